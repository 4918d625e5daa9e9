package org.techbroker.liberty.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * What every error answer of the API must be: an RFC 9457 problem document with the expected
 * status and type, a title (in whatever language the bundles give), and nothing of the server's
 * insides. Titles and details are not compared with English text, which belongs to the bundles.
 */
public final class ProblemAssert {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:techbroker:problem:";

    private ProblemAssert() {}

    /** Asserts the response is the problem of this status and type (its slug, as "not-found"); returns it. */
    public static JsonObject assertProblem(HttpResponse<String> response, int status, String typeSlug) {
        JsonObject problem = assertProblem(response);
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(status);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).isEqualTo(TYPE_PREFIX + typeSlug);
        return problem;
    }

    /** Asserts the response is some client error as a problem document; returns it. */
    public static JsonObject assertProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(describe(response)).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(describe(response))
                .hasValueSatisfying(type -> assertThat(type).startsWith(MEDIA_TYPE));
        assertThat(response.body())
                .as("no trace of the server's insides")
                .doesNotContain("Exception", "\tat ", ".java:", "org.jboss", "org.eclipse", "com.ibm");
        JsonObject problem = ApiClient.json(response);
        assertThat(problem.getString("type", "")).startsWith(TYPE_PREFIX);
        assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
        assertThat(problem.getString("title", "")).isNotBlank();
        return problem;
    }

    private static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.request().uri() + " -> " + response.statusCode() + " "
                + response.body();
    }
}
