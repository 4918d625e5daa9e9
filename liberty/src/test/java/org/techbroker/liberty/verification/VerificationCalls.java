package org.techbroker.liberty.verification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.RegistrySeeds;
import org.techbroker.liberty.support.TestAccount;

/** What the verification tests do again and again, from outside. */
final class VerificationCalls {

    static final String API_KEY = "X-Api-Key";

    private final URL base;
    private final RegistrySeeds registry;

    VerificationCalls(URL base) {
        this.base = base;
        this.registry = new RegistrySeeds(base);
    }

    /** The application plus the registry's seeding and the verification log's flush. */
    static WebArchive deployment() {
        return Deployments.withRegistrySupport();
    }

    /** A new junior certificate of the service track: number, username, password, nameZh, nameLatin of the holder. */
    JsonObject certificate() {
        return registry.certificate(null, null, "Carried over for a test");
    }

    TestAccount enterprise() {
        return registry.enterprise();
    }

    void revoke(String number) {
        registry.revoke(number);
    }

    void suspend(String number) {
        registry.suspend(number);
    }

    void limitKey(String secret, int perMinute) {
        registry.limitKey(secret, perMinute);
    }

    void flushLog() {
        registry.writeVerificationLog();
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
}
