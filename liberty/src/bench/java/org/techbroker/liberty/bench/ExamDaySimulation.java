package org.techbroker.liberty.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * An exam day: every candidate signs in during the login window before the start (a quarter of
 * an hour in reality, compressed here: see docs/exam-day-benchmark.md), registers for the day's
 * sitting, starts within the first minute after it opens, loads the exam, saves an answer every 30
 * seconds and submits within the last 10 seconds before the deadline. A trivial endpoint
 * ({@code GET /health/live}) is measured at a constant rate through the same run as the baseline.
 *
 * <p>Request names (and so the rows of the report): login, register, start, load, save, submit,
 * "baseline (login window)" and "baseline (exam)".
 */
public class ExamDaySimulation extends Simulation {

    private static final String CSRF = "X-CSRF-Token";

    private final BenchSettings settings = BenchSettings.fromSystemProperties();

    /** Set by {@link #before()}: the sitting and its opening, the exam's start. */
    private static volatile long sittingId;

    private static volatile long startMillis;

    /** An item of the candidate's form, and what to answer to it. */
    record Item(long id, String type, List<Long> options) {

        String answer(int round) {
            return switch (type) {
                case "SINGLE_CHOICE", "TRUE_FALSE" -> "{\"selected\":[" + options.get(round % options.size()) + "]}";
                case "MULTIPLE_CHOICE" ->
                    "{\"selected\":[" + options.get(round % options.size()) + ","
                            + options.get((round + 1) % options.size()) + "]}";
                case "NUMERIC" -> "{\"value\":" + (1_000_000 + round * 250) + "}";
                default -> "{\"text\":\"" + ESSAY.repeat(1 + round % 4) + "\"}";
            };
        }
    }

    private static final String ESSAY =
            "技术经纪人首先应明确企业的技术需求与预算，再检索可匹配的成果与专利，评估其权利状态与" + "成熟度，组织供需双方洽谈，协助约定技术合同的标的、价款与风险分担，并跟踪实施与后续服务。";

    @Override
    public void before() {
        Duration untilStart = settings.loginWindow().plusSeconds(20);
        try {
            BenchSetup.Prepared prepared = new BenchSetup(settings).prepare(untilStart);
            sittingId = prepared.sittingId();
            startMillis = prepared.opensAt().toEpochMilli();
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the exam day", e);
        }
        System.out.printf(
                "Exam day: %d candidates, logins over %s, sitting %d opens at %s, exam %d min%n",
                settings.candidates(),
                settings.loginWindow(),
                sittingId,
                Instant.ofEpochMilli(startMillis),
                settings.examMinutes());
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                .acceptHeader("application/json")
                .acceptLanguageHeader("zh-CN")
                .userAgentHeader("techbroker-exam-day-benchmark");

        Iterator<Map<String, Object>> accounts = IntStream.rangeClosed(1, settings.candidates())
                .mapToObj(i -> Map.<String, Object>of("username", settings.username(i)))
                .iterator();

        ScenarioBuilder candidate = scenario("candidate")
                .feed(accounts)
                .exec(session -> session.set("sittingId", sittingId))
                .exec(http("login")
                        .post("/api/v1/auth/login")
                        .body(StringBody(
                                "{\"username\":\"#{username}\",\"password\":\"" + settings.accountPassword() + "\"}"))
                        .asJson()
                        .check(status().is(200), jmesPath("csrfToken").saveAs("csrf")))
                .exec(http("register")
                        .post("/api/v1/sittings/#{sittingId}/registration")
                        .header(CSRF, "#{csrf}")
                        .check(status().is(200)))
                // Everyone starts within the first minute after the sitting opens.
                .pause(session -> until(startMillis
                        + ThreadLocalRandom.current()
                                .nextLong(settings.startWindow().toMillis())))
                .exec(http("start")
                        .post("/api/v1/sittings/#{sittingId}/attempts")
                        .header(CSRF, "#{csrf}")
                        .check(
                                status().in(200, 201),
                                jmesPath("attemptId").saveAs("attemptId"),
                                jmesPath("deadline").saveAs("deadline")))
                .exec(http("load")
                        .get("/api/v1/attempts/#{attemptId}")
                        .check(status().is(200), bodyString().saveAs("attempt")))
                .exec(ExamDaySimulation::plan)
                .pause(session -> until(session.getLong("firstSaveAt")))
                .repeat(session -> session.getInt("saves"), "k")
                .on(
                        pace(settings.savePeriod()),
                        exec(ExamDaySimulation::nextAnswer),
                        exec(http("save")
                                .put("/api/v1/attempts/#{attemptId}/answers/#{itemId}")
                                .header(CSRF, "#{csrf}")
                                .body(StringBody("#{answer}"))
                                .asJson()
                                .check(status().is(200))))
                .pause(session -> until(session.getLong("submitAt")))
                .exec(http("submit")
                        .post("/api/v1/attempts/#{attemptId}/submission")
                        .header(CSRF, "#{csrf}")
                        .check(status().is(200)));

        // Named by phase, so that the logins (CPU-bound password hashing) and the exam each have their baseline.
        ScenarioBuilder baseline = scenario("baseline")
                .exec(session -> session.set(
                        "phase",
                        System.currentTimeMillis() < startMillis ? "baseline (login window)" : "baseline (exam)"))
                .exec(http("#{phase}").get("/health/live").check(status().is(200)));

        Duration whole = settings.loginWindow()
                .plusSeconds(20)
                .plus(settings.startWindow())
                .plusMinutes(settings.examMinutes())
                .plusSeconds(10);
        setUp(
                        candidate.injectOpen(rampUsers(settings.candidates()).during(settings.loginWindow())),
                        baseline.injectOpen(constantUsersPerSec(settings.baselinePerSecond())
                                .during(whole)))
                .protocols(protocol)
                .maxDuration(whole.plusMinutes(5))
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("save").responseTime().percentile(95.0).lte(100));
    }

    /**
     * When this candidate saves (first at a random moment of their first 30 seconds, then every 30
     * seconds) and submits (within the last 10 seconds before their deadline), and the answers.
     */
    private static Session plan(Session session) {
        List<Item> items;
        try (JsonReader reader = Json.createReader(new StringReader(session.getString("attempt")))) {
            items = reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> new Item(
                            item.getJsonNumber("id").longValue(),
                            item.getString("type"),
                            item.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                                    .map(o -> o.getJsonNumber("id").longValue())
                                    .toList()))
                    .toList();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long now = System.currentTimeMillis();
        long deadline = Instant.parse(session.getString("deadline")).toEpochMilli();
        long submitAt = deadline - 1_000 - random.nextLong(9_000);
        long firstSaveAt = now + random.nextLong(30_000);
        int saves = (int) Math.max(0, (submitAt - 1_000 - firstSaveAt) / 30_000 + 1);
        return session.remove("attempt")
                .set("items", items)
                .set("submitAt", submitAt)
                .set("firstSaveAt", firstSaveAt)
                .set("saves", saves);
    }

    private static Session nextAnswer(Session session) {
        List<Item> items = session.getList("items");
        int k = session.getInt("k");
        Item item = items.get(k % items.size());
        return session.set("itemId", item.id()).set("answer", item.answer(k / items.size()));
    }

    private static Duration until(long epochMillis) {
        return Duration.ofMillis(Math.max(0, epochMillis - System.currentTimeMillis()));
    }
}
