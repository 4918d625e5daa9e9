package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.exam.ExamCalls.answers;
import static org.techbroker.liberty.exam.ExamCalls.id;
import static org.techbroker.liberty.exam.ExamCalls.item;
import static org.techbroker.liberty.exam.ExamCalls.option;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.techbroker.liberty.support.ExamSupportServlet;

/**
 * The candidate's exam API from outside, as the exam page and other devices use it: eligibility
 * and registration, start and resume, items without keys, answers saved on one device and read
 * on another, idempotent saves, late saves and saves after submission refused, other people's
 * attempts that do not exist, fifty racing submissions, and the overdue sweep. Each test seeds
 * its own exam and trainees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamApiIT {

    /** What an item may hold: nothing else, and above all no key, explanation or rubric. */
    private static final Set<String> ITEM_MEMBERS = Set.of("id", "type", "stem", "options", "points", "unit");

    private static final Set<String> ATTEMPT_MEMBERS = Set.of(
            "id",
            "sittingId",
            "title",
            "state",
            "startedAt",
            "deadline",
            "serverTime",
            "submittedAt",
            "items",
            "answers",
            "result");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport();
    }

    @ArquillianResource
    URL base;

    private ApiClient support() {
        return new ApiClient(base);
    }

    private Candidate candidate(String purpose) {
        return ExamCalls.candidate(base, purpose);
    }

    private static JsonObject sitting(Candidate candidate, Exam exam) {
        HttpResponse<String> response = candidate.client().get("/api/v1/sittings?lang=en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(sitting -> sitting.getJsonNumber("id").longValue() == exam.sittingId())
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("Sitting " + exam.sittingId() + " not listed: " + response.body()));
    }

    @Test
    void onlyTraineesWhoCompletedTheRequiredCourseMayRegister() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = candidate("exam-elig");

        JsonObject before = sitting(trainee, exam);
        assertThat(before.getBoolean("registered")).isFalse();
        assertThat(before.getBoolean("eligible")).isFalse();
        assertThat(before.getJsonArray("missingCourses").getString(0)).isEqualTo(exam.course());
        assertThat(before.getBoolean("open")).isTrue();
        assertThat(before.getBoolean("full")).isFalse();
        assertThat(before.containsKey("attempt")).isFalse();
        assertThat(before.getString("title")).isEqualTo("Test sitting " + exam.course());

        JsonObject refusal = assertProblem(
                trainee.client().post("/api/v1/sittings/" + exam.sittingId() + "/registration", null), 409, "conflict");
        assertThat(refusal.getString("detail")).contains(exam.course());
        assertProblem(
                trainee.client().post("/api/v1/sittings/" + exam.sittingId() + "/attempts", null), 409, "conflict");
        assertThat(sitting(trainee, exam).getBoolean("registered")).isFalse();

        ExamCalls.makeEligible(support(), trainee.account(), exam);
        assertThat(sitting(trainee, exam).getBoolean("eligible")).isTrue();
        assertThat(sitting(trainee, exam).getJsonArray("missingCourses")).isEmpty();

        HttpResponse<String> registered =
                trainee.client().post("/api/v1/sittings/" + exam.sittingId() + "/registration", null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(ApiClient.json(registered).getBoolean("registered")).isTrue();
        HttpResponse<String> again =
                trainee.client().post("/api/v1/sittings/" + exam.sittingId() + "/registration", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(sitting(trainee, exam).getBoolean("registered")).isTrue();
    }

    @Test
    void theSittingListSpeaksTheAskedLanguageAndRegistrationNeedsTheCsrfToken() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = candidate("exam-lang");
        ExamCalls.makeEligible(support(), trainee.account(), exam);

        HttpResponse<String> chinese = trainee.client().get("/api/v1/sittings?lang=zh");
        assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(chinese.body()).contains("测试考试 " + exam.course());
        assertThat(trainee.client().speaking("zh-CN").get("/api/v1/sittings").body())
                .contains("测试考试 " + exam.course());
        assertProblem(trainee.client().get("/api/v1/sittings?lang=fr"), 400, "invalid-request");

        HttpResponse<String> withoutToken =
                trainee.client().send("POST", "/api/v1/sittings/" + exam.sittingId() + "/registration", null, null);
        assertProblem(withoutToken, 403, "csrf-token-missing");
        assertThat(sitting(trainee, exam).getBoolean("registered")).isFalse();
        assertProblem(support().get("/api/v1/sittings"), 401, "unauthenticated");
    }

    @Test
    void startingAgainFromAnotherDeviceResumesTheSameAttemptAndDeadline() {
        Exam exam = ExamCalls.seed(support(), 45, 1);
        Candidate trainee = candidate("exam-start");
        ExamCalls.register(support(), trainee.account(), exam);

        HttpResponse<String> started =
                trainee.client().post("/api/v1/sittings/" + exam.sittingId() + "/attempts", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonObject first = ApiClient.json(started);
        long attemptId = first.getJsonNumber("attemptId").longValue();
        assertThat(started.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/attempts/" + attemptId));
        assertThat(first.getBoolean("resumed")).isFalse();
        assertThat(first.getString("state")).isEqualTo("IN_PROGRESS");

        Candidate phone = trainee.onAnotherDevice(base);
        HttpResponse<String> resumed = phone.client().post("/api/v1/sittings/" + exam.sittingId() + "/attempts", null);
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        JsonObject second = ApiClient.json(resumed);
        assertThat(second.getJsonNumber("attemptId").longValue()).isEqualTo(attemptId);
        assertThat(second.getBoolean("resumed")).isTrue();
        assertThat(second.getString("deadline")).isEqualTo(first.getString("deadline"));

        JsonObject attempt = phone.attempt(attemptId);
        assertThat(attempt.getString("deadline")).isEqualTo(first.getString("deadline"));
        assertThat(Duration.between(
                        Instant.parse(attempt.getString("startedAt")), Instant.parse(attempt.getString("deadline"))))
                .isEqualTo(Duration.ofMinutes(45));
        assertThat(Duration.between(Instant.parse(attempt.getString("serverTime")), Instant.now())
                        .abs())
                .isLessThan(Duration.ofMinutes(1));
        JsonObject listed = sitting(trainee, exam).getJsonObject("attempt");
        assertThat(listed.getJsonNumber("id").longValue()).isEqualTo(attemptId);
        assertThat(listed.getString("state")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void itemsCarryNoKeyExplanationOrRubric() {
        Exam exam = ExamCalls.seed(support(), 60, 1);
        Candidate trainee = candidate("exam-items");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);

        for (String lang : List.of("en", "zh")) {
            HttpResponse<String> response = trainee.client().get("/api/v1/attempts/" + attemptId + "?lang=" + lang);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .as("the whole attempt document, in %s", lang)
                    .doesNotContain("correct", "key", "explanation", "rubric", "Fixture explanation", "测试说明")
                    .doesNotContain("Criterion", "评分项", "numericAnswer", "tolerance");
            JsonObject attempt = ApiClient.json(response);
            assertThat(ATTEMPT_MEMBERS).containsAll(attempt.keySet());
            assertThat(attempt.keySet())
                    .contains("id", "sittingId", "state", "startedAt", "deadline", "serverTime", "items", "answers");
            assertThat(attempt.getJsonArray("items")).hasSize(exam.itemCount() + exam.essayCount());
            for (JsonObject item : attempt.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(ITEM_MEMBERS).as("members of %s", item).containsAll(item.keySet());
                assertThat(item.keySet()).contains("id", "type", "stem", "options", "points");
                assertThat(item.getString("type"))
                        .isIn("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "NUMERIC", "ESSAY");
                for (JsonObject option : item.getJsonArray("options").getValuesAs(JsonObject.class)) {
                    assertThat(option.keySet()).containsExactlyInAnyOrder("id", "text");
                }
                if (item.getString("type").equals("NUMERIC")
                        || item.getString("type").equals("ESSAY")) {
                    assertThat(item.getJsonArray("options")).isEmpty();
                } else {
                    assertThat(item.getJsonArray("options")).isNotEmpty();
                }
            }
            String stem = item(attempt, "NUMERIC").getString("stem");
            assertThat(stem)
                    .isEqualTo(lang.equals("zh") ? "按成本法，该技术的重置成本是多少元？" : "Fixture question: 按成本法，该技术的重置成本是多少元？");
        }
    }

    @Test
    void answersSavedOnOneDeviceAreFoundOnAnother() {
        Exam exam = ExamCalls.seed(support(), 60, 1);
        Candidate laptop = candidate("exam-devices");
        ExamCalls.register(support(), laptop.account(), exam);
        long attemptId = laptop.start(exam);
        JsonObject attempt = laptop.attempt(attemptId);
        assertThat(answers(attempt)).isEmpty();

        JsonObject single = item(attempt, "SINGLE_CHOICE");
        JsonObject multiple = item(attempt, "MULTIPLE_CHOICE");
        JsonObject numeric = item(attempt, "NUMERIC");
        JsonObject essay = item(attempt, "ESSAY");
        String essayText = "第一步，了解企业的技术需求。\n第二步，检索可转化的成果。\"引号\"与 \\ 反斜杠。";
        saved(laptop.save(attemptId, id(single), selected(option(single, 1))));
        saved(laptop.save(
                attemptId,
                id(multiple),
                Json.createObjectBuilder()
                        .add(
                                "selected",
                                Json.createArrayBuilder()
                                        .add(option(multiple, 2))
                                        .add(option(multiple, 0)))
                        .build()));
        JsonObject numericSave = saved(laptop.save(
                attemptId,
                id(numeric),
                Json.createObjectBuilder().add("value", 2400000.5).build()));
        saved(laptop.save(
                attemptId,
                id(essay),
                Json.createObjectBuilder().add("text", essayText).build()));
        assertThat(numericSave.getInt("revision")).isEqualTo(1);
        assertThat(numericSave.getJsonNumber("itemId").longValue()).isEqualTo(id(numeric));
        assertThat(numericSave.getString("deadline")).isEqualTo(attempt.getString("deadline"));
        assertThat(numericSave.keySet())
                .containsExactlyInAnyOrder("itemId", "savedAt", "revision", "deadline", "serverTime");

        Candidate phone = laptop.onAnotherDevice(base);
        JsonObject read = answers(phone.attempt(attemptId));
        assertThat(read.keySet())
                .containsExactlyInAnyOrder(
                        String.valueOf(id(single)),
                        String.valueOf(id(multiple)),
                        String.valueOf(id(numeric)),
                        String.valueOf(id(essay)));
        JsonObject singleAnswer = read.getJsonObject(String.valueOf(id(single)));
        assertThat(singleAnswer.getJsonArray("selected").getJsonNumber(0).longValue())
                .isEqualTo(option(single, 1));
        assertThat(singleAnswer.getString("savedAt")).isNotBlank();
        assertThat(singleAnswer.keySet()).containsExactlyInAnyOrder("selected", "savedAt", "revision");
        assertThat(read
                        .getJsonObject(String.valueOf(id(multiple)))
                        .getJsonArray("selected")
                        .getValuesAs(JsonNumber.class)
                        .stream()
                        .map(n -> n.longValue())
                        .toList())
                .containsExactlyInAnyOrder(option(multiple, 0), option(multiple, 2));
        assertThat(read.getJsonObject(String.valueOf(id(numeric)))
                        .getJsonNumber("value")
                        .bigDecimalValue())
                .isEqualByComparingTo("2400000.5");
        assertThat(read.getJsonObject(String.valueOf(id(essay))).getString("text"))
                .isEqualTo(essayText);

        JsonObject changed = saved(phone.save(attemptId, id(single), selected(option(single, 0))));
        assertThat(changed.getInt("revision")).isEqualTo(2);
        assertThat(answers(laptop.attempt(attemptId))
                        .getJsonObject(String.valueOf(id(single)))
                        .getJsonArray("selected")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(option(single, 0));
    }

    @Test
    void savingTheSameAnswerAgainChangesNothing() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = candidate("exam-idem");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject attempt = trainee.attempt(attemptId);
        JsonObject numeric = item(attempt, "NUMERIC");
        JsonObject multiple = item(attempt, "MULTIPLE_CHOICE");

        JsonObject first = saved(trainee.save(
                attemptId,
                id(numeric),
                Json.createObjectBuilder().add("value", new BigDecimal("2.50")).build()));
        JsonObject repeated = saved(trainee.save(
                attemptId,
                id(numeric),
                Json.createObjectBuilder().add("value", new BigDecimal("2.5")).build()));
        assertThat(repeated.getInt("revision")).isEqualTo(first.getInt("revision"));
        assertThat(repeated.getString("savedAt")).isEqualTo(first.getString("savedAt"));

        JsonObject chosen = saved(trainee.save(
                attemptId,
                id(multiple),
                Json.createObjectBuilder()
                        .add(
                                "selected",
                                Json.createArrayBuilder()
                                        .add(option(multiple, 0))
                                        .add(option(multiple, 1)))
                        .build()));
        JsonObject reordered = saved(trainee.save(
                attemptId,
                id(multiple),
                Json.createObjectBuilder()
                        .add(
                                "selected",
                                Json.createArrayBuilder()
                                        .add(option(multiple, 1))
                                        .add(option(multiple, 0)))
                        .build()));
        assertThat(reordered.getInt("revision"))
                .isEqualTo(chosen.getInt("revision"))
                .isEqualTo(1);
        JsonObject cleared = saved(trainee.save(
                attemptId,
                id(multiple),
                Json.createObjectBuilder()
                        .add("selected", JsonValue.EMPTY_JSON_ARRAY)
                        .build()));
        assertThat(cleared.getInt("revision")).isEqualTo(2);
        assertThat(answers(trainee.attempt(attemptId))
                        .getJsonObject(String.valueOf(id(multiple)))
                        .getJsonArray("selected"))
                .isEmpty();
    }

    @Test
    void aSaveAfterTheDeadlineIsRefusedAndChangesNothing() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = candidate("exam-late");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject single = item(trainee.attempt(attemptId), "SINGLE_CHOICE");
        saved(trainee.save(attemptId, id(single), selected(option(single, 0))));

        moveDeadline(attemptId, -5);

        assertProblem(trainee.save(attemptId, id(single), selected(option(single, 1))), 409, "conflict");
        JsonObject kept = answers(trainee.attempt(attemptId)).getJsonObject(String.valueOf(id(single)));
        assertThat(kept.getJsonArray("selected").getJsonNumber(0).longValue()).isEqualTo(option(single, 0));
        assertThat(kept.getInt("revision")).isEqualTo(1);
    }

    @Test
    void aSaveAfterTheSubmissionIsRefusedAndChangesNothing() {
        Exam exam = ExamCalls.seed(support(), 60, 1);
        Candidate trainee = candidate("exam-after");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject essay = item(trainee.attempt(attemptId), "ESSAY");
        saved(trainee.save(
                attemptId,
                id(essay),
                Json.createObjectBuilder().add("text", "初稿").build()));

        HttpResponse<String> submitted = trainee.submit(attemptId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonObject submission = ApiClient.json(submitted);
        assertThat(submission.getBoolean("alreadySubmitted")).isFalse();
        assertThat(submission.getBoolean("automatically")).isFalse();

        JsonObject refusal = assertProblem(
                trainee.save(
                        attemptId,
                        id(essay),
                        Json.createObjectBuilder().add("text", "改稿").build()),
                409,
                "conflict");
        assertThat(refusal.getString("detail")).contains(String.valueOf(attemptId));
        JsonObject attempt = trainee.attempt(attemptId);
        assertThat(attempt.getString("state")).isEqualTo("SUBMITTED");
        assertThat(attempt.getString("submittedAt")).isEqualTo(submission.getString("submittedAt"));
        assertThat(answers(attempt).getJsonObject(String.valueOf(id(essay))).getString("text"))
                .isEqualTo("初稿");
        assertThat(attempt.containsKey("result")).as("no result before release").isFalse();

        JsonObject repeated = ApiClient.json(trainee.submit(attemptId));
        assertThat(repeated.getBoolean("alreadySubmitted")).isTrue();
        assertThat(repeated.getString("submittedAt")).isEqualTo(submission.getString("submittedAt"));
    }

    @Test
    void anotherTraineesAttemptDoesNotExist() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate owner = candidate("exam-owner");
        Candidate intruder = candidate("exam-intruder");
        ExamCalls.register(support(), owner.account(), exam);
        ExamCalls.register(support(), intruder.account(), exam);
        long attemptId = owner.start(exam);
        JsonObject single = item(owner.attempt(attemptId), "SINGLE_CHOICE");
        long madeUp = attemptId + 1_000_000;

        HttpResponse<String> read = intruder.client().get("/api/v1/attempts/" + attemptId);
        HttpResponse<String> save = intruder.save(attemptId, id(single), selected(option(single, 0)));
        HttpResponse<String> submit = intruder.submit(attemptId);
        HttpResponse<String> readMadeUp = intruder.client().get("/api/v1/attempts/" + madeUp);
        HttpResponse<String> saveMadeUp = intruder.save(madeUp, id(single), selected(option(single, 0)));
        HttpResponse<String> submitMadeUp = intruder.submit(madeUp);

        for (HttpResponse<String> response : List.of(read, save, submit, readMadeUp, saveMadeUp, submitMadeUp)) {
            assertProblem(response, 404, "not-found");
        }
        assertThat(withoutId(read, attemptId)).isEqualTo(withoutId(readMadeUp, madeUp));
        assertThat(withoutId(save, attemptId)).isEqualTo(withoutId(saveMadeUp, madeUp));
        assertThat(withoutId(submit, attemptId)).isEqualTo(withoutId(submitMadeUp, madeUp));

        JsonObject untouched = owner.attempt(attemptId);
        assertThat(untouched.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(answers(untouched)).isEmpty();
        assertProblem(support().get("/api/v1/attempts/" + attemptId), 401, "unauthenticated");
    }

    @Test
    void fiftyParallelSubmissionsMakeExactlyOne() {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = candidate("exam-race");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject single = item(trainee.attempt(attemptId), "SINGLE_CHOICE");
        saved(trainee.save(attemptId, id(single), selected(option(single, 0))));

        List<CompletableFuture<HttpResponse<String>>> racing = IntStream.range(0, 50)
                .mapToObj(i -> trainee.client().postAsync("/api/v1/attempts/" + attemptId + "/submission"))
                .toList();
        List<HttpResponse<String>> responses =
                racing.stream().map(CompletableFuture::join).toList();

        assertThat(responses)
                .allSatisfy(response ->
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
        List<JsonObject> submissions = responses.stream().map(ApiClient::json).toList();
        assertThat(submissions.stream().filter(s -> !s.getBoolean("alreadySubmitted")))
                .hasSize(1);
        Set<String> submittedAt =
                submissions.stream().map(s -> s.getString("submittedAt")).collect(Collectors.toSet());
        assertThat(submittedAt).hasSize(1);
        JsonObject attempt = trainee.attempt(attemptId);
        assertThat(attempt.getString("state")).isEqualTo("SUBMITTED");
        assertThat(attempt.getString("submittedAt"))
                .isEqualTo(submittedAt.iterator().next());
    }

    @Test
    void anOverdueAttemptIsSubmittedByTheServer() throws InterruptedException {
        Exam exam = ExamCalls.seed(support(), 60, 0);
        Candidate trainee = candidate("exam-overdue");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject single = item(trainee.attempt(attemptId), "SINGLE_CHOICE");
        saved(trainee.save(attemptId, id(single), selected(option(single, 0))));

        moveDeadline(attemptId, -1);
        JsonObject attempt = trainee.attempt(attemptId);
        Instant giveUp = Instant.now().plusSeconds(30);
        while (attempt.getString("state").equals("IN_PROGRESS") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            attempt = trainee.attempt(attemptId);
        }

        assertThat(attempt.getString("state")).as("submitted by the sweep").isEqualTo("SUBMITTED");
        assertThat(attempt.getString("submittedAt")).isNotBlank();
        assertThat(answers(attempt).getJsonObject(String.valueOf(id(single)))).isNotNull();
        JsonObject submission = ApiClient.json(trainee.submit(attemptId));
        assertThat(submission.getBoolean("automatically")).isTrue();
        assertThat(submission.getBoolean("alreadySubmitted")).isTrue();
        assertThat(submission.getString("submittedAt")).isEqualTo(attempt.getString("submittedAt"));
        assertThat(sitting(trainee, exam).getJsonObject("attempt").getString("state"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aSixtyThousandCharacterChineseEssayIsSavedWhole() {
        Exam exam = ExamCalls.seed(support(), 60, 1);
        Candidate trainee = candidate("exam-essay");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject essay = item(trainee.attempt(attemptId), "ESSAY");
        String text = "技术经纪人促进科技成果转化。".repeat(60_000 / 14) + "转".repeat(60_000 % 14);
        assertThat(text).hasSize(60_000);

        HttpResponse<String> response = trainee.save(
                attemptId,
                id(essay),
                Json.createObjectBuilder().add("text", text).build());

        saved(response);
        assertThat(response.request().bodyPublisher().orElseThrow().contentLength())
                .as("about 180 KB of UTF-8")
                .isGreaterThan(180_000);
        assertThat(answers(trainee.attempt(attemptId))
                        .getJsonObject(String.valueOf(id(essay)))
                        .getString("text"))
                .isEqualTo(text);
    }

    @Test
    void badBodiesAreRefusedWithTheMemberNamedAndNothingIsSaved() {
        Exam exam = ExamCalls.seed(support(), 60, 1);
        Candidate trainee = candidate("exam-bad");
        ExamCalls.register(support(), trainee.account(), exam);
        long attemptId = trainee.start(exam);
        JsonObject attempt = trainee.attempt(attemptId);
        long single = id(item(attempt, "SINGLE_CHOICE"));
        long option = option(item(attempt, "SINGLE_CHOICE"), 0);
        long numeric = id(item(attempt, "NUMERIC"));
        long essay = id(item(attempt, "ESSAY"));

        record Bad(long item, String body, String field) {}
        List<Bad> bodies = List.of(
                new Bad(single, "{\"selected\": [" + option + "], \"value\": 1}", "body"),
                new Bad(single, "{\"selected\": [" + option + "], \"text\": \"a\"}", "body"),
                new Bad(single, "{}", "body"),
                new Bad(single, "[" + option + "]", "body"),
                new Bad(single, "{\"selected\": [" + option + "], \"colour\": \"red\"}", "colour"),
                new Bad(single, "{\"selected\": \"" + option + "\"}", "selected"),
                new Bad(single, "{\"selected\": [\"" + option + "\"]}", "selected"),
                new Bad(single, "{\"selected\": [1.5]}", "selected"),
                new Bad(single, "{\"selected\": null}", "selected"),
                new Bad(single, "{\"selected\": [999999999999]}", "selected"),
                new Bad(single, "{\"selected\": [" + option + ", " + option + "]}", "selected"),
                new Bad(single, "{\"value\": 1}", "value"),
                new Bad(numeric, "{\"value\": \"2400000\"}", "value"),
                new Bad(numeric, "{\"value\": true}", "value"),
                new Bad(numeric, "{\"value\": 1e20}", "value"),
                new Bad(numeric, "{\"value\": 0.000000001}", "value"),
                new Bad(numeric, "{\"selected\": []}", "selected"),
                new Bad(essay, "{\"text\": 5}", "text"),
                new Bad(essay, "{\"text\": \"" + "论".repeat(60_001) + "\"}", "text"));
        for (Bad bad : bodies) {
            HttpResponse<String> response = trainee.client()
                    .send(
                            "PUT",
                            ExamCalls.answerPath(attemptId, bad.item()),
                            ApiClient.JSON,
                            bad.body(),
                            ApiClient.CSRF_HEADER,
                            trainee.client().csrfToken());
            JsonObject problem = assertProblem(response, 400, "invalid-request");
            assertThat(problem.getJsonArray("errors"))
                    .as("errors for %s", bad.body().length() > 80 ? bad.body().substring(0, 80) : bad.body())
                    .isNotEmpty();
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field"))
                    .contains(bad.field());
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .allSatisfy(error -> assertThat(error.getString("message")).isNotBlank());
        }

        for (String notJson : List.of("selected=" + option, "{\"selected\": [" + option + "]", "\"" + option + "\"")) {
            assertProblem(
                    trainee.client()
                            .send(
                                    "PUT",
                                    ExamCalls.answerPath(attemptId, single),
                                    ApiClient.JSON,
                                    notJson,
                                    ApiClient.CSRF_HEADER,
                                    trainee.client().csrfToken()),
                    400,
                    "malformed-body");
        }
        HttpResponse<String> empty = trainee.client()
                .send(
                        "PUT",
                        ExamCalls.answerPath(attemptId, single),
                        ApiClient.JSON,
                        null,
                        ApiClient.CSRF_HEADER,
                        trainee.client().csrfToken());
        assertThat(assertProblem(empty).getInt("status")).isEqualTo(400);
        assertProblem(
                trainee.client()
                        .send(
                                "PUT",
                                ExamCalls.answerPath(attemptId, single),
                                "text/plain",
                                "{\"selected\": [" + option + "]}",
                                ApiClient.CSRF_HEADER,
                                trainee.client().csrfToken()),
                415,
                "unsupported-media-type");
        assertProblem(
                trainee.client()
                        .send(
                                "PUT",
                                ExamCalls.answerPath(attemptId, essay),
                                ApiClient.JSON,
                                "{\"text\": \"" + "a".repeat(1024 * 1024) + "\"}",
                                ApiClient.CSRF_HEADER,
                                trainee.client().csrfToken()),
                413,
                "payload-too-large");
        assertProblem(trainee.save(attemptId, attemptId * 1000 + 7, selected(option)), 404, "not-found");

        assertThat(answers(trainee.attempt(attemptId))).as("nothing saved").isEmpty();
    }

    /** The body with the attempt's id (in the detail and the instance) written as {id}. */
    private static String withoutId(HttpResponse<String> response, long attemptId) {
        return response.body().replaceAll("\\b" + attemptId + "\\b", "{id}");
    }

    private void moveDeadline(long attemptId, int secondsFromNow) {
        HttpResponse<String> moved = support()
                .send(
                        "POST",
                        ExamSupportServlet.PATH + "/deadline?attempt=" + attemptId + "&secondsFromNow="
                                + secondsFromNow,
                        null,
                        null);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    }

    static JsonObject selected(long optionId) {
        return Json.createObjectBuilder()
                .add("selected", Json.createArrayBuilder().add(optionId))
                .build();
    }

    static JsonObject saved(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("save: %s", response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }
}
