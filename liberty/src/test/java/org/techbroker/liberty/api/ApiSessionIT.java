package org.techbroker.liberty.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * From outside, as an API client: the server is ready and describes its API, and a trainee
 * registers, signs in, learns who they are and the session's CSRF token, and signs out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSessionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessIsUpWithTheDatabaseMigrated() {
        HttpResponse<String> response = new ApiClient(base).get("/health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = ApiClient.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("database");
            assertThat(check.getString("status")).isEqualTo("UP");
            assertThat(check.getJsonObject("data")
                            .getJsonNumber("pendingMigrations")
                            .intValue())
                    .isZero();
        });
    }

    @Test
    void servesAnOpenApiDocumentOfTheApi() {
        HttpResponse<String> response = new ApiClient(base).get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/auth/login", "/api/v1/me", "/api/v1/registrations");
    }

    @Test
    void aTraineeRegistersSignsInAndOut() {
        ApiClient client = new ApiClient(base);
        TestAccount trainee = client.registerTrainee("sess");

        JsonObject signedIn = client.signIn(trainee);
        assertThat(signedIn.getString("username")).isEqualTo(trainee.username());
        assertThat(signedIn.getString("csrfToken")).isNotBlank();

        HttpResponse<String> me = client.get("/api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonObject caller = ApiClient.json(me);
        assertThat(caller.getString("username")).isEqualTo(trainee.username());
        assertThat(caller.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("TRAINEE");
        assertThat(caller.getString("csrfToken")).isEqualTo(signedIn.getString("csrfToken"));

        HttpResponse<String> withoutToken = client.send("POST", "/api/v1/auth/logout", null, null);
        assertProblem(withoutToken, 403, "csrf-token-missing");
        assertThat(client.get("/api/v1/me").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> wrongToken =
                client.send("POST", "/api/v1/auth/logout", null, null, ApiClient.CSRF_HEADER, client.csrfToken() + "x");
        assertProblem(wrongToken, 403, "csrf-token-missing");

        HttpResponse<String> logout =
                client.send("POST", "/api/v1/auth/logout", null, null, ApiClient.CSRF_HEADER, client.csrfToken());
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
        assertProblem(client.get("/api/v1/me"), 401, "unauthenticated");
    }

    @Test
    void problemTitlesSpeakTheCallersLanguage() {
        HttpResponse<String> english = new ApiClient(base).speaking("en").get("/api/v1/me");
        HttpResponse<String> chinese =
                new ApiClient(base).speaking("zh-CN,zh;q=0.9").get("/api/v1/me");

        String englishTitle = assertProblem(english, 401, "unauthenticated").getString("title");
        String chineseTitle = assertProblem(chinese, 401, "unauthenticated").getString("title");
        assumeThat(englishTitle)
                .as("the message bundles are part of the application")
                .isNotEqualTo("api.problem.unauthenticated.title");
        assertThat(chineseTitle).isNotEqualTo(englishTitle);
    }
}
