package org.techbroker.app.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.courses.content.CourseImportException;
import org.techbroker.courses.content.CourseImportSet.SourceFile;
import org.techbroker.courses.content.CourseImporter;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.ImportReport;
import org.techbroker.courses.content.ImportRule;

/**
 * Seeding never stops the server: seed files that break the format are logged once, with every
 * problem, and nothing else happens; so is any other failure.
 */
class CourseSeedingFailureTest {

    private final Logger logger = Logger.getLogger(CourseSeeding.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void invalidSeedFilesAreLoggedAndTheServerStartsAllTheSame() {
        CourseSeeding seeding = seedingWith(new CourseImporter() {
            @Override
            public ImportReport importNew(List<SourceFile> files) {
                throw new CourseImportException(
                        List.of(ImportProblem.of(ImportRule.RANGE, "courses/IPL-101.json", "creditHours", 1, 60, "0")));
            }
        });

        assertThatCode(() -> seeding.onDatabaseReady(new DatabaseReady())).doesNotThrowAnyException();

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage())
                    .contains("not seeded", "courses/IPL-101.json", "creditHours", "courses.import.error.range");
        });
    }

    @Test
    void anyOtherFailureIsLoggedToo() {
        CourseSeeding seeding = seedingWith(new CourseImporter() {
            @Override
            public ImportReport importNew(List<SourceFile> files) {
                throw new IllegalStateException("duplicate key uk_course_code");
            }
        });

        assertThatCode(() -> seeding.onDatabaseReady(new DatabaseReady())).doesNotThrowAnyException();

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).hasMessageContaining("uk_course_code");
        });
    }

    @Test
    void aSuccessfulSeedingSaysWhatItDidAndHowLongItTook() {
        CourseSeeding seeding = seedingWith(new CourseImporter() {
            @Override
            public ImportReport importNew(List<SourceFile> files) {
                return new ImportReport(
                        files.stream()
                                .map(f -> new ImportReport.CourseOutcome(
                                        new org.techbroker.courses.catalog.CourseCode(
                                                f.name().substring(8, 15)),
                                        ImportReport.Outcome.CREATED,
                                        6,
                                        20,
                                        0))
                                .toList(),
                        List.of());
            }
        });

        seeding.onDatabaseReady(new DatabaseReady());

        assertThat(records).singleElement().satisfies(record -> assertThat(record.getMessage())
                .contains("7 courses seeded (42 lessons, 140 practice items), 0 already there, in ")
                .endsWith(" ms"));
    }

    private static CourseSeeding seedingWith(CourseImporter importer) {
        CourseSeeding seeding = new CourseSeeding();
        seeding.importer = importer;
        return seeding;
    }
}
