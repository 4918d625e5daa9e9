package org.techbroker.liberty.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

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
import org.techbroker.liberty.support.TestAccount;

/**
 * The public catalogue API: languages, filters and their refusals, unknown, malformed and
 * unpublished codes, and lesson bodies only for administrators and enrolled trainees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(EnrolmentSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    private ApiClient admin() {
        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        return admin;
    }

    @Test
    void theLanguageComesFromLangOrElseFromAcceptLanguage() {
        CourseFixtures.Draft course = CourseFixtures.publishedWithOneLesson(admin(), "Languages");
        ApiClient visitor = new ApiClient(base);

        assertThat(title(visitor.get("/api/v1/courses/" + course.code()))).isEqualTo("Languages");
        HttpResponse<String> chinese = visitor.speaking("zh-CN,zh;q=0.9").get("/api/v1/courses/" + course.code());
        assertThat(title(chinese)).isEqualTo("测试课程 " + course.code());
        assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(ApiClient.json(chinese).getString("lang")).isEqualTo("zh");
        assertThat(title(visitor.get("/api/v1/courses/" + course.code() + "?lang=en")))
                .as("lang wins over Accept-Language")
                .isEqualTo("Languages");
        assertThat(ApiClient.json(visitor.get("/api/v1/courses?lang=EN")).getString("lang"))
                .isEqualTo("en");
    }

    @Test
    void filtersNarrowTheCatalogue() {
        String word = "zebra" + Long.toHexString(System.nanoTime());
        CourseFixtures.Draft course = CourseFixtures.publishedWithOneLesson(admin(), "Filterable " + word + " course");
        ApiClient visitor = new ApiClient(base);

        assertThat(AuthoringApiIT.codes(visitor.get("/api/v1/courses?level=junior&track=JUDICIAL")))
                .contains(course.code());
        assertThat(AuthoringApiIT.codes(visitor.get("/api/v1/courses?level=SENIOR")))
                .doesNotContain(course.code());
        assertThat(AuthoringApiIT.codes(visitor.get("/api/v1/courses?track=REVIEW")))
                .doesNotContain(course.code());
        assertThat(AuthoringApiIT.codes(visitor.get("/api/v1/courses?syllabusModule=PRACTICAL_SKILLS")))
                .contains(course.code());
        assertThat(AuthoringApiIT.codes(visitor.get("/api/v1/courses?q=" + word.toUpperCase(java.util.Locale.ROOT))))
                .containsExactly(course.code());
        assertThat(AuthoringApiIT.codes(visitor.get("/api/v1/courses?q=" + course.code())))
                .containsExactly(course.code());
        assertThat(AuthoringApiIT.codes(
                        visitor.get("/api/v1/courses?q=%E6%B5%8B%E8%AF%95%E8%AF%BE%E7%A8%8B%20" + course.code())))
                .as("Chinese words find the Chinese title")
                .containsExactly(course.code());
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogueAndHowToAskForBodies() {
        HttpResponse<String> document = new ApiClient(base).get("/openapi");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/v1/courses/{code}", "/api/v1/attachments/{id}", "/api/v1/admin/courses")
                .contains("include=bodies", "Accept-Language");
    }

    @Test
    void wrongParameterValuesAreRefused() {
        ApiClient visitor = new ApiClient(base);

        JsonObject lang = assertProblem(visitor.get("/api/v1/courses?lang=fr"), 400, "invalid-request");
        assertThat(lang.getString("detail")).contains("lang", "fr");
        assertProblem(visitor.get("/api/v1/courses?level=EXPERT"), 400, "invalid-request");
        assertProblem(visitor.get("/api/v1/courses?track=sales"), 400, "invalid-request");
        assertProblem(visitor.get("/api/v1/courses?syllabusModule=X"), 400, "invalid-request");
        JsonObject q = assertProblem(visitor.get("/api/v1/courses?q=" + "a".repeat(101)), 400, "invalid-request");
        assertThat(q.getString("detail")).contains("100");
        assertProblem(visitor.get("/api/v1/courses/IPL-101?lang=de"), 400, "invalid-request");
        assertProblem(visitor.get("/api/v1/courses/IPL-101?include=everything"), 400, "invalid-request");
    }

    @Test
    void unknownMalformedAndUnpublishedCodesAreNotFound() {
        ApiClient admin = admin();
        CourseFixtures.Draft draft = CourseFixtures.draftWithOneLesson(admin, "Still a draft");
        ApiClient visitor = new ApiClient(base);

        assertProblem(visitor.get("/api/v1/courses/" + CourseFixtures.freeCode(admin)), 404, "not-found");
        assertProblem(visitor.get("/api/v1/courses/not-a-code"), 404, "not-found");
        assertProblem(visitor.get("/api/v1/courses/%3Cscript%3E"), 404, "not-found");
        assertProblem(visitor.get("/api/v1/courses/" + draft.code()), 404, "not-found");
        assertProblem(admin.get("/api/v1/courses/" + draft.code() + "?include=bodies"), 404, "not-found");
    }

    @Test
    void lessonBodiesAreForAdministratorsAndEnrolledTraineesOnly() {
        ApiClient admin = admin();
        CourseFixtures.Draft course = CourseFixtures.publishedWithOneLesson(admin, "Bodies");
        String path = "/api/v1/courses/" + course.code() + "?include=bodies&lang=en";

        assertProblem(new ApiClient(base).get(path), 401, "unauthenticated");

        ApiClient stranger = new ApiClient(base);
        stranger.signIn(stranger.registerTrainee("stranger"));
        JsonObject forbidden = assertProblem(stranger.get(path), 403, "forbidden");
        assertThat(forbidden.getString("detail")).contains(course.code(), "enrolled");
        assertThat(stranger.get("/api/v1/courses/" + course.code()).statusCode())
                .as("the outline stays open to everyone")
                .isEqualTo(200);

        ApiClient trainee = new ApiClient(base);
        TestAccount account = trainee.registerTrainee("enrolled");
        trainee.signIn(account);
        CourseFixtures.enrol(base, account, course.code());
        assertThat(firstLesson(trainee.get(path)).getString("body")).isEqualTo("<p>What a technology contract is.</p>");
        assertThat(firstLesson(trainee.get(path)).getJsonArray("sources").getString(0))
                .isEqualTo("Civil Code of the PRC, Art. 843");

        assertThat(firstLesson(admin.get(path)).getString("body")).isEqualTo("<p>What a technology contract is.</p>");
        assertThat(firstLesson(admin.get("/api/v1/courses/" + course.code() + "?include=bodies&lang=zh"))
                        .getString("body"))
                .isEqualTo("<p>技术合同的基本概念。</p>");

        // Withdrawn, the course is gone for everyone here, enrolled or not.
        admin.delete("/api/v1/admin/courses/" + course.code() + "/publication");
        assertProblem(trainee.get(path), 404, "not-found");
    }

    private static String title(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getString("title");
    }

    private static JsonObject firstLesson(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response)
                .getJsonArray("modules")
                .getJsonObject(0)
                .getJsonArray("lessons")
                .getJsonObject(0);
    }
}
