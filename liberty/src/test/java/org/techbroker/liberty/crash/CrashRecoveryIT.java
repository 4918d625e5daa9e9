package org.techbroker.liberty.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * An exam survives a crash of the server. A trainee runs two attempts on a server of its own
 * ({@link CrashServer}, a file database); every answer the server acknowledged with 200 is
 * recorded; the server's JVM is killed with SIGKILL right after the last acknowledgement and started
 * again. Then every acknowledged answer is there as acknowledged, both deadlines are what they
 * were, and the attempt whose deadline passed while the server was down has been submitted, at its
 * deadline, by the sweep that runs at start-up.
 *
 * <p>The saves come as fast as the server answers and the kill follows the last one at once, so a
 * database that acknowledges a commit before it is on disk (an embedded H2 with a write delay, say)
 * loses the last answers and fails this test.
 *
 * <p>Not an Arquillian test: Arquillian's server could not be killed and restarted under a test.
 */
class CrashRecoveryIT {

    /** Seconds that the second attempt may still run once its saves begin; it runs out while the server is down. */
    private static final int SHORT_ATTEMPT_SECONDS = 15;

    private static CrashServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Map<String, String> database = new HashMap<>();
        String url = System.getProperty("techbroker.crash.db.url", "");
        if (!url.isBlank()) {
            database.put("TECHBROKER_DB_URL", url);
            database.put("TECHBROKER_DB_USER", System.getProperty("techbroker.crash.db.user", ""));
            database.put("TECHBROKER_DB_PASSWORD", System.getProperty("techbroker.crash.db.password", ""));
        }
        server = new CrashServer(
                Path.of(required("techbroker.wlp")),
                required("techbroker.crash.server"),
                Integer.parseInt(required("techbroker.crash.http.port")),
                database,
                Path.of("target", "crash-test"));
        server.prepare(Deployments.withExamSupport());
        server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyAcknowledgedAnswerAndEveryDeadlineSurviveAKillAndTheOverdueAttemptIsSubmitted() throws Exception {
        ApiClient api = new ApiClient(server.base());
        TestAccount trainee = api.registerTrainee("crash");
        long longSitting = seedSitting(api, trainee);
        long shortSitting = seedSitting(api, trainee);
        api.signIn(trainee);

        JsonObject longStart = start(api, longSitting);
        JsonObject shortStart = start(api, shortSitting);
        long longAttempt = longStart.getJsonNumber("attemptId").longValue();
        long shortAttempt = shortStart.getJsonNumber("attemptId").longValue();
        moveDeadline(api, shortAttempt, SHORT_ATTEMPT_SECONDS);

        JsonObject longView = attempt(api, longAttempt);
        JsonObject shortView = attempt(api, shortAttempt);
        Instant longDeadline = Instant.parse(longStart.getString("deadline"));
        Instant shortDeadline = Instant.parse(shortView.getString("deadline"));
        assertThat(Instant.parse(longView.getString("deadline"))).isEqualTo(longDeadline);

        // Three rounds over both attempts, every answer different from the one before, as fast as the
        // server acknowledges them; the kill follows the last 200 at once.
        Map<Long, Map<Long, Saved>> acknowledged = new LinkedHashMap<>();
        acknowledged.put(longAttempt, new LinkedHashMap<>());
        acknowledged.put(shortAttempt, new LinkedHashMap<>());
        for (int round = 0; round < 3; round++) {
            for (JsonObject view : List.of(longView, shortView)) {
                long attemptId = view.getJsonNumber("id").longValue();
                for (JsonObject item : view.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    long itemId = item.getJsonNumber("id").longValue();
                    JsonObject answer = answer(item, round);
                    HttpResponse<String> saved = api.send(
                            "PUT",
                            "/api/v1/attempts/" + attemptId + "/answers/" + itemId,
                            ApiClient.JSON,
                            answer.toString(),
                            ApiClient.CSRF_HEADER,
                            api.csrfToken());
                    assertThat(saved.statusCode()).as("save: %s", saved.body()).isEqualTo(200);
                    JsonObject receipt = ApiClient.json(saved);
                    acknowledged
                            .get(attemptId)
                            .put(
                                    itemId,
                                    new Saved(
                                            answer,
                                            receipt.getJsonNumber("revision").longValue()));
                    assertThat(Instant.parse(receipt.getString("deadline")))
                            .isEqualTo(attemptId == longAttempt ? longDeadline : shortDeadline);
                }
            }
        }
        server.kill();
        Instant killedAt = Instant.now();
        assertThat(killedAt)
                .as("the short attempt still ran when the server was killed")
                .isBefore(shortDeadline);

        // The short attempt runs out while the server is down.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), shortDeadline).toMillis() + 1_000));
        server.start();
        Instant backAt = Instant.now();

        api = new ApiClient(server.base());
        api.signIn(trainee);
        JsonObject resumed = start(api, longSitting);
        assertThat(resumed.getBoolean("resumed")).isTrue();
        assertThat(resumed.getJsonNumber("attemptId").longValue()).isEqualTo(longAttempt);
        assertThat(Instant.parse(resumed.getString("deadline"))).isEqualTo(longDeadline);

        JsonObject longAfter = attempt(api, longAttempt);
        assertThat(Instant.parse(longAfter.getString("deadline"))).isEqualTo(longDeadline);
        assertThat(longAfter.getString("state")).isNotEqualTo("SUBMITTED");
        assertAnswers(longAfter, acknowledged.get(longAttempt));

        // The sweep runs at start-up; give it a little while after the server says it is ready.
        JsonObject shortAfter = attempt(api, shortAttempt);
        Instant giveUp = backAt.plusSeconds(30);
        while (!"SUBMITTED".equals(shortAfter.getString("state"))
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            shortAfter = attempt(api, shortAttempt);
        }
        assertThat(shortAfter.getString("state"))
                .as("the attempt that ran out while the server was down is submitted after it is back")
                .isEqualTo("SUBMITTED");
        assertThat(Instant.parse(shortAfter.getString("deadline"))).isEqualTo(shortDeadline);
        if (shortAfter.containsKey("submittedAt") && !shortAfter.isNull("submittedAt")) {
            assertThat(Instant.parse(shortAfter.getString("submittedAt")))
                    .as("submitted at its deadline, not when the server came back")
                    .isEqualTo(shortDeadline);
        }
        assertAnswers(shortAfter, acknowledged.get(shortAttempt));

        // And it takes no more answers.
        JsonObject someItem = shortAfter.getJsonArray("items").getJsonObject(0);
        HttpResponse<String> late = api.send(
                "PUT",
                "/api/v1/attempts/" + shortAttempt + "/answers/"
                        + someItem.getJsonNumber("id").longValue(),
                ApiClient.JSON,
                answer(someItem, 3).toString(),
                ApiClient.CSRF_HEADER,
                api.csrfToken());
        assertThat(late.statusCode()).as("late save: %s", late.body()).isEqualTo(409);
    }

