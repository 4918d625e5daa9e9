package org.techbroker.liberty.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares an exam day through the public API only, as an administrator would: the candidates'
 * accounts (made once through the public registration, then reused by every run, since creating
 * one costs a password hash), the level's blueprint with this run's exam length and no required
 * courses (so that the accounts may register without first completing courses), and a new sitting
 * that opens at the exam's start. Candidates register for it themselves after signing in.
 */
final class BenchSetup {

    private final BenchSettings settings;
    private final HttpClient admin;
    private String csrf;

    BenchSetup(BenchSettings settings) {
        this.settings = settings;
        this.admin = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The sitting prepared, and when it opens: the exam's start. */
    record Prepared(long sittingId, Instant opensAt) {}

    /** Prepares the accounts, then a sitting that opens once the login window (from now) is over. */
    Prepared prepare(Duration untilStart) throws Exception {
        JsonObject login = expect(
                send(
                        admin,
                        "POST",
                        "/api/v1/auth/login",
                        Json.createObjectBuilder()
                                .add("username", settings.admin())
                                .add("password", settings.adminPassword())
                                .build()),
                200);
        csrf = login.getString("csrfToken");
        ensureAccounts();
        Instant opensAt = Instant.now().plus(untilStart);
        JsonObject blueprint =
                expect(send(admin, "GET", "/api/v1/admin/exams/blueprints/" + settings.level(), null), 200);
        JsonArrayBuilder cells = Json.createArrayBuilder();
        blueprint.getJsonArray("cells").forEach(cells::add);
        expect(
                send(
                        admin,
                        "PUT",
                        "/api/v1/admin/exams/blueprints/" + settings.level(),
                        Json.createObjectBuilder()
                                .add("cells", cells)
                                .add("essayCount", blueprint.getInt("essayCount"))
                                .add("durationMinutes", settings.examMinutes())
                                .add("objectivePassPercent", blueprint.getInt("objectivePassPercent"))
                                .add("essayPassPercent", blueprint.getInt("essayPassPercent"))
                                .add("shuffleOptions", blueprint.getBoolean("shuffleOptions"))
                                .add("requiredCourses", Json.createArrayBuilder())
                                .add(
                                        "version",
                                        blueprint.getJsonNumber("version").longValue())
                                .build()),
                200);
        Instant opens = opensAt.truncatedTo(ChronoUnit.SECONDS);
        JsonObject sitting = expect(
                send(
                        admin,
                        "POST",
                        "/api/v1/admin/exams/sittings",
                        Json.createObjectBuilder()
                                .add("level", settings.level())
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("zh", "考试日压测 " + opens)
                                                .add("en", "Exam-day benchmark " + opens))
                                .add("opensAt", opens.toString())
                                .add(
                                        "closesAt",
                                        opens.plus(Duration.ofMinutes(settings.examMinutes() + 30L))
                                                .toString())
                                .add("capacity", settings.candidates())
                                .build()),
                201);
        return new Prepared(sitting.getJsonNumber("id").longValue(), opens);
    }

    /** Registers the accounts that do not exist yet, a few at a time (each costs a password hash). */
    private void ensureAccounts() throws Exception {
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= settings.candidates(); i++) {
            HttpResponse<String> found = send(admin, "GET", "/api/v1/admin/accounts/" + settings.username(i), null);
            if (found.statusCode() == 404) {
                missing.add(i);
            } else {
                expect(found, 200);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        System.out.printf("Creating %d benchmark accounts…%n", missing.size());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.setupThreads());
        try {
            HttpClient anonymous = HttpClient.newHttpClient();
            List<Future<?>> futures = new ArrayList<>();
            for (int index : missing) {
                futures.add(pool.submit(() -> {
                    String username = settings.username(index);
                    expect(
                            send(
                                    anonymous,
                                    "POST",
                                    "/api/v1/registrations",
                                    Json.createObjectBuilder()
                                            .add(
                                                    "details",
                                                    Json.createObjectBuilder()
                                                            .add("username", username)
                                                            .add("email", username + "@bench.example.org")
                                                            .add("nameZh", "压测考生")
                                                            .add("nameLatin", "Bench Candidate " + letters(index))
                                                            .add("organisation", "Techbroker benchmark"))
                                            .add("password", settings.accountPassword())
                                            .add("locale", "zh-CN")
                                            .build()),
                            201);
                    if (done.incrementAndGet() % 100 == 0) {
                        System.out.printf("  %d accounts%n", done.get());
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The index in capital letters (names in Latin letters hold no digits). */
    private static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index; n > 0; n /= 26) {
            letters.insert(0, (char) ('A' + n % 26));
        }
        return letters.toString();
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null && client == admin && !method.equals("GET")) {
            request.header("X-CSRF-Token", csrf);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        if (response.body().isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
