package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.courses.content.Archives.PDF;
import static org.techbroker.courses.content.Archives.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.CourseImportSet.SourceFile;
import org.techbroker.courses.content.ImportReport.Outcome;
import org.techbroker.courses.content.infrastructure.FileSystemAttachmentStore;
import org.techbroker.courses.shared.DomainException;

/**
 * The importer and exporter against a catalogue in memory: what an import creates, that an
 * invalid set writes nothing, that seeding leaves stored courses alone, and that export → import
 * gives the same courses back (and a second import of them changes nothing).
 */
class CourseImporterTest {

    @TempDir
    Path attachmentFolder;

    private final InMemoryCourses catalogue = new InMemoryCourses();
    private final CourseImporter importer = new CourseImporter();
    private final CourseExporter exporter = new CourseExporter();

    @BeforeEach
    void wire() {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(attachmentFolder);
        importer.courses = catalogue;
        importer.structure = catalogue;
        importer.attachments = store;
        importer.clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
        exporter.courses = catalogue;
        exporter.attachments = store;
    }

    @Test
    void theSeededCoursesAreCreatedPublishedWithEveryLessonAndItem() throws IOException {
        ImportReport report = importer.importNew(SeededCoursesTest.seeds());

        assertThat(report.count(Outcome.CREATED)).isEqualTo(7);
        assertThat(report.lessonsWritten()).isEqualTo(42);
        assertThat(report.itemsWritten()).isEqualTo(157);
        assertThat(report.warnings()).isEmpty();
        Course tcl = catalogue.findByCode(new CourseCode("TCL-201")).orElseThrow();
        assertThat(tcl.isPublished()).isTrue();
        assertThat(tcl.modules()).hasSize(4);
        assertThat(tcl.lessons()).hasSize(7);
        assertThat(tcl.prerequisites()).containsExactly(new CourseCode("IPL-101"));
        assertThat(tcl.lessons().get(0).body().en()).startsWith("<p>");
    }

    @Test
    void seedingAgainLeavesStoredCoursesAsTheyAre() throws IOException {
        importer.importNew(SeededCoursesTest.seeds());
        Course before = catalogue.findByCode(new CourseCode("IPL-101")).orElseThrow();

        ImportReport again = importer.importNew(SeededCoursesTest.seeds());

        assertThat(again.count(Outcome.SKIPPED)).isEqualTo(7);
        assertThat(again.count(Outcome.CREATED)).isZero();
        assertThat(catalogue.findByCode(new CourseCode("IPL-101"))).containsSame(before);
    }

    @Test
    void anArchiveWithOneBadCourseWritesNothing() {
        byte[] bad =
                CourseFiles.bytes(CourseFiles.with(CourseFiles.course("BAD-101"), "/levels", CourseFiles.json("[]")));
        byte[] zip = archive()
                .with("courses/XMP-101.json", CourseFiles.bytes(CourseFiles.course("XMP-101")))
                .with("courses/BAD-101.json", bad)
                .with("attachments/XMP-101/kinds-of-licence/types.pdf", PDF)
                .zip();

        assertThatThrownBy(() -> importer.importArchive(zip))
                .isInstanceOfSatisfying(CourseImportException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(failure.messageKey()).isEqualTo("courses.import.error.invalid");
                    assertThat(failure.errors())
                            .extracting(ImportProblem::messageKey, ImportProblem::file, ImportProblem::path)
                            .containsExactly(tuple("courses.import.error.count", "courses/BAD-101.json", "levels"));
                });
        assertThat(catalogue.findAll()).isEmpty();
        assertThat(attachmentFolder).isEmptyDirectory();
    }

    @Test
    void aCheckSaysWhatAnImportWouldDoAndWritesNothing() {
        byte[] zip = archive()
                .with("courses/XMP-101.json", CourseFiles.bytes(CourseFiles.course("XMP-101")))
                .zip();

        ImportReport report = importer.check(zip);

        assertThat(report.courses())
                .extracting(
                        c -> c.code().value(), ImportReport.CourseOutcome::outcome, ImportReport.CourseOutcome::lessons)
                .containsExactly(tuple("XMP-101", Outcome.CREATED, 2));
        assertThat(catalogue.findAll()).isEmpty();
    }

    @Test
    void exportThenImportGivesTheSameCoursesBack() throws IOException {
        byte[] original = archiveOfSeeds();
        importer.importArchive(original);

        List<CourseCode> codes = catalogue.findAll().stream().map(Course::code).toList();
        byte[] exported = exporter.export(codes);

        CourseImportSet before = CourseImportSet.ofArchive(original, Map.of(), true);
        CourseImportSet after = CourseImportSet.ofArchive(exported, Map.of(), true);
        assertThat(after.problems()).isEmpty();
        assertThat(after.documents().stream().map(CourseDocument::comparable).toList())
                .isEqualTo(before.documents().stream()
                        .map(CourseDocument::comparable)
                        .toList());
        assertThat(after.attachments())
                .extracting(
                        a -> a.code().value(),
                        CourseImportSet.Attachment::slug,
                        CourseImportSet.Attachment::fileName,
                        CourseImportSet.Attachment::sha256)
                .containsExactly(tuple(
                        "TVP-201", "cost-and-market-approaches", "worked-example.pdf", CourseImportSet.sha256(PDF)));

        ImportReport again = importer.importArchive(exported);
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(7);
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws IOException {
        importer.importArchive(archiveOfSeeds());

        assertThat(exporter.export(List.of(new CourseCode("TVP-201"))))
                .isEqualTo(exporter.export(List.of(new CourseCode("TVP-201"))));
    }

    @Test
    void attachmentsAreStoredByTheirSha256AndReadBack() throws IOException {
        importer.importArchive(archiveOfSeeds());

        var attachment = catalogue
                .findByCode(new CourseCode("TVP-201"))
                .orElseThrow()
                .lessonBySlug("cost-and-market-approaches")
                .orElseThrow()
                .attachments()
                .get(0);
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.sha256()).isEqualTo(CourseImportSet.sha256(PDF));
        assertThat(attachment.sizeBytes()).isEqualTo(PDF.length);
        try (InputStream in = importer.attachments.open(attachment.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void exportingAnUnknownCourseIsNotFound() {
        assertThatThrownBy(() -> exporter.export(List.of(new CourseCode("NOP-404"))))
                .isInstanceOfSatisfying(DomainException.class, failure -> assertThat(failure.kind())
                        .isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    private static byte[] archiveOfSeeds() throws IOException {
        Archives archive = archive();
        for (SourceFile file : SeededCoursesTest.seeds()) {
            archive.with(file.name(), file.bytes());
        }
        return archive.with("attachments/TVP-201/cost-and-market-approaches/worked-example.pdf", PDF)
                .zip();
    }
}
