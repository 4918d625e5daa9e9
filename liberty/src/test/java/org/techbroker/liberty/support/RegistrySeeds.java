package org.techbroker.liberty.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.StringJoiner;

/**
 * Seeds the registry from a client test or a browser journey through {@link
 * RegistrySupportServlet} (so only against {@link Deployments#withRegistrySupport()}); the answers
 * are the servlet's.
 */
public final class RegistrySeeds {

    private final ApiClient support;

    public RegistrySeeds(URL base) {
        this.support = new ApiClient(base);
    }

    /** A new person with the role (ENTERPRISE, TRAINEE, ADMIN…), who can sign in. */
    public TestAccount person(String role) {
        return account(created(RegistrySupportServlet.PATH + "/people?role=" + role));
    }

    public TestAccount enterprise() {
        return person("ENTERPRISE");
    }

    /** A junior certificate of the service track, issued to a new holder. */
    public JsonObject certificate() {
        return certificate(null, null, null);
    }

    /**
     * A certificate issued to a new holder, of the level, tracks (comma-separated) and reason
     * given; a null one is the servlet's default. Answers the number, the holder and the issuing
     * administrator's username ({@code "admin"}).
     */
    public JsonObject certificate(String level, String tracks, String reason) {
        return issue(null, level, tracks, reason);
    }

    /** A certificate of the level and tracks (comma-separated) issued to an existing account. */
    public JsonObject certificateFor(String username, String level, String tracks) {
        return issue(username, level, tracks, null);
    }

    /** A new administrator revokes the certificate. */
    public void revoke(String number) {
        noContent(RegistrySupportServlet.PATH + "/revoke?number=" + number);
    }

    /**
     * Gives the API key of this secret a limit of its own; servers read it within their cache time
     * (techbroker.verification.cache-millis, at most a second).
     */
    public void limitKey(String secret, int perMinute) {
        HttpResponse<String> response = support.send(
                "POST",
                RegistrySupportServlet.PATH + "/key-limit?perMinute=" + perMinute,
                null,
                null,
                "X-Api-Key",
                secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** Writes every tally of the verification log now, rather than when its window closes. */
    public void writeVerificationLog() {
        noContent(RegistrySupportServlet.PATH + "/verification-log");
    }

    /** A new administrator suspends the certificate. */
    public void suspend(String number) {
        noContent(RegistrySupportServlet.PATH + "/suspend?number=" + number);
    }

    /** A pass waiting for an administrator's approval: {@code {"id", "candidate"}}. */
    public JsonObject pendingRequest() {
        return created(RegistrySupportServlet.PATH + "/requests");
    }

    /** The person (or a certificate's new holder) the servlet answered. */
    public static TestAccount account(JsonObject person) {
        return new TestAccount(
                person.getString("username"),
                person.getString("password"),
                person.getString("email"),
                person.getString("nameZh"),
                person.getString("nameLatin"));
    }

    private JsonObject issue(String holder, String level, String tracks, String reason) {
        StringJoiner query = new StringJoiner("&", RegistrySupportServlet.PATH + "/certificates?", "");
        query.setEmptyValue(RegistrySupportServlet.PATH + "/certificates");
        add(query, "holder", holder);
        add(query, "level", level);
        add(query, "tracks", tracks);
        add(query, "reason", reason);
        return created(query.toString());
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + FacesForms.encode(value));
        }
    }

    private JsonObject created(String path) {
        HttpResponse<String> response = support.send("POST", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private void noContent(String path) {
        HttpResponse<String> response = support.send("POST", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
}
