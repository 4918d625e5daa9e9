package org.techbroker.liberty.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.authoring.CourseFixtures.course;
import static org.techbroker.liberty.authoring.CourseFixtures.created;
import static org.techbroker.liberty.authoring.CourseFixtures.lesson;
import static org.techbroker.liberty.authoring.CourseFixtures.text;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;

/**
 * Authoring from outside: only administrators author (trainees find neither the pages nor the
 * endpoints), a course made and published through the authoring API appears in the public
 * catalogue, publishing refuses what cannot be studied, a stale version is a conflict, and lesson
 * bodies are stored sanitised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin() {
        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        return admin;
    }

    @Test
    void forTraineesTheAuthoringPagesDoNotExist() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("author"));

        for (String page : new String[] {
            "/admin/courses/list.xhtml",
            "/admin/courses/edit.xhtml",
            "/admin/courses/edit.xhtml?code=IPL-101",
            "/admin/courses/lesson.xhtml?id=1"
        }) {
            HttpResponse<String> response = trainee.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).contains("Page not found").doesNotContain("course:", "outline:");
        }
    }

    @Test
    void forAdministratorsAuthoringPagesThatNameNothingAreNotFound() {
        ApiClient admin = admin();
        CourseFixtures.Draft draft = CourseFixtures.draftWithOneLesson(admin, "Pages");

        assertThat(admin.get("/admin/courses/list.xhtml").body()).contains("courses:table", draft.code());
        assertThat(admin.get("/admin/courses/edit.xhtml?code=" + draft.code()).body())
                .contains("outline:modules:0:addLesson");
        assertThat(admin.get("/admin/courses/lesson.xhtml?id=" + draft.lessonId())
                        .statusCode())
                .isEqualTo(200);
        // The preview as a trainee is the learning pages themselves, which show drafts to administrators.
        assertThat(admin.get("/courses/course.xhtml?code=" + draft.code()).body())
                .contains("previewNotice", "Module one");
        assertThat(admin.get("/learn/lesson.xhtml?id=" + draft.lessonId()).body())
                .contains("previewNotice", "What a technology contract is.");
        for (String page : new String[] {
            "/admin/courses/edit.xhtml?code=" + CourseFixtures.freeCode(admin),
            "/admin/courses/edit.xhtml?code=not-a-code",
            "/admin/courses/lesson.xhtml?id=abc",
            "/admin/courses/lesson.xhtml?id=987654321",
            "/admin/courses/lesson.xhtml?code=" + draft.code() + "&module=987654321",
            "/admin/courses/lesson.xhtml"
        }) {
            HttpResponse<String> response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).contains("Page not found");
        }
    }

    @Test
    void traineesAreForbiddenTheAuthoringEndpointsAndAnonymousCallersUnauthenticated() {
        ApiClient admin = admin();
        CourseFixtures.Draft draft = CourseFixtures.draftWithOneLesson(admin, "Forbidden ground");
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("noauthor"));
        String course = "/api/v1/admin/courses/" + draft.code();

        assertProblem(trainee.get("/api/v1/admin/courses"), 403, "forbidden");
        assertProblem(trainee.get(course), 403, "forbidden");
        assertProblem(
                trainee.post(
                        "/api/v1/admin/courses",
                        course(draft.code(), "Mine now").build()),
                403,
                "forbidden");
        assertProblem(trainee.put(course + "/publication"), 403, "forbidden");
        assertProblem(
                trainee.post(
                        course + "/modules",
                        Json.createObjectBuilder()
                                .add("title", text("单元", "Module"))
                                .build()),
                403,
                "forbidden");
        assertProblem(new ApiClient(base).get("/api/v1/admin/courses"), 401, "unauthenticated");
        assertProblem(new ApiClient(base).put(course + "/publication"), 401, "unauthenticated");

        // Nothing changed: still a draft, still one module.
        JsonObject unchanged = ApiClient.json(admin.get(course));
        assertThat(unchanged.getString("status")).isEqualTo("DRAFT");
        assertThat(unchanged.getJsonArray("modules")).hasSize(1);
    }

    @Test
    void aCourseAnAdministratorCreatesAndPublishesAppearsInTheCatalogue() {
        ApiClient admin = admin();
        CourseFixtures.Draft draft = CourseFixtures.draftWithOneLesson(admin, "Licensing basics for brokers");
        ApiClient visitor = new ApiClient(base);

        assertThat(codes(visitor.get("/api/v1/courses?lang=en"))).doesNotContain(draft.code());
        assertProblem(visitor.get("/api/v1/courses/" + draft.code()), 404, "not-found");

        HttpResponse<String> published = admin.put("/api/v1/admin/courses/" + draft.code() + "/publication");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(ApiClient.json(published).getString("status")).isEqualTo("PUBLISHED");

        JsonObject listed = ApiClient.json(visitor.get("/api/v1/courses?lang=en"))
                .getJsonArray("courses")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("code").equals(draft.code()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.getString("title")).isEqualTo("Licensing basics for brokers");
        assertThat(listed.getString("summary")).isEqualTo("A course made by an automated test.");
        assertThat(listed.getJsonArray("levels").getString(0)).isEqualTo("JUNIOR");
        assertThat(listed.getJsonArray("tracks").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("SERVICE", "JUDICIAL");
        assertThat(listed.getInt("creditHours")).isEqualTo(4);
        assertThat(listed.getString("syllabusModule")).isEqualTo("PRACTICAL_SKILLS");

        JsonObject detail = ApiClient.json(visitor.get("/api/v1/courses/" + draft.code() + "?lang=zh"));
        assertThat(detail.getString("title")).isEqualTo("测试课程 " + draft.code());
        JsonObject lesson = detail.getJsonArray("modules")
                .getJsonObject(0)
                .getJsonArray("lessons")
                .getJsonObject(0);
        assertThat(lesson.getJsonNumber("id").longValue()).isEqualTo(draft.lessonId());
        assertThat(lesson.getString("title")).isEqualTo("第一课");
        assertThat(lesson.getInt("minutes")).isEqualTo(15);
        assertThat(lesson.containsKey("body"))
                .as("no body without include=bodies")
                .isFalse();

        HttpResponse<String> withdrawn = admin.delete("/api/v1/admin/courses/" + draft.code() + "/publication");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(codes(visitor.get("/api/v1/courses"))).doesNotContain(draft.code());
        assertProblem(visitor.get("/api/v1/courses/" + draft.code()), 404, "not-found");
    }

    @Test
    void aCourseWithoutLessonsIsNotPublishedAndTheReasonIsSaid() {
        ApiClient admin = admin();
        String code = CourseFixtures.freeCode(admin);
        created(admin.post("/api/v1/admin/courses", course(code, "Empty").build()));

        JsonObject problem =
                assertProblem(admin.put("/api/v1/admin/courses/" + code + "/publication"), 409, "conflict");
        assertThat(problem.getString("detail")).contains("a lesson in every module");

        created(admin.post(
                "/api/v1/admin/courses/" + code + "/modules",
                Json.createObjectBuilder()
                        .add("title", text("空单元", "Empty module"))
                        .build()));
        JsonObject chinese = assertProblem(
                admin.speaking("zh-CN").put("/api/v1/admin/courses/" + code + "/publication"), 409, "conflict");
        assertThat(chinese.getString("detail")).contains("每个单元至少有一个课时");
        assertThat(ApiClient.json(admin.get("/api/v1/admin/courses/" + code)).getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void aCourseIsNotPublishedBeforeItsPrerequisite() {
        ApiClient admin = admin();
        CourseFixtures.Draft prerequisite = CourseFixtures.draftWithOneLesson(admin, "First things first");
        CourseFixtures.Draft course = CourseFixtures.draftWithOneLesson(admin, "Second things second");
        JsonObject current = ApiClient.json(admin.get("/api/v1/admin/courses/" + course.code()));
        HttpResponse<String> described = admin.send(
                "PUT",
                "/api/v1/admin/courses/" + course.code(),
                ApiClient.JSON,
                course(course.code(), "Second things second")
                        .add("prerequisites", Json.createArrayBuilder().add(prerequisite.code()))
                        .add("version", current.getJsonNumber("version").longValue())
                        .build()
                        .toString(),
                ApiClient.CSRF_HEADER,
                admin.csrfToken());
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);

        JsonObject problem =
                assertProblem(admin.put("/api/v1/admin/courses/" + course.code() + "/publication"), 409, "conflict");
        assertThat(problem.getString("detail")).contains(prerequisite.code()).contains("Publish the prerequisite");

        assertThat(admin.put("/api/v1/admin/courses/" + prerequisite.code() + "/publication")
                        .statusCode())
                .isEqualTo(200);
        assertThat(admin.put("/api/v1/admin/courses/" + course.code() + "/publication")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void savingAStaleVersionIsAConflictAndChangesNothing() {
        ApiClient admin = admin();
        ApiClient otherAdmin = admin();
        CourseFixtures.Draft draft = CourseFixtures.draftWithOneLesson(admin, "Original title");
        long readVersion = ApiClient.json(admin.get("/api/v1/admin/courses/" + draft.code()))
                .getJsonNumber("version")
                .longValue();

        HttpResponse<String> first = describe(otherAdmin, draft.code(), "Changed by the other", readVersion);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        JsonObject problem =
                assertProblem(describe(admin, draft.code(), "Changed by me", readVersion), 409, "conflict");
        assertThat(problem.getString("detail")).contains("Someone else saved the course " + draft.code());
        JsonObject stored = ApiClient.json(admin.get("/api/v1/admin/courses/" + draft.code()));
        assertThat(stored.getJsonObject("title").getString("en")).isEqualTo("Changed by the other");

        HttpResponse<String> retried = describe(
                admin,
                draft.code(),
                "Changed by me",
                stored.getJsonNumber("version").longValue());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(ApiClient.json(retried).getJsonObject("title").getString("en"))
                .isEqualTo("Changed by me");
    }

    @Test
    void badDescriptionsAreRefusedWithTheirReasons() {
        ApiClient admin = admin();
        String code = CourseFixtures.freeCode(admin);

        JsonObject noLevels = assertProblem(
                admin.post(
                        "/api/v1/admin/courses",
                        course(code, "No levels")
                                .add("levels", Json.createArrayBuilder())
                                .add("creditHours", 0)
                                .build()),
                400,
                "invalid-request");
        assertThat(noLevels.getJsonArray("errors").toString())
                .contains("levels", "at least one level", "creditHours", "1 to 60");
        assertProblem(
                admin.post("/api/v1/admin/courses", course("ZZB-12", "Bad code").build()), 400, "invalid-request");
        JsonObject blank = assertProblem(
                admin.post(
                        "/api/v1/admin/courses",
                        course(code, "  ").add("title", text("名称", " ")).build()),
                400,
                "invalid-request");
        assertThat(blank.getString("detail")).contains("title in Chinese and in English");
        assertProblem(admin.get("/api/v1/admin/courses/" + code), 404, "not-found");
    }

    @Test
    void lessonBodiesAreStoredSanitisedAndRevisingKeepsTheLesson() {
        ApiClient admin = admin();
        CourseFixtures.Draft draft = CourseFixtures.draftWithOneLesson(admin, "Sanitised");
        String hostile = "<p onclick=\"steal()\">Read <a href=\"javascript:alert(1)\">this</a></p>"
                + "<script>alert(1)</script><table><tr><td>Art. 843</td></tr></table>";

        HttpResponse<String> revised = admin.send(
                "PUT",
                "/api/v1/admin/courses/" + draft.code() + "/lessons/" + draft.lessonId(),
                ApiClient.JSON,
                lesson("ignored-new-slug", hostile).build().toString(),
                ApiClient.CSRF_HEADER,
                admin.csrfToken());

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        JsonObject lesson = ApiClient.json(revised)
                .getJsonArray("modules")
                .getJsonObject(0)
                .getJsonArray("lessons")
                .getJsonObject(0);
        assertThat(lesson.getJsonNumber("id").longValue()).isEqualTo(draft.lessonId());
        assertThat(lesson.getString("slug")).as("the slug never changes").isEqualTo("first-lesson");
        assertThat(lesson.getJsonObject("body").getString("en"))
                .startsWith("<p>Read this</p><table>")
                .contains("<td>Art. 843</td>")
                .doesNotContain("script", "onclick", "javascript", "href", "alert");
    }

    private static HttpResponse<String> describe(ApiClient admin, String code, String titleEn, long version) {
        return admin.send(
                "PUT",
                "/api/v1/admin/courses/" + code,
                ApiClient.JSON,
                course(code, titleEn).add("version", version).build().toString(),
                ApiClient.CSRF_HEADER,
                admin.csrfToken());
    }

    static java.util.List<String> codes(HttpResponse<String> catalogue) {
        assertThat(catalogue.statusCode()).as(catalogue.body()).isEqualTo(200);
        return ApiClient.json(catalogue).getJsonArray("courses").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code"))
                .toList();
    }
}
