package org.techbroker.liberty.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
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

/**
 * From outside: what every response carries (the security headers) and leaves out (the server's
 * name and make), and the flags of the cookies that hold a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/me",
                "/api/v1/no-such-resource",
                "/",
                "/login.xhtml",
                "/admin/accounts/list.xhtml",
                "/no-such-page.xhtml",
                "/health/ready",
                "/openapi"
            })
    void everyResponseCarriesTheSecurityHeadersAndNoServerName(String path) {
        HttpHeaders headers = new ApiClient(base).get(path).headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.map()).doesNotContainKeys("Server", "server", "X-Powered-By", "x-powered-by");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/login.xhtml", "/no-such-page.xhtml"})
    void theApplicationsOwnResponsesForbidEverythingNotNamed(String path) {
        HttpHeaders headers = new ApiClient(base).get(path).headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("default-src").doesNotContain("*"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        ApiClient client = new ApiClient(base);
        var trainee = client.registerTrainee("cookie");

        HttpResponse<String> login = client.login(trainee.username(), trainee.password());

        assertThat(login.statusCode()).isEqualTo(200);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("TECHBROKER_SESSION="));
        assertThat(cookies)
                .allSatisfy(cookie ->
                        assertThat(cookie.toLowerCase()).contains("httponly").contains("samesite=lax"));
    }

    @Test
    void signingInRenewsTheSessionId() {
        ApiClient client = new ApiClient(base);
        var trainee = client.registerTrainee("fixation");
        // A visit before signing in opens a session (the login page keeps its view state there).
        HttpResponse<String> page = client.get("/login.xhtml");
        String before = sessionId(page.headers().allValues("Set-Cookie"));

        HttpResponse<String> login = client.login(trainee.username(), trainee.password());

        String after = sessionId(login.headers().allValues("Set-Cookie"));
        assertThat(before).isNotBlank();
        assertThat(after)
                .as("a new session id is issued at sign-in")
                .isNotBlank()
                .isNotEqualTo(before);
    }

    /** The value of the session cookie among Set-Cookie headers, without its attributes. */
    private static String sessionId(List<String> setCookies) {
        return setCookies.stream()
                .filter(cookie -> cookie.startsWith("TECHBROKER_SESSION="))
                .map(cookie -> cookie.substring("TECHBROKER_SESSION=".length()).split(";")[0])
                .reduce((first, last) -> last)
                .orElse("");
    }

    @Test
    void aFormPostedFromAnExpiredPageLeadsToTheExpiredPage() {
        ApiClient client = new ApiClient(base);

        HttpResponse<String> post = client.send(
                "POST",
                "/login.xhtml",
                "application/x-www-form-urlencoded",
                "login=login&login%3Ausername=someone&login%3Apassword=secret&login%3Asubmit=x"
                        + "&jakarta.faces.ViewState=stale123");

        assertThat(post.statusCode()).isEqualTo(302);
        String location = post.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = client.get(java.net.URI.create(location).getPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The page has expired").doesNotContain("at org.");
    }
}
