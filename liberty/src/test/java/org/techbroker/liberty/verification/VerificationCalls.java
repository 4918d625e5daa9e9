package org.techbroker.liberty.verification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/** What the verification tests do again and again, from outside. */
final class VerificationCalls {

    static final String API_KEY = "X-Api-Key";

    private final URL base;
    private final ApiClient support;

    VerificationCalls(URL base) {
        this.base = base;
        this.support = new ApiClient(base);
    }

    /** The application plus the verification fixtures and their servlet. */
    static WebArchive deployment() {
        return Deployments.withTestSupport()
                .addClasses(
                        VerificationFixtures.class,
                        VerificationFixtures.Issued.class,
                        VerificationSupportServlet.class);
    }

    /** A new certificate: number, username, password, nameZh, nameLatin of the holder. */
    JsonObject certificate() {
        return created(support.send("POST", VerificationSupportServlet.PATH + "/certificates", null, null));
    }

    TestAccount enterprise() {
        JsonObject account =
                created(support.send("POST", VerificationSupportServlet.PATH + "/enterprises", null, null));
        return new TestAccount(account.getString("username"), account.getString("password"), null, null, null);
    }

    void revoke(String number) {
        done(support.send("POST", VerificationSupportServlet.PATH + "/revoke?number=" + number, null, null));
    }

    void suspend(String number) {
        done(support.send("POST", VerificationSupportServlet.PATH + "/suspend?number=" + number, null, null));
    }

    void flushLog() {
        done(support.send("POST", VerificationSupportServlet.PATH + "/flush", null, null));
    }

    /** A new enterprise, signed in, with a new API key; answers the key's secret. */
    String newKey() {
        ApiClient enterprise = new ApiClient(base);
        enterprise.signIn(enterprise());
        return createKey(enterprise, "Tests").getString("secret");
    }

    /** Creates a key through the API as the signed-in enterprise; answers {"key", "secret"}. */
    static JsonObject createKey(ApiClient enterprise, String name) {
        HttpResponse<String> response = enterprise.post(
                "/api/v1/me/api-keys",
                Json.createObjectBuilder().add("name", name).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    static HttpResponse<String> lookup(ApiClient client, String number, String key) {
        return key == null
                ? client.get("/api/v1/certificates/" + number)
                : client.send("GET", "/api/v1/certificates/" + number, null, null, API_KEY, key);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private static void done(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
}
