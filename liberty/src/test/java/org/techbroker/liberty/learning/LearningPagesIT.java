package org.techbroker.liberty.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.CourseSupportServlet;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.SeededCourse;

/**
 * From outside, page by page: what the catalogue, course, lesson and quiz pages show to a visitor,
 * to a trainee who is not enrolled and to an administrator previewing; drafts and unknown
 * addresses answer 404; the catalogue's filters live in its address; a lesson body is sanitised
 * again as it is shown, whatever the database holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningPagesIT {

    private static final String NOT_FOUND = "Page not found";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport()
                .addClasses(CourseFixtures.class, CourseSupportServlet.class, SeededCourse.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aDraftIsNotFoundByTraineesAndVisitorsAndPreviewedByAdministrators() {
        ApiClient visitor = new ApiClient(base);
        SeededCourse draft = SeededCourse.seed(visitor, "published=false");
        ApiClient trainee = signedInTrainee("draft");
        ApiClient admin = signedInAdmin();
        String course = "/courses/course.xhtml?code=" + draft.code();
        String lesson = "/learn/lesson.xhtml?id=" + draft.allLessonIds().get(0);
        String quiz = "/learn/quiz.xhtml?module=" + draft.moduleIds().get(0);

        assertNotFound(visitor.get(course));
        assertNotFound(trainee.get(course));
        assertNotFound(trainee.get(lesson));
        assertNotFound(trainee.get(quiz));
        assertThat(trainee.get("/courses/catalogue.xhtml?q=" + draft.marker()).body())
                .doesNotContain(draft.code());

        assertThat(admin.get(course))
                .satisfies(page -> assertThat(page.statusCode()).isEqualTo(200))
                .satisfies(page -> assertThat(page.body())
                        .contains("id=\"previewNotice\"", draft.titleEn(), "Offer and acceptance")
                        .doesNotContain("id=\"enrol:submit\""));
        assertThat(admin.get(lesson))
                .satisfies(page -> assertThat(page.statusCode()).isEqualTo(200))
                .satisfies(page -> assertThat(page.body())
                        .contains("id=\"previewNotice\"", "for the tests to read")
                        .doesNotContain("lesson:markDone"));
        assertThat(admin.get(quiz))
                .satisfies(page -> assertThat(page.statusCode()).isEqualTo(200))
                .satisfies(page -> assertThat(page.body())
                        .contains("id=\"previewNotice\"", "Which book of the Civil Code governs technology contracts?")
                        .doesNotContain("quiz:submit"));
    }

    @Test
    void unknownAndMalformedAddressesAreNotFound() {
        ApiClient trainee = signedInTrainee("unknown");

        for (String path : new String[] {
            "/courses/course.xhtml?code=QQQ-000",
            "/courses/course.xhtml?code=not-a-code",
            "/courses/course.xhtml",
            "/learn/lesson.xhtml?id=abc",
            "/learn/lesson.xhtml?id=0",
            "/learn/lesson.xhtml?id=-1",
            "/learn/lesson.xhtml?id=999999999999",
            "/learn/lesson.xhtml",
            "/learn/quiz.xhtml?module=abc",
            "/learn/quiz.xhtml?module=999999999999"
        }) {
            assertThat(trainee.get(path)).as(path).satisfies(LearningPagesIT::assertNotFound);
        }
    }

    @Test
    void aTraineeWhoIsNotEnrolledIsToldSoAndShownNothingOfTheLessonOrQuiz() {
        SeededCourse course = SeededCourse.seed(new ApiClient(base), "published=true");
        ApiClient trainee = signedInTrainee("outsider");

        HttpResponse<String> lesson =
                trainee.get("/learn/lesson.xhtml?id=" + course.allLessonIds().get(0));
        HttpResponse<String> quiz =
                trainee.get("/learn/quiz.xhtml?module=" + course.moduleIds().get(0));

        assertThat(lesson.statusCode()).isEqualTo(200);
        assertThat(lesson.body())
                .contains("id=\"notEnrolled\"", "in which you are not enrolled", course.titleEn())
                .doesNotContain("for the tests to read", "Techbroker test fixture", "lesson:markDone");
        assertThat(quiz.statusCode()).isEqualTo(200);
        assertThat(quiz.body())
                .contains("id=\"notEnrolled\"")
                .doesNotContain("Which book of the Civil Code", "quiz:submit");
        // The overview is public: it offers enrolment instead.
        assertThat(trainee.get("/courses/course.xhtml?code=" + course.code()).body())
                .contains("id=\"enrol:submit\"", "Offer and acceptance")
                .doesNotContain("id=\"resume\"");
    }

    @Test
    void visitorsSeeTheCourseAndAreAskedToLogInToEnrolOrToReadALesson() {
        SeededCourse course = SeededCourse.seed(new ApiClient(base), "published=true");
        ApiClient visitor = new ApiClient(base);

        assertThat(visitor.get("/courses/course.xhtml?code=" + course.code().toLowerCase())
                        .body())
                .contains(course.titleEn(), "id=\"loginToEnrol\"", "continue=")
                .doesNotContain("id=\"enrol:submit\"");
        HttpResponse<String> lesson =
                visitor.get("/learn/lesson.xhtml?id=" + course.allLessonIds().get(0));
        assertThat(lesson.body()).contains("id=\"login:username\"").doesNotContain("for the tests to read");
    }

    @Test
    void aMissingPrerequisiteIsNamedWithItsLinkInsteadOfTheEnrolButton() {
        ApiClient support = new ApiClient(base);
        SeededCourse basics = SeededCourse.seed(support, "published=true");
        SeededCourse advanced = SeededCourse.seed(support, "published=true&prerequisite=" + basics.code());
        ApiClient trainee = signedInTrainee("prereq");

        String page =
                trainee.get("/courses/course.xhtml?code=" + advanced.code()).body();

        assertThat(page)
                .contains("id=\"prerequisitesMissing\"", "Complete these courses before you enrol", basics.titleEn())
                .contains("course.xhtml?code=" + basics.code())
                .doesNotContain("id=\"enrol:submit\"");
    }

    @Test
    void theCatalogueSearchLivesInItsAddress() {
        SeededCourse course = SeededCourse.seed(new ApiClient(base), "published=true");
        ApiClient visitor = new ApiClient(base);
        String card = "id=\"course-" + course.code() + "\"";

        assertThat(catalogue(visitor, "q=" + course.marker())).contains(card, course.titleEn());
        assertThat(catalogue(visitor.speaking("zh-CN"), "q=" + encode(course.zhOnlyMarker())))
                .contains(card, course.titleZh(), "实务技能", "初级", "服务方向");
        visitor.speaking("en");
        assertThat(catalogue(
                        visitor, "q=" + course.marker() + "&level=INTERMEDIATE&track=SERVICE&module=PRACTICAL_SKILLS"))
                .contains(card)
                // The menus show what the address chose.
                .containsPattern("<option value=\"INTERMEDIATE\" selected=\"(true|selected)\"");
        assertThat(catalogue(visitor, "q=" + course.marker() + "&level=SENIOR")).doesNotContain(card);
        assertThat(catalogue(visitor, "q=" + course.marker() + "&track=JUDICIAL"))
                .doesNotContain(card);
        assertThat(catalogue(visitor, "q=" + course.marker() + "&module=POLICY_LAW"))
                .doesNotContain(card);

        assertThat(catalogue(visitor, "q=" + course.marker() + "&level=MASTER"))
                .contains("This filter value is not known")
                .doesNotContain(card);
        assertThat(catalogue(visitor, "q=" + "x".repeat(101)))
                .contains("Search for at most 100 characters.")
                .doesNotContain("class=\"course-card\"");
    }

    @Test
    void aLessonBodyIsSanitisedAgainWhenItIsShown() {
        ApiClient support = new ApiClient(base);
        SeededCourse course = SeededCourse.seed(support, "published=true");
        long lesson = course.allLessonIds().get(0);
        HttpResponse<String> written = support.send(
                "POST",
                CourseSupportServlet.RAW_BODY_PATH + "?lesson=" + lesson,
                "text/html",
                "<p>Kept <em>safe</em></p><script>alert('script')</script><img src=\"x\" onerror=\"alert(1)\">"
                        + "<a href=\"javascript:alert(2)\">link</a><p onclick=\"alert(3)\">Clicked</p>"
                        + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>");
        assertThat(written.statusCode()).isEqualTo(204);

        String page = signedInAdmin().get("/learn/lesson.xhtml?id=" + lesson).body();

        String body = page.substring(page.indexOf("id=\"lessonBody\""), page.indexOf("</article>"));
        assertThat(body)
                .contains("<p>Kept <em>safe</em></p>", "Clicked")
                .doesNotContain("<script", "alert(", "onerror", "javascript:", "onclick", "<iframe", "<style", "<img");
    }

    private String catalogue(ApiClient client, String query) {
        HttpResponse<String> page = client.get("/courses/catalogue.xhtml?" + query);
        assertThat(page.statusCode()).as(query).isEqualTo(200);
        return page.body();
    }

    private ApiClient signedInTrainee(String purpose) {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee(purpose));
        return trainee;
    }

    private ApiClient signedInAdmin() {
        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        return admin;
    }

    private static void assertNotFound(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(NOT_FOUND).doesNotContain("for the tests to read", "Caused by", "at org.");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
