package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.exam.ExamApiIT.saved;
import static org.techbroker.liberty.exam.ExamApiIT.selected;
import static org.techbroker.liberty.exam.ExamCalls.id;
import static org.techbroker.liberty.exam.ExamCalls.item;
import static org.techbroker.liberty.exam.ExamCalls.option;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.exam.ExamCalls.Candidate;
import org.techbroker.liberty.exam.ExamCalls.Exam;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamFixtures;
import org.techbroker.liberty.support.TestAccount;

/**
 * Exam administration from outside: only administrators administer (trainees get 403, anonymous
 * callers 401), blueprints with their version and refused when the bank cannot satisfy them,
 * sittings, registrations, extra time that moves the deadline the candidate sees, the release of
 * results, and every decision in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminExamApiIT {

    private static final String LEVEL = ExamFixtures.LEVEL.name();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport();
    }

    @ArquillianResource
    URL base;

    private record Admin(TestAccount account, ApiClient client) {}

    private Admin admin() {
        ApiClient client = new ApiClient(base);
        TestAccount account = client.createAdmin();
        client.signIn(account);
        return new Admin(account, client);
    }

    private ApiClient support() {
        return new ApiClient(base);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    /** The admin's audit events of this type whose detail contains the text. */
    private static List<JsonObject> audited(Admin admin, String type, String text) {
        JsonObject page = ok(admin.client()
                .get("/api/v1/admin/audit-events?type=" + type + "&person="
                        + admin.account().username()));
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("detail", "").contains(text))
                .toList();
    }

    @Test
    void onlyAdministratorsAdministerExams() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = ExamCalls.candidate(base, "exam-notadmin");
        ExamCalls.register(support(), trainee.account(), exam);
        ApiClient anonymous = new ApiClient(base);
        JsonObject extraTime = Json.createObjectBuilder().add("minutes", 30).build();
        String sitting = "/api/v1/admin/exams/sittings/" + exam.sittingId();

        for (ApiClient caller : List.of(trainee.client(), anonymous)) {
            int status = caller == anonymous ? 401 : 403;
            String type = caller == anonymous ? "unauthenticated" : "forbidden";
            assertProblem(caller.get("/api/v1/admin/exams/blueprints"), status, type);
            assertProblem(caller.get("/api/v1/admin/exams/blueprints/" + LEVEL), status, type);
            assertProblem(
                    caller.put(
                            "/api/v1/admin/exams/blueprints/" + LEVEL,
                            Json.createObjectBuilder().build()),
                    status,
                    type);
            assertProblem(caller.get("/api/v1/admin/exams/sittings"), status, type);
            assertProblem(
                    caller.post(
                            "/api/v1/admin/exams/sittings",
                            Json.createObjectBuilder().build()),
                    status,
                    type);
            assertProblem(caller.get(sitting), status, type);
            assertProblem(caller.put(sitting, Json.createObjectBuilder().build()), status, type);
            assertProblem(caller.get(sitting + "/registrations"), status, type);
            assertProblem(caller.put(sitting + "/registrations/1/extra-time", extraTime), status, type);
            assertProblem(caller.post(sitting + "/release", null), status, type);
        }
        Admin admin = admin();
        JsonObject registration =
                array(admin.client().get(sitting + "/registrations")).getJsonObject(0);
        assertThat(registration.getInt("extraMinutes"))
                .as("no extra time was granted")
                .isZero();
        assertThat(ok(admin.client().get(sitting)).containsKey("resultsReleasedAt"))
                .isFalse();
    }

    @Test
    void theExamEndpointsAreDescribed() {
        HttpResponse<String> response = new ApiClient(base).get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "/api/v1/sittings/{id}/registration",
                        "/api/v1/sittings/{id}/attempts",
                        "/api/v1/attempts/{id}/answers/{itemId}",
                        "/api/v1/attempts/{id}/submission",
                        "/api/v1/admin/exams/blueprints/{level}",
                        "/api/v1/admin/exams/sittings/{id}/registrations/{accountId}/extra-time",
                        "/api/v1/admin/exams/sittings/{id}/release",
                        "AnswerBody");
    }

    @Test
    void aBlueprintIsSavedAgainstItsVersionAndRefusedWhenTheBankFallsShort() {
        Exam exam = ExamCalls.seed(support(), 60, 1);
        Admin admin = admin();
        JsonObject current = ok(admin.client().get("/api/v1/admin/exams/blueprints/" + LEVEL));
        long version = current.getJsonNumber("version").longValue();
        assertThat(current.getJsonArray("requiredCourses").getString(0)).isEqualTo(exam.course());
        assertThat(array(admin.client().get("/api/v1/admin/exams/blueprints")).getValuesAs(JsonObject.class))
                .extracting(blueprint -> blueprint.getString("level"))
                .contains(LEVEL);

        // Four easy items where the bank holds three, and hard objective items where it holds none.
        JsonObject tooMuch = Json.createObjectBuilder(blueprint(exam, 4, 3, 1, 90, version))
                .add(
                        "cells",
                        Json.createArrayBuilder(
                                        blueprint(exam, 4, 3, 1, 90, version).getJsonArray("cells"))
                                .add(Json.createObjectBuilder()
                                        .add("course", exam.course())
                                        .add("difficulty", "HARD")
                                        .add("itemCount", 1)))
                .build();
        JsonObject refusal = assertProblem(
                admin.client().put("/api/v1/admin/exams/blueprints/" + LEVEL, tooMuch), 400, "invalid-request");
        assertThat(refusal.getString("detail")).contains(exam.course());
        assertThat(refusal.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("cells[0]", "cells[2]");
        assertThat(refusal.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains(exam.course(), "EASY", "3", "4");
        assertThat(ok(admin.client().get("/api/v1/admin/exams/blueprints/" + LEVEL))
                        .getJsonNumber("version")
                        .longValue())
                .as("nothing changed")
                .isEqualTo(version);

        JsonObject changed = ok(
                admin.client().put("/api/v1/admin/exams/blueprints/" + LEVEL, blueprint(exam, 3, 3, 1, 90, version)));
        assertThat(changed.getInt("durationMinutes")).isEqualTo(90);
        assertThat(changed.getJsonNumber("version").longValue()).isGreaterThan(version);
        assertProblem(
                admin.client().put("/api/v1/admin/exams/blueprints/" + LEVEL, blueprint(exam, 3, 3, 1, 75, version)),
                409,
                "conflict");
        assertThat(ok(admin.client().get("/api/v1/admin/exams/blueprints/" + LEVEL))
                        .getInt("durationMinutes"))
                .isEqualTo(90);
        assertProblem(admin.client().get("/api/v1/admin/exams/blueprints/MASTER"), 404, "not-found");
        assertProblem(
                admin.client()
                        .put(
                                "/api/v1/admin/exams/blueprints/" + LEVEL,
                                Json.createObjectBuilder()
                                        .add("durationMinutes", 60)
                                        .build()),
                400,
                "invalid-request");

        List<JsonObject> events = audited(admin, "EXAM_BLUEPRINT_SAVED", "duration: 60 -> 90");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getString("actor")).isEqualTo(admin.account().username());
        assertThat(events.get(0).getString("clientAddress")).isNotBlank();
        assertThat(events.get(0).getString("occurredAt")).isNotBlank();
    }

    private static JsonObject blueprint(Exam exam, int easy, int medium, int essays, int minutes, long version) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add(
                        "cells",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("course", exam.course())
                                        .add("difficulty", "EASY")
                                        .add("itemCount", easy))
                                .add(Json.createObjectBuilder()
                                        .add("course", exam.course())
                                        .add("difficulty", "MEDIUM")
                                        .add("itemCount", medium)))
                .add("essayCount", essays)
                .add("durationMinutes", minutes)
                .add("objectivePassPercent", 60)
                .add("essayPassPercent", 60)
                .add("shuffleOptions", true)
                .add("requiredCourses", Json.createArrayBuilder().add(exam.course()))
                .add("version", version);
        return body.build();
    }

    @Test
    void sittingsAreCreatedChangedAgainstTheirVersionAndListed() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Admin admin = admin();
        Instant opens = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(3, ChronoUnit.HOURS);
        JsonObject title = Json.createObjectBuilder()
                .add("zh", "高级考试 " + exam.course())
                .add("en", "Senior exam " + exam.course())
                .build();

        HttpResponse<String> created = admin.client()
                .post(
                        "/api/v1/admin/exams/sittings",
                        Json.createObjectBuilder()
                                .add("level", LEVEL)
                                .add("title", title)
                                .add("opensAt", opens.toString())
                                .add("closesAt", closes.toString())
                                .add("capacity", 30)
                                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject sitting = ApiClient.json(created);
        long id = sitting.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/admin/exams/sittings/" + id));
        assertThat(sitting.getJsonArray("requiredCourses").getString(0)).isEqualTo(exam.course());
        assertThat(Instant.parse(sitting.getString("opensAt"))).isEqualTo(opens);
        assertThat(sitting.getInt("capacity")).isEqualTo(30);

        JsonObject change = Json.createObjectBuilder()
                .add("title", title)
                .add("opensAt", opens.toString())
                .add("closesAt", closes.toString())
                .add("capacity", 45)
                .add("version", sitting.getJsonNumber("version").longValue())
                .build();
        JsonObject changed = ok(admin.client().put("/api/v1/admin/exams/sittings/" + id, change));
        assertThat(changed.getInt("capacity")).isEqualTo(45);
        assertProblem(admin.client().put("/api/v1/admin/exams/sittings/" + id, change), 409, "conflict");
        assertProblem(
                admin.client()
                        .post(
                                "/api/v1/admin/exams/sittings",
                                Json.createObjectBuilder()
                                        .add("level", LEVEL)
                                        .add("title", title)
                                        .add("opensAt", closes.toString())
                                        .add("closesAt", opens.toString())
                                        .add("capacity", 30)
                                        .build()),
                400,
                "invalid-request");
        JsonObject missing = assertProblem(
                admin.client()
                        .post(
                                "/api/v1/admin/exams/sittings",
                                Json.createObjectBuilder().build()),
                400,
                "invalid-request");
        assertThat(missing.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("level", "title", "opensAt", "closesAt");
        assertProblem(admin.client().get("/api/v1/admin/exams/sittings/" + (id + 1_000_000)), 404, "not-found");

        assertThat(array(admin.client().get("/api/v1/admin/exams/sittings")).getValuesAs(JsonObject.class))
                .extracting(listed -> listed.getJsonNumber("id").longValue())
                .contains(id, exam.sittingId());
        assertThat(audited(admin, "EXAM_SITTING_CREATED", "sitting=" + id)).hasSize(1);
        assertThat(audited(admin, "EXAM_SITTING_CHANGED", "sitting=" + id))
                .singleElement()
                .satisfies(event -> assertThat(event.getString("detail")).contains("capacity: 30 -> 45"));
    }

    @Test
    void extraTimeMovesTheDeadlineTheCandidateSeesAndResultsShowAfterRelease() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Admin admin = admin();
        Candidate trainee = ExamCalls.candidate(base, "exam-extra");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject attempt = trainee.attempt(attemptId);
        Instant deadline = Instant.parse(attempt.getString("deadline"));
        String sitting = "/api/v1/admin/exams/sittings/" + exam.sittingId();

        JsonObject registration =
                array(admin.client().get(sitting + "/registrations")).getJsonObject(0);
        assertThat(registration.getString("username"))
                .isEqualTo(trainee.account().username());
        assertThat(registration.getString("attemptState")).isEqualTo("IN_PROGRESS");
        long accountId = registration.getJsonNumber("accountId").longValue();

        JsonObject granted = ok(admin.client()
                .put(
                        sitting + "/registrations/" + accountId + "/extra-time",
                        Json.createObjectBuilder().add("minutes", 15).build()));
        assertThat(granted.getInt("extraMinutes")).isEqualTo(15);
        assertThat(Instant.parse(granted.getString("deadline"))).isEqualTo(deadline.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(trainee.attempt(attemptId).getString("deadline")))
                .isEqualTo(deadline.plus(Duration.ofMinutes(15)));
        JsonObject single = item(attempt, "SINGLE_CHOICE");
        JsonObject save = saved(trainee.save(attemptId, id(single), selected(option(single, 0))));
        assertThat(Instant.parse(save.getString("deadline"))).isEqualTo(deadline.plus(Duration.ofMinutes(15)));
        assertThat(audited(admin, "EXAM_EXTRA_TIME_GRANTED", "sitting=" + exam.sittingId()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getString("subject"))
                            .isEqualTo(trainee.account().username());
                    assertThat(event.getString("detail")).contains("extraMinutes: 0 -> 15");
                });

        assertProblem(
                admin.client()
                        .put(
                                sitting + "/registrations/" + accountId + "/extra-time",
                                Json.createObjectBuilder()
                                        .add("minutes", 100_000)
                                        .build()),
                400,
                "invalid-request");
        assertProblem(
                admin.client()
                        .put(
                                sitting + "/registrations/" + accountId + "/extra-time",
                                Json.createObjectBuilder().build()),
                400,
                "invalid-request");
        assertProblem(
                admin.client()
                        .put(
                                sitting + "/registrations/" + (accountId + 1_000_000) + "/extra-time",
                                Json.createObjectBuilder().add("minutes", 5).build()),
                404,
                "not-found");
        assertThat(Instant.parse(trainee.attempt(attemptId).getString("deadline")))
                .isEqualTo(deadline.plus(Duration.ofMinutes(15)));

        assertProblem(admin.client().post(sitting + "/release", null), 409, "conflict");
        assertThat(ok(trainee.submit(attemptId)).getBoolean("alreadySubmitted")).isFalse();
        JsonObject released = ok(admin.client().post(sitting + "/release", null));
        assertThat(released.getString("resultsReleasedAt")).isNotBlank();
        assertThat(ok(admin.client().post(sitting + "/release", null)).getString("resultsReleasedAt"))
                .isEqualTo(released.getString("resultsReleasedAt"));
        assertThat(audited(admin, "EXAM_RESULTS_RELEASED", "sitting=" + exam.sittingId()))
                .hasSize(1);

        HttpResponse<String> withResult = trainee.client().get("/api/v1/attempts/" + attemptId);
        assertThat(withResult.body()).doesNotContain("correct", "key", "explanation", "rubric");
        JsonObject result = ApiClient.json(withResult).getJsonObject("result");
        assertThat(result.getString("outcome")).isIn("PASSED", "FAILED");
        assertThat(result.getInt("objectiveMax")).isEqualTo(exam.itemCount());
        assertThat(result.getInt("objectivePassPercent")).isEqualTo(60);
        assertThat(result.containsKey("essayPoints")).isTrue();
        assertThat(result.isNull("essayPoints")).isTrue();
        JsonObject topic = result.getJsonArray("topics").getJsonObject(0);
        assertThat(topic.getString("course")).isEqualTo(exam.course());
        assertThat(topic.getInt("max")).isEqualTo(exam.itemCount());
        assertThat(topic.getJsonNumber("points").bigDecimalValue())
                .isEqualByComparingTo(result.getJsonNumber("objectivePoints").bigDecimalValue());
    }
}