    /** An answer that the server acknowledged: what was sent, and the revision it answered. */
    private record Saved(JsonObject body, long revision) {}

    /** A sitting of its own (a new required course, its own items) for which the trainee is eligible and registered. */
    private static long seedSitting(ApiClient api, TestAccount trainee) {
        HttpResponse<String> seeded = api.send("POST", ExamSupportServlet.PATH + "?duration=60&essays=1", null, null);
        assertThat(seeded.statusCode()).as("seeding: %s", seeded.body()).isEqualTo(201);
        JsonObject exam = ApiClient.json(seeded);
        HttpResponse<String> registered = api.send(
                "POST",
                ExamSupportServlet.PATH + "/eligibility?register=true&username=" + trainee.username() + "&sitting="
                        + exam.getJsonNumber("sittingId").longValue() + "&course=" + exam.getString("course")
                        + "&lesson=" + exam.getJsonNumber("lessonId").longValue(),
                null,
                null);
        assertThat(registered.statusCode())
                .as("registration: %s", registered.body())
                .isEqualTo(204);
        return exam.getJsonNumber("sittingId").longValue();
    }

    private static void moveDeadline(ApiClient api, long attemptId, int secondsFromNow) {
        HttpResponse<String> moved = api.send(
                "POST",
                ExamSupportServlet.PATH + "/deadline?attempt=" + attemptId + "&secondsFromNow=" + secondsFromNow,
                null,
                null);
        assertThat(moved.statusCode()).as("deadline: %s", moved.body()).isEqualTo(204);
    }

