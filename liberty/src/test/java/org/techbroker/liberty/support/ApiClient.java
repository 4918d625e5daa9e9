package org.techbroker.liberty.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One visitor of Techbroker, as a browser or an API client would be: its own cookies (so its own
 * session), and once signed in, the session's CSRF token, which it sends with every call that
 * changes state unless a test sends a request by hand with {@link #send}.
 *
 * <p>It speaks English (Accept-Language: en) unless told otherwise, so that problem titles are
 * read in one known language.
 */
public final class ApiClient {

    public static final String JSON = "application/json";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final URI base;
    private final HttpClient http;
    private String language = "en";
    private String csrfToken;

    public ApiClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Asks for answers in this language (an Accept-Language value) from now on. */
    public ApiClient speaking(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET whose answer is kept as bytes (a download), with its headers. */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language)
                .GET()
                .build();
        try {
            return http.send(request, BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON body, with the CSRF token when signed in. */
    public HttpResponse<String> post(String path, JsonStructure body) {
        return withToken("POST", path, body);
    }

    public HttpResponse<String> put(String path) {
        return withToken("PUT", path, null);
    }

    /** A JSON body, with the CSRF token when signed in. */
    public HttpResponse<String> put(String path, JsonStructure body) {
        return withToken("PUT", path, body);
    }

    /**
     * A POST without a body, with the CSRF token, sent without waiting for the answer: many of
     * these at once race each other in the same session, as a candidate's double clicks and open
     * tabs would.
     */
    public CompletableFuture<HttpResponse<String>> postAsync(String path) {
        String[] headers = csrfToken == null ? new String[0] : new String[] {CSRF_HEADER, csrfToken};
        return http.sendAsync(request("POST", path, null, BodyPublishers.noBody(), headers), BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path) {
        return withToken("DELETE", path, null);
    }

    private HttpResponse<String> withToken(String method, String path, JsonStructure body) {
        String[] headers = csrfToken == null ? new String[0] : new String[] {CSRF_HEADER, csrfToken};
        return send(method, path, body == null ? null : JSON, body == null ? null : body.toString(), headers);
    }

    /** Exactly this request and nothing more (no CSRF token); headers are name, value, name, value… */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        return sendBody(
                method,
                path,
                contentType,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body),
                headers);
    }

    /** As {@link #send}, with a body of any kind (one of unknown length goes chunked, for instance). */
    public HttpResponse<String> sendBody(
            String method, String path, String contentType, BodyPublisher body, String... headers) {
        return exchange(request(method, path, contentType, body, headers), BodyHandlers.ofString());
    }

    /** As {@link #sendBody}, answering the body as bytes: for downloads. */
    public HttpResponse<byte[]> sendForBytes(
            String method, String path, String contentType, BodyPublisher body, String... headers) {
        return exchange(request(method, path, contentType, body, headers), BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String method, String path, String contentType, BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a new trainee through the API, as the registration page would. */
    public TestAccount registerTrainee(String purpose) {
        TestAccount account = TestAccount.fresh(purpose);
        HttpResponse<String> response = post("/api/v1/registrations", account.registration());
        assertThat(response.statusCode())
                .as("registration of %s: %s", account.username(), response.body())
                .isEqualTo(201);
        return account;
    }

    /** A new administrator, made by {@link TestSupportServlet} (only in {@link Deployments#withTestSupport()}). */
    public TestAccount createAdmin() {
        HttpResponse<String> response = send("POST", TestSupportServlet.ADMINS_PATH, null, null);
        assertThat(response.statusCode())
                .as("admin seeding: %s", response.body())
                .isEqualTo(201);
        JsonObject admin = json(response);
        return new TestAccount(admin.getString("username"), admin.getString("password"), null, null, null);
    }

    /** One login attempt; when it succeeds, the session's CSRF token is kept for later calls. */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> response = send(
                "POST",
                "/api/v1/auth/login",
                JSON,
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString());
        if (response.statusCode() == 200) {
            csrfToken = json(response).getString("csrfToken");
        }
        return response;
    }

    /** Signs in and answers what the API says about the caller (as GET /api/v1/me does). */
    public JsonObject signIn(TestAccount account) {
        HttpResponse<String> response = login(account.username(), account.password());
        assertThat(response.statusCode())
                .as("login of %s: %s", account.username(), response.body())
                .isEqualTo(200);
        return json(response);
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
