package org.techbroker.liberty.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ProblemAssert;
import org.techbroker.liberty.support.TestAccount;

/**
 * From outside: whatever a client sends wrong, the answer is a 4xx problem document that names the
 * kind of mistake and never shows the server's insides.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final String REGISTRATIONS = "/api/v1/registrations";
    private static final int BODY_LIMIT = 64 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"{\"details\": ", "{details: {}}", "not json at all", "{\"details\": {\"username\": }}"})
    void malformedJsonIsABadRequest(String body) {
        assertProblem(anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, body), 400, "malformed-body");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "[{\"details\": {}}]",
                "42",
                "{\"details\": 42, \"password\": \"Quartz-0123456789-Lantern\"}",
                "{\"details\": [\"a\"], \"password\": \"Quartz-0123456789-Lantern\"}",
                "{\"details\": {\"username\": {\"a\": 1}}, \"password\": \"Quartz-0123456789-Lantern\"}"
            })
    void jsonOfTheWrongShapeIsABadRequest(String body) {
        JsonObject problem = assertProblem(anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, body));

        assertThat(problem.getInt("status")).isEqualTo(400);
        // Depending on where the binding gives up, the shape is reported as malformed or as invalid.
        assertThat(problem.getString("type"))
                .isIn(ProblemAssert.TYPE_PREFIX + "malformed-body", ProblemAssert.TYPE_PREFIX + "invalid-request");
    }

    @Test
    void aNumberWhereTextBelongsIsABadRequest() {
        JsonObject registration = TestAccount.fresh("num").registration();
        String body = Json.createObjectBuilder(registration)
                .add(
                        "details",
                        Json.createObjectBuilder(registration.getJsonObject("details"))
                                .add("email", 42))
                .build()
                .toString();

        HttpResponse<String> response = anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, body);

        assertThat(assertProblem(response).getInt("status")).isEqualTo(400);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        assertThat(assertProblem(anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, ""))
                        .getInt("status"))
                .isEqualTo(400);
        assertThat(assertProblem(anonymous().send("POST", "/api/v1/auth/login", ApiClient.JSON, ""))
                        .getInt("status"))
                .isEqualTo(400);
    }

    @Test
    void anotherMediaTypeIsUnsupported() {
        String body = TestAccount.fresh("txt").registration().toString();

        assertProblem(anonymous().send("POST", REGISTRATIONS, "text/plain", body), 415, "unsupported-media-type");
        assertProblem(
                anonymous()
                        .send(
                                "POST",
                                "/api/v1/auth/login",
                                "application/x-www-form-urlencoded",
                                "username=a&password=b"),
                415,
                "unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String oversized = oversizedRegistration();

        assertProblem(anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, oversized), 413, "payload-too-large");
    }

    @Test
    void aBodyOverTheLimitIsTooLargeEvenWithoutALength() {
        String oversized = oversizedRegistration();
        // A publisher of unknown length makes the client send the body chunked, without Content-Length.
        Flow.Publisher<java.nio.ByteBuffer> chunks = BodyPublishers.ofString(oversized, StandardCharsets.UTF_8);

        HttpResponse<String> response =
                anonymous().sendBody("POST", REGISTRATIONS, ApiClient.JSON, BodyPublishers.fromPublisher(chunks));

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertProblem(anonymous().get("/api/v1/no-such-resource"), 404, "not-found");
        assertProblem(anonymous().get("/api/v1/auth/no-such-thing"), 404, "not-found");
    }

    @Test
    void anotherMethodIsNotAllowed() {
        HttpResponse<String> getLogin = anonymous().get("/api/v1/auth/login");

        assertProblem(getLogin, 405, "method-not-allowed");
        assertThat(getLogin.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertProblem(anonymous().send("DELETE", REGISTRATIONS, null, null), 405, "method-not-allowed");
    }

    @Test
    void invalidParameterValuesAreBadRequests() {
        ApiClient admin = anonymous();
        admin.signIn(admin.createAdmin());

        for (String query : List.of(
                "/api/v1/admin/accounts?role=NOPE",
                "/api/v1/admin/accounts?size=0",
                "/api/v1/admin/accounts?first=-1",
                "/api/v1/admin/accounts?size=100000",
                "/api/v1/admin/accounts?size=ten",
                "/api/v1/admin/audit-events?first=1.5",
                "/api/v1/admin/audit-events?type=NOPE",
                "/api/v1/admin/audit-events?from=yesterday")) {
            assertProblem(admin.get(query), 400, "invalid-request");
        }
        assertProblem(admin.put("/api/v1/admin/accounts/anyone/roles/NOPE"), 400, "invalid-request");
    }

    @Test
    void invalidRegistrationFieldsAreNamed() {
        String body = Json.createObjectBuilder()
                .add(
                        "details",
                        Json.createObjectBuilder()
                                .add("username", "x")
                                .add("email", "not-an-email")
                                .add("nameZh", "Latin")
                                .add("nameLatin", "汉字")
                                .add("organisation", ""))
                .add("password", "Quartz-0123456789-Lantern")
                .build()
                .toString();

        JsonObject problem =
                assertProblem(anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, body), 400, "invalid-request");

        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("details.username", "details.email", "details.nameZh", "details.nameLatin");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(error -> assertThat(error.getString("message")).isNotBlank());
    }

    @Test
    void aMissingPartOfTheBodyIsNamed() {
        JsonObject problem = assertProblem(
                anonymous()
                        .send("POST", REGISTRATIONS, ApiClient.JSON, "{\"password\": \"Quartz-0123456789-Lantern\"}"),
                400,
                "invalid-request");

        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("details");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "short"})
    void aCommonOrShortPasswordIsRefused(String password) {
        JsonObject registration = TestAccount.fresh("pwd").registration();
        String body = Json.createObjectBuilder(registration)
                .add("password", password)
                .build()
                .toString();

        assertProblem(anonymous().send("POST", REGISTRATIONS, ApiClient.JSON, body), 400, "invalid-request");
    }

    @Test
    void aTakenUsernameIsAConflict() {
        ApiClient client = anonymous();
        TestAccount first = client.registerTrainee("dup");
        TestAccount second = TestAccount.fresh("dup");
        JsonObject sameUsername = Json.createObjectBuilder(second.registration())
                .add(
                        "details",
                        Json.createObjectBuilder(second.registration().getJsonObject("details"))
                                .add("username", first.username().toUpperCase()))
                .build();

        assertProblem(client.post(REGISTRATIONS, sameUsername), 409, "conflict");
    }

    private ApiClient anonymous() {
        return new ApiClient(base);
    }

    private static String oversizedRegistration() {
        JsonObject registration = TestAccount.fresh("big").registration();
        return Json.createObjectBuilder(registration)
                .add(
                        "details",
                        Json.createObjectBuilder(registration.getJsonObject("details"))
                                .add("organisation", "x".repeat(BODY_LIMIT + 1)))
                .build()
                .toString();
    }
}
