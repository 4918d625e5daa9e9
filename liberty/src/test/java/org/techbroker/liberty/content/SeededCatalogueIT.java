package org.techbroker.liberty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.content.CourseSeeding;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.content.CourseImportSet.SourceFile;
import org.techbroker.courses.content.CourseImporter;
import org.techbroker.courses.content.ImportReport;
import org.techbroker.courses.content.ImportReport.Outcome;
import org.techbroker.liberty.support.Deployments;

/**
 * The catalogue a new training centre starts with: the seven courses that ship with Techbroker are
 * there after start-up, published, with all their lessons and practice items; seeding again
 * touches none of them; and a stored course that an author changed is never overwritten by its
 * seed file.
 */
@ExtendWith(ArquillianExtension.class)
class SeededCatalogueIT {

    private static final Map<String, Integer> LESSONS =
            Map.of("IPL-101", 6, "ITT-301", 6, "PAT-301", 6, "TBP-401", 5, "TCL-201", 7, "TTP-201", 6, "TVP-201", 6);
    private static final Map<String, Integer> ITEMS = Map.of(
            "IPL-101", 21, "ITT-301", 25, "PAT-301", 21, "TBP-401", 17, "TCL-201", 27, "TTP-201", 22, "TVP-201", 24);

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(SeededCatalogueIT.class, CourseArchives.class);
    }

    @Inject
    CatalogService catalog;

    @Inject
    CourseImporter importer;

    @Inject
    UserTransaction transaction;

    @Test
    void theSevenSeededCoursesArePublishedWithAllTheirLessonsAndItems() throws Exception {
        transaction.begin();
        try {
            sevenCourses();
        } finally {
            transaction.rollback();
        }
    }

    private void sevenCourses() {
        for (String code : LESSONS.keySet()) {
            Course course = catalog.findPublished(new CourseCode(code)).orElseThrow(() -> new AssertionError(code));
            assertThat(course.lessons()).as(code).hasSize(LESSONS.get(code));
            assertThat(course.modules().stream()
                            .mapToInt(m -> m.practiceItems().size())
                            .sum())
                    .as(code)
                    .isEqualTo(ITEMS.get(code));
            assertThat(course.modules()).allMatch(CourseModule::hasQuiz);
            assertThat(course.lessons())
                    .allSatisfy(lesson -> assertThat(lesson.body().zh()).startsWith("<"));
        }
        assertThat(LESSONS.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(42);
        assertThat(catalog.get(new CourseCode("TBP-401")).prerequisites())
                .extracting(CourseCode::value)
                .containsExactlyInAnyOrder("IPL-101", "TCL-201", "TVP-201", "TTP-201");
    }

    @Test
    void seedingAgainLeavesEverySeededCourseAlone() {
        ImportReport report = importer.importNew(CourseSeeding.seedFiles());

        assertThat(report.courses())
                .extracting(c -> c.code().value(), ImportReport.CourseOutcome::outcome)
                .containsExactlyInAnyOrder(
                        tuple("IPL-101", Outcome.SKIPPED),
                        tuple("ITT-301", Outcome.SKIPPED),
                        tuple("PAT-301", Outcome.SKIPPED),
                        tuple("TBP-401", Outcome.SKIPPED),
                        tuple("TCL-201", Outcome.SKIPPED),
                        tuple("TTP-201", Outcome.SKIPPED),
                        tuple("TVP-201", Outcome.SKIPPED));
    }

    @Test
    void aCourseAnAuthorChangedIsNeverOverwrittenByItsSeedFile() throws Exception {
        String code = CourseArchives.freshCode();
        SourceFile file = new SourceFile(
                "courses/" + code + ".json",
                CourseArchives.course(code, "v1", List.of(List.of("first-lesson")))
                        .toString()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        importer.importNew(List.of(file));
        transaction.begin();
        long moduleId = catalog.get(new CourseCode(code)).modules().get(0).id();
        transaction.commit();
        catalog.reviseModule(new CourseCode(code), moduleId, new BilingualText("作者改过", "Changed by an author"), 80);

        ImportReport again = importer.importNew(List.of(file));

        assertThat(again.count(Outcome.SKIPPED)).isEqualTo(1);
        transaction.begin();
        try {
            CourseModule module = catalog.get(new CourseCode(code)).modules().get(0);
            assertThat(module.title().en()).isEqualTo("Changed by an author");
            assertThat(module.passMarkPercent()).isEqualTo(80);
        } finally {
            transaction.rollback();
        }
    }
}