    private static JsonObject start(ApiClient api, long sittingId) {
        HttpResponse<String> started = api.post(
                "/api/v1/sittings/" + sittingId + "/attempts",
                Json.createObjectBuilder().build());
        assertThat(started.statusCode()).as("start: %s", started.body()).isIn(200, 201);
        return ApiClient.json(started);
    }

    private static JsonObject attempt(ApiClient api, long attemptId) {
        HttpResponse<String> view = api.get("/api/v1/attempts/" + attemptId);
        assertThat(view.statusCode()).as("attempt: %s", view.body()).isEqualTo(200);
        return ApiClient.json(view);
    }

    /** A valid answer to the item that differs from the one of the round before. */
    private static JsonObject answer(JsonObject item, int round) {
        String type = item.getString("type");
        List<Long> options = item.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
        return switch (type) {
            case "SINGLE_CHOICE", "TRUE_FALSE" -> selected(List.of(options.get(round % options.size())));
            case "MULTIPLE_CHOICE" ->
                selected(List.of(options.get(round % options.size()), options.get((round + 1) % options.size())));
            case "NUMERIC" ->
                Json.createObjectBuilder()
                        .add("value", new BigDecimal(2_400_000 + 1_000 * round))
                        .build();
            case "ESSAY" ->
                Json.createObjectBuilder()
                        .add("text", "第" + (round + 1) + "稿：先明确需求，再匹配技术与合同条款。")
                        .build();
            default -> throw new AssertionError("Unknown item type " + type);
        };
    }

    private static JsonObject selected(List<Long> optionIds) {
        var ids = Json.createArrayBuilder();
        optionIds.forEach(ids::add);
        return Json.createObjectBuilder().add("selected", ids).build();
    }

    /** Every acknowledged answer is there, as the last acknowledgement had it, and nothing else. */
    private static void assertAnswers(JsonObject view, Map<Long, Saved> acknowledged) {
        JsonObject answers = view.getJsonObject("answers");
        assertThat(answers.keySet())
                .as("answers of attempt %s after the crash", view.getJsonNumber("id"))
                .containsExactlyInAnyOrderElementsOf(
                        acknowledged.keySet().stream().map(String::valueOf).toList());
        List<String> lost = new ArrayList<>();
        acknowledged.forEach((itemId, saved) -> {
            JsonObject answer = answers.getJsonObject(String.valueOf(itemId));
            if (!sameAnswer(answer, saved)) {
                lost.add("item " + itemId + ": acknowledged " + saved.body() + " revision " + saved.revision()
                        + ", found " + answer);
            }
        });
        assertThat(lost).as("acknowledged answers lost in the crash").isEmpty();
    }

    private static boolean sameAnswer(JsonObject found, Saved saved) {
        if (found.containsKey("revision") && found.getJsonNumber("revision").longValue() != saved.revision()) {
            return false;
        }
        JsonObject sent = saved.body();
        if (sent.containsKey("selected")) {
            return found.containsKey("selected")
                    && ids(found.getJsonArray("selected")).equals(ids(sent.getJsonArray("selected")));
        }
        if (sent.containsKey("value")) {
            return found.containsKey("value")
                    && found.get("value").getValueType() == JsonValue.ValueType.NUMBER
                    && ((JsonNumber) found.get("value"))
                                    .bigDecimalValue()
                                    .compareTo(sent.getJsonNumber("value").bigDecimalValue())
                            == 0;
        }
        return found.containsKey("text") && found.getString("text").equals(sent.getString("text"));
    }

    private static Set<Long> ids(JsonArray array) {
        Set<Long> ids = new TreeSet<>();
        array.getValuesAs(JsonNumber.class).forEach(n -> ids.add(n.longValue()));
        return ids;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " must be set (the build sets it)");
        }
        return value;
    }
}
