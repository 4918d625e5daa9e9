package org.techbroker.liberty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.liberty.content.CourseArchives.archive;
import static org.techbroker.liberty.content.CourseArchives.course;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.content.AttachmentStore;
import org.techbroker.courses.content.CourseExporter;
import org.techbroker.courses.content.CourseImportException;
import org.techbroker.courses.content.CourseImporter;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.ImportReport;
import org.techbroker.courses.content.ImportReport.Outcome;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.enrolment.Progress;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * Course import and export in the server, against the database: a bad archive writes nothing at
 * all; re-importing an edited course keeps its lessons' ids and a trainee's progress, even for a
 * lesson that moved to another module; export and import give the same course back, attachments
 * included.
 */
@ExtendWith(ArquillianExtension.class)
class CourseImportIT {

    private static final List<String> TABLES =
            List.of("course", "course_module", "lesson", "practice_item", "practice_option", "lesson_attachment");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(CourseImportIT.class, CourseArchives.class);
    }

    @Inject
    CourseImporter importer;

    @Inject
    CourseExporter exporter;

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AccountService accounts;

    @Inject
    AttachmentStore attachments;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    @Test
    void anArchiveWithOneGoodAndOneBadCourseWritesNothing() throws SQLException {
        String good = CourseArchives.freshCode();
        String bad = CourseArchives.freshCode();
        byte[] zip = archive()
                .course(course(good, "v1", List.of(List.of("first-lesson", "second-lesson"))))
                .attachment(good, "first-lesson", "notes.pdf", CourseArchives.PDF)
                .course(CourseArchives.withEveryOptionCorrect(course(bad, "v1", List.of(List.of("only-lesson")))))
                .zip();
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> importer.importArchive(zip))
                .isInstanceOfSatisfying(CourseImportException.class, failure -> assertThat(failure.errors())
                        .extracting(ImportProblem::messageKey, ImportProblem::file, ImportProblem::path)
                        .containsExactly(tuple(
                                "courses.import.error.options_multiple_all_correct",
                                "courses/" + bad + ".json",
                                "modules[0].quiz.items[1].options")));

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(catalog.find(new CourseCode(good))).isEmpty();
        assertThat(catalog.find(new CourseCode(bad))).isEmpty();
    }

    @Test
    void reimportingAnEditedCourseKeepsLessonIdsAndATraineesProgress() throws Exception {
        String code = CourseArchives.freshCode();
        importer.importArchive(archive()
                .course(course(code, "v1", List.of(List.of("alpha", "bravo"), List.of("charlie", "delta"))))
                .zip());
        Map<String, Long> ids = lessonIds(code);
        AccountId trainee = trainee();
        enrolments.enrol(trainee, new CourseCode(code));
        enrolments.markLessonDone(trainee, ids.get("alpha"));
        enrolments.markLessonDone(trainee, ids.get("charlie"));

        // v2: a new first lesson, alpha moves to the second module, delta goes, every text changes.
        ImportReport report = importer.importArchive(archive()
                .course(course(code, "v2", List.of(List.of("echo", "bravo"), List.of("charlie", "alpha"))))
                .zip());

        assertThat(report.courses())
                .extracting(ImportReport.CourseOutcome::outcome)
                .containsExactly(Outcome.UPDATED);
        assertThat(report.warnings())
                .filteredOn(warning -> warning.messageKey().equals("courses.import.warning.lesson_removed"))
                .extracting(ImportProblem::file, ImportProblem::arguments)
                .containsExactly(tuple("courses/" + code + ".json", List.of("delta")));
        Map<String, Long> after = lessonIds(code);
        assertThat(after.keySet()).containsExactly("echo", "bravo", "charlie", "alpha");
        assertThat(after.get("alpha")).isEqualTo(ids.get("alpha"));
        assertThat(after.get("bravo")).isEqualTo(ids.get("bravo"));
        assertThat(after.get("charlie")).isEqualTo(ids.get("charlie"));
        assertThat(after.get("echo")).isNotIn(ids.values());
        inTransaction(() -> {
            Course course = catalog.get(new CourseCode(code));
            assertThat(course.title().en()).endsWith("v2");
            assertThat(course.modules().get(1).lessons())
                    .extracting(Lesson::slug, Lesson::position)
                    .containsExactly(tuple("charlie", 1), tuple("alpha", 2));
            assertThat(course.lessonBySlug("alpha").orElseThrow().title().en()).isEqualTo("Lesson alpha v2");
            assertThat(course.modules().get(0).practiceItems())
                    .hasSize(4)
                    .first()
                    .satisfies(item -> assertThat(item.stem().en()).endsWith("v2"));
            return null;
        });
        Progress progress = enrolments.progress(trainee, new CourseCode(code));
        assertThat(progress.lessonCount()).isEqualTo(4);
        assertThat(progress.lessonsDone()).isEqualTo(2);
        assertThat(enrolments.find(trainee, new CourseCode(code)).orElseThrow().doneLessons())
                .containsOnlyKeys(ids.get("alpha"), ids.get("charlie"));
    }

    @Test
    void exportThenImportGivesTheSameCourseAndChangesNothing() throws Exception {
        String code = CourseArchives.freshCode();
        importer.importArchive(archive()
                .course(course(code, "v1", List.of(List.of("alpha"), List.of("bravo", "charlie"))))
                .attachment(code, "bravo", "worked-example.pdf", CourseArchives.PDF)
                .zip());
        Map<String, Long> ids = lessonIds(code);

        byte[] exported = exporter.export(List.of(new CourseCode(code)));
        ImportReport again = importer.importArchive(exported);

        assertThat(again.courses())
                .extracting(ImportReport.CourseOutcome::outcome, ImportReport.CourseOutcome::attachments)
                .containsExactly(tuple(Outcome.UNCHANGED, 1));
        assertThat(lessonIds(code)).isEqualTo(ids);
        LessonAttachment attachment = inTransaction(() -> catalog.get(new CourseCode(code))
                .lessonBySlug("bravo")
                .orElseThrow()
                .attachments()
                .get(0));
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.fileName()).isEqualTo("worked-example.pdf");
        try (InputStream in = attachments.open(attachment.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(CourseArchives.PDF);
        }
        assertThat(inTransaction(() -> catalog.get(new CourseCode(code))
                        .modules()
                        .get(0)
                        .practiceItems()
                        .get(3)
                        .numericAnswer()))
                .isEqualByComparingTo("500000.5");
    }

    @Test
    void aDraftTheFormatCannotExpressIsNotExported() {
        String code = CourseArchives.freshCode();
        catalog.createCourse(
                new CourseCode(code),
                new CourseDescription(
                        new BilingualText("草稿", "Draft"),
                        new BilingualText("尚未完成。", "Not finished."),
                        java.util.Set.of(QualificationLevel.JUNIOR),
                        java.util.Set.of(Track.SERVICE),
                        java.util.Set.of(),
                        SyllabusModule.CAPABILITY,
                        1));

        assertThatThrownBy(() -> exporter.export(List.of(new CourseCode(code))))
                .isInstanceOfSatisfying(CourseImportException.class, failure -> {
                    assertThat(failure.messageKey()).isEqualTo("courses.export.error.invalid");
                    assertThat(failure.errors())
                            .extracting(ImportProblem::messageKey, ImportProblem::path)
                            .containsExactly(tuple("courses.import.error.count", "modules"));
                });
    }

    private AccountId trainee() {
        TestAccount person = TestAccount.fresh("import");
        return accounts.register(person.details(), person.password(), Locale.ENGLISH, Actor.system())
                .id();
    }

    private Map<String, Long> lessonIds(String code) throws Exception {
        return inTransaction(() -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            catalog.get(new CourseCode(code)).lessons().forEach(lesson -> ids.put(lesson.slug(), lesson.id()));
            return ids;
        });
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
