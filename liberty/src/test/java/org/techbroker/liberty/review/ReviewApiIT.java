package org.techbroker.liberty.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamSupportServlet;
import org.techbroker.liberty.support.ReviewSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * The essay-review API from outside, as examiners, chief examiners and candidates use it: nothing
 * that names a candidate in anything examiners or chief examiners read, blind marking, divergent
 * marks adjudicated and agreeing ones settled at their mean, optimistic locking, other people's
 * markings that do not exist, bodies refused before anything changes, appeals that move the
 * result, and declared conflicts of interest. Each test seeds its own sitting, examiners and
 * candidates; allocation spreads scripts over every examiner on the server, so each test gives its
 * scripts to its own examiners with the fixture, and makes each examiner only once the scripts
 * they must be eligible for exist (whoever held a marking of a script may not take another).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewApiIT {

    private static final String ESSAY_TEXT = "To match a small enterprise with a university laboratory, the broker "
            + "first interviews the enterprise about the technical problem it cannot solve, then searches patent "
            + "databases and the laboratory's publications for results that could solve it, arranges a meeting "
            + "under a confidentiality agreement, and drafts a technology licence that shares the risk of "
            + "scaling the process from the bench to the production line.";

    /** Member names that would say whose essay a script is; no examiner or chief response has one. */
    private static final Pattern IDENTIFYING_MEMBER =
            Pattern.compile("(?i).*(candidate|attempt|account|registration|email|username|name(zh|latin)).*");

    /**
     * Members whose numbers mean something other than a person or an attempt (ids of markings,
     * flags and declarations, points, statistics, text offsets): an attempt or account id equal to
     * one of these by chance is no leak.
     */
    private static final Set<String> NUMBERS_OF_OTHER_THINGS = Set.of(
            "id",
            "markingId",
            "agreedMarkingId",
            "sittingId",
            "criterionId",
            "version",
            "maxPoints",
            "points",
            "total",
            "divergenceLimit",
            "divergencePercent",
            "finalPoints",
            "agreedPoints",
            "difference",
            "pointsBefore",
            "pointsAfter",
            "pairs",
            "scripts",
            "filled",
            "meanPercent",
            "severity",
            "exactAgreement",
            "adjacentAgreement",
            "kappa",
            "icc",
            "similarity",
            "start",
            "end",
            "status");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withReviewSupport();
    }

    @ArquillianResource
    URL base;

    /** A seeded sitting with one essay of 100 points (four criteria of 25); divergence limit 15. */
    record Exam(long sittingId, String course, long lessonId) {}

    /** A signed-in person and the client they use. */
    record Person(String username, String email, ApiClient client) {}

    /** A candidate who submitted one essay, and the identifiers no examiner may read. */
    record Candidate(
            String username, String email, long candidateId, long attemptId, String code, long itemId, Person person) {}

    @Test
    void noCandidateIdentifierReachesExaminersOrTheChief() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Candidate copier = essay(exam, ESSAY_TEXT + " The broker then follows the licence for a year.");
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);
        Person chief = examiner(true);
        Person stand = examiner(false);
        List<HttpResponse<String>> read = new ArrayList<>();

        // The chief gives the second marker's place to another examiner.
        JsonObject secondsMarking = marking(second, candidate.code(), "MARKER");
        long secondsId = id(secondsMarking);
        assertThat(okStrings(seen(read, chief.client().get(chiefPath("/markings/" + secondsId + "/eligible")))))
                .contains(stand.username())
                .doesNotContain(first.username(), second.username());
        JsonObject afterReassign = ok(seen(
                read,
                chief.client()
                        .post(
                                chiefPath("/markings/" + secondsId + "/reassign"),
                                Json.createObjectBuilder()
                                        .add("examiner", stand.username())
                                        .build())));
        assertThat(afterReassign.getString("code")).isEqualTo(candidate.code());

        // Both mark, far apart: the script waits for the chief.
        seen(read, first.client().get("/api/v1/review/assignments?lang=en"));
        JsonObject firstsMarking = marking(first, candidate.code(), "MARKER");
        seen(read, first.client().get("/api/v1/review/assignments/" + id(firstsMarking) + "?lang=zh"));
        JsonObject draft =
                ok(seen(read, save(first, firstsMarking, marks(firstsMarking, false, null, 20, 20, null, null))));
        seen(read, save(first, draft, marks(draft, true, null, 20, 20, 20, 20)));
        JsonObject standsMarking = marking(stand, candidate.code(), "MARKER");
        seen(read, save(stand, standsMarking, marks(standsMarking, true, null, 15, 10, 15, 10)));
        seen(read, first.client().get("/api/v1/review/assignments/" + id(firstsMarking)));
        seen(read, chief.client().get(chiefPath("/decisions")));

        assign(candidate.code(), "ADJUDICATION", chief);
        seen(read, chief.client().get("/api/v1/review/assignments"));
        JsonObject adjudication = marking(chief, candidate.code(), "ADJUDICATION");
        seen(
                read,
                save(
                        chief,
                        adjudication,
                        marks(adjudication, true, "The second mark missed the licence.", 18, 17, 18, 17)));

        // Everything else the chief reads of the sitting.
        seen(read, chief.client().get(chiefPath("/scripts?sitting=" + exam.sittingId())));
        JsonArray flags =
                okArray(seen(read, chief.client().post(chiefPath("/similarity?sitting=" + exam.sittingId()), null)));
        JsonObject flag = flags.getValuesAs(JsonObject.class).stream()
                .filter(f -> Set.of(f.getString("firstScript"), f.getString("secondScript"))
                        .equals(Set.of(candidate.code(), copier.code())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No flag for the copied essay: " + flags));
        assertThat(flag.getString("state")).isEqualTo("OPEN");
        assertThat(flag.getJsonArray("passages")).isNotEmpty();
        JsonObject passage = flag.getJsonArray("passages").getJsonObject(0);
        assertThat(passage.getJsonObject("first").getString("text")).contains("university laboratory");
        assertThat(passage.getJsonObject("second").getString("text")).contains("university laboratory");
        JsonObject reviewed = ok(seen(
                read,
                chief.client()
                        .put(
                                chiefPath("/similarity/" + id(flag)),
                                Json.createObjectBuilder()
                                        .add("verdict", "dismissed")
                                        .add("note", "A common description of the work.")
                                        .build())));
        assertThat(reviewed.getString("state")).isEqualTo("DISMISSED");
        assertThat(reviewed.getString("reviewedBy")).isEqualTo(chief.username());
        seen(read, chief.client().get(chiefPath("/similarity?sitting=" + exam.sittingId())));

        // The prompt may be one other tests draw too: the threshold is set to the default it has.
        String promptKey = adjudication.getString("promptKey");
        seen(read, chief.client().get(chiefPath("/prompts?lang=en")));
        JsonObject prompt = ok(seen(
                read,
                chief.client()
                        .put(
                                chiefPath("/prompts/" + promptKey + "/threshold"),
                                Json.createObjectBuilder().add("percent", 15).build())));
        assertThat(prompt.getInt("divergencePercent")).isEqualTo(15);
        assertThat(prompt.getBoolean("customised")).isTrue();
        HttpResponse<String> reference = seen(
                read,
                chief.client()
                        .post(
                                chiefPath("/reference-scripts"),
                                Json.createObjectBuilder()
                                        .add("itemKey", promptKey)
                                        .add("text", "A reference essay that names every step and every risk.")
                                        .build()));
        assertThat(reference.statusCode()).as(reference.body()).isEqualTo(201);
        String referenceCode = json(reference).getString("code");
        seen(read, chief.client().get(chiefPath("/reference-scripts")));
        HttpResponse<String> retired = chief.client().delete(chiefPath("/reference-scripts/" + referenceCode));
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(204);
        seen(read, chief.client().post(chiefPath("/allocations"), null));

        // The candidate appeals; another chief examiner re-marks.
        release(exam);
        appeal(candidate, "The licence section deserves more.");
        Person remarker = examiner(true);
        assign(candidate.code(), "APPEAL", remarker);
        JsonObject appealMarking = marking(remarker, candidate.code(), "APPEAL");
        seen(read, remarker.client().get("/api/v1/review/assignments/" + id(appealMarking)));
        seen(read, save(remarker, appealMarking, marks(appealMarking, true, "Upheld on reading.", 18, 17, 18, 17)));
        seen(read, remarker.client().get("/api/v1/review/assignments"));

        seen(read, chief.client().get(chiefPath("/scripts/" + candidate.code() + "/history")));
        seen(read, chief.client().get(chiefPath("/appeals")));
        seen(read, chief.client().get(chiefPath("/statistics?sitting=" + exam.sittingId())));
        seen(read, chief.client().get(chiefPath("/scripts?sitting=" + exam.sittingId())));
        seen(read, first.client().get("/api/v1/review/statistics?sitting=" + exam.sittingId()));
        seen(
                read,
                first.client()
                        .post(
                                "/api/v1/review/conflicts",
                                Json.createObjectBuilder()
                                        .add("organisation", "Acme Patent Agency")
                                        .build()));
        seen(read, first.client().get("/api/v1/review/conflicts"));

        assertThat(read.stream().map(ReviewApiIT::endpoint).distinct())
                .as("every examiner and chief endpoint that answers a body")
                .containsExactlyInAnyOrder(
                        "GET /api/v1/review/assignments",
                        "GET /api/v1/review/assignments/{id}",
                        "PUT /api/v1/review/assignments/{id}/marks",
                        "GET /api/v1/review/conflicts",
                        "POST /api/v1/review/conflicts",
                        "GET /api/v1/review/statistics",
                        "GET /api/v1/review/chief/scripts",
                        "GET /api/v1/review/chief/decisions",
                        "GET /api/v1/review/chief/scripts/{code}/history",
                        "GET /api/v1/review/chief/markings/{id}/eligible",
                        "POST /api/v1/review/chief/markings/{id}/reassign",
                        "POST /api/v1/review/chief/allocations",
                        "GET /api/v1/review/chief/prompts",
                        "PUT /api/v1/review/chief/prompts/{key}/threshold",
                        "GET /api/v1/review/chief/reference-scripts",
                        "POST /api/v1/review/chief/reference-scripts",
                        "GET /api/v1/review/chief/statistics",
                        "GET /api/v1/review/chief/similarity",
                        "POST /api/v1/review/chief/similarity",
                        "PUT /api/v1/review/chief/similarity/{id}",
                        "GET /api/v1/review/chief/appeals");
        for (HttpResponse<String> response : read) {
            assertThat(response.statusCode()).as(describe(response)).isBetween(200, 201);
            assertAnonymous(response, candidate);
            assertAnonymous(response, copier);
        }
    }

    @Test
    void anExaminerSeesTheOtherMarkOnlyOnceBothHaveSubmitted() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);

        JsonObject firsts = marking(first, candidate.code(), "MARKER");
        assertThat(firsts.getJsonArray("otherMarks")).isEmpty();
        assertThat(firsts.getString("state")).isEqualTo("ASSIGNED");
        assertThat(firsts.getString("essayText")).isEqualTo(ESSAY_TEXT);
        assertThat(firsts.getInt("maxPoints")).isEqualTo(100);
        assertThat(new BigDecimal(firsts.get("divergenceLimit").toString())).isEqualByComparingTo("15");
        // Sittings of the senior level draw their essay from every senior prompt of the bank; each
        // has four criteria of 25 points, with level descriptors.
        JsonObject inChinese = view(first, id(firsts), "zh");
        assertThat(firsts.getString("prompt")).isNotBlank().isNotEqualTo(inChinese.getString("prompt"));
        assertThat(inChinese.getString("prompt")).containsPattern("\\p{IsHan}");
        JsonArray rubric = firsts.getJsonArray("rubric");
        assertThat(rubric.getValuesAs(JsonObject.class))
                .extracting(c -> c.getInt("points"))
                .containsExactly(25, 25, 25, 25);
        JsonObject criterion = rubric.getJsonObject(0);
        assertThat(criterion.getString("title"))
                .isNotBlank()
                .isNotEqualTo(inChinese.getJsonArray("rubric").getJsonObject(0).getString("title"));
        assertThat(criterion.getJsonArray("levels").getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(level -> assertThat(level.getString("descriptor")).isNotBlank())
                .extracting(level -> level.getInt("points"))
                .startsWith(25)
                .endsWith(0);
        assertThat(firsts.getString("promptKey")).isNotBlank();

        JsonObject submitted = ok(save(first, firsts, marks(firsts, true, null, 20, 18, 22, 15)));
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(number(submitted, "total")).isEqualByComparingTo("75");
        assertThat(submitted.getJsonArray("otherMarks"))
                .as("the co-marker has not submitted")
                .isEmpty();

        JsonObject seconds = marking(second, candidate.code(), "MARKER");
        assertThat(seconds.getJsonArray("otherMarks"))
                .as("the first mark, unseen")
                .isEmpty();
        JsonObject draft = ok(save(second, seconds, marks(seconds, false, null, 19, 17, null, null)));
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(view(first, id(firsts)).getJsonArray("otherMarks"))
                .as("a draft stays unseen")
                .isEmpty();
        assertThat(view(second, id(seconds)).getJsonArray("otherMarks")).isEmpty();

        ok(save(second, draft, marks(draft, true, null, 19, 17, 20, 14)));

        JsonArray seenByFirst = view(first, id(firsts)).getJsonArray("otherMarks");
        assertThat(seenByFirst).hasSize(1);
        JsonObject secondsMark = seenByFirst.getJsonObject(0);
        assertThat(secondsMark.getString("role")).isEqualTo("MARKER");
        assertThat(number(secondsMark, "total")).isEqualByComparingTo("70");
        assertThat(secondsMark.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(c -> c.getInt("points"))
                .containsExactly(19, 17, 20, 14);
        assertThat(secondsMark.getJsonArray("criteria").getJsonObject(0).getString("feedback"))
                .isEqualTo("Comment 1 at 19");
        assertThat(secondsMark.keySet()).doesNotContain("examiner", "username");
        JsonArray seenBySecond = view(second, id(seconds)).getJsonArray("otherMarks");
        assertThat(number(seenBySecond.getJsonObject(0), "total")).isEqualByComparingTo("75");
    }

    @Test
    void marksBeyondTheLimitGoToTheChiefWhoSetsTheFinalWithAReason() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);
        Person chief = examiner(true);

        submit(first, candidate.code(), "MARKER", null, 20, 20, 20, 20);
        submit(second, candidate.code(), "MARKER", null, 15, 15, 15, 15);

        JsonObject waiting = script(chief, exam, candidate.code());
        assertThat(waiting.getString("state")).isEqualTo("ADJUDICATION");
        assertThat(waiting.containsKey("finalPoints")).isFalse();
        assertThat(codes(okArray(chief.client().get(chiefPath("/decisions"))))).contains(candidate.code());

        assign(candidate.code(), "ADJUDICATION", chief);
        JsonObject adjudication = marking(chief, candidate.code(), "ADJUDICATION");
        assertThat(adjudication.getJsonArray("otherMarks").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("role") + " " + number(m, "total").toPlainString())
                .containsExactlyInAnyOrder("MARKER 80", "MARKER 60");

        assertProblem(
                save(chief, adjudication, marks(adjudication, true, null, 18, 18, 18, 18)), 400, "invalid-request");
        assertProblem(
                save(chief, adjudication, marks(adjudication, true, "  ", 18, 18, 18, 18)), 400, "invalid-request");
        JsonObject decided = ok(save(
                chief,
                adjudication,
                marks(adjudication, true, "Both missed parts; the risks are well argued.", 18, 18, 17, 18)));
        assertThat(decided.getString("state")).isEqualTo("SUBMITTED");
        assertThat(decided.getString("reason")).isEqualTo("Both missed parts; the risks are well argued.");

        JsonObject settled = script(chief, exam, candidate.code());
        assertThat(settled.getString("state")).isEqualTo("FINAL");
        assertThat(settled.getString("finalBasis")).isEqualTo("ADJUDICATED");
        assertThat(number(settled, "finalPoints")).isEqualByComparingTo("71");
        assertThat(settled.getJsonArray("markings").getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("role").equals("ADJUDICATION"))
                .filteredOn(m -> m.getString("state").equals("SUBMITTED"))
                .extracting(m -> m.getString("examiner"))
                .containsExactly(chief.username());
        assertThat(codes(okArray(chief.client().get(chiefPath("/decisions"))))).doesNotContain(candidate.code());

        JsonArray history = okArray(chief.client().get(chiefPath("/scripts/" + candidate.code() + "/history")));
        assertThat(history.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("kind"))
                .containsSubsequence(
                        "MARK_SUBMITTED", "MARK_SUBMITTED", "SENT_TO_ADJUDICATION", "MARK_SUBMITTED", "ADJUDICATED");
        JsonObject adjudicated = event(history, "ADJUDICATED");
        assertThat(adjudicated.getString("actor")).isEqualTo(chief.username());
        assertThat(adjudicated.getString("detail")).isEqualTo("Both missed parts; the risks are well argued.");
    }

    @Test
    void marksWithinTheLimitSettleAtTheirExactMean() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);
        Person chief = examiner(true);

        // 60 and 75 differ by exactly the limit of 15 points: still agreement.
        submit(first, candidate.code(), "MARKER", null, 15, 15, 15, 15);
        submit(second, candidate.code(), "MARKER", null, 20, 20, 20, 15);

        JsonObject settled = script(chief, exam, candidate.code());
        assertThat(settled.getString("state")).isEqualTo("FINAL");
        assertThat(settled.getString("finalBasis")).isEqualTo("MEAN");
        assertThat(settled.get("finalPoints").toString()).isEqualTo("67.5");
        assertThat(settled.getJsonArray("markings").getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("state").equals("SUBMITTED"))
                .extracting(
                        m -> m.getString("examiner") + " " + number(m, "total").toPlainString())
                .containsExactlyInAnyOrder(first.username() + " 60", second.username() + " 75");
        assertThat(codes(okArray(chief.client().get(chiefPath("/decisions"))))).doesNotContain(candidate.code());

        JsonObject statistics = ok(first.client().get("/api/v1/review/statistics?sitting=" + exam.sittingId()));
        assertThat(statistics.getJsonObject("sitting").getInt("pairs")).isEqualTo(1);
        assertThat(number(statistics.getJsonObject("sitting"), "meanPercent")).isEqualByComparingTo("67.5");
        assertThat(statistics.getJsonArray("examiners")).hasSize(1);
        JsonObject own = statistics.getJsonArray("examiners").getJsonObject(0);
        assertThat(own.getString("examiner")).isEqualTo(first.username());
        assertThat(number(own, "severity"))
                .as("60 against 75: 15 points harsher")
                .isEqualByComparingTo("-15");
        JsonObject everyone = ok(chief.client().get(chiefPath("/statistics?sitting=" + exam.sittingId())));
        assertThat(everyone.getJsonArray("examiners").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("examiner") + " "
                        + e.getJsonNumber("severity").doubleValue())
                .containsExactlyInAnyOrder(first.username() + " -15.0", second.username() + " 15.0");
        assertProblem(first.client().get("/api/v1/review/statistics"), 400, "invalid-request");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);

        JsonObject inFirstTab = marking(first, candidate.code(), "MARKER");
        JsonObject inSecondTab = view(first, id(inFirstTab));
        JsonObject saved = ok(save(first, inFirstTab, marks(inFirstTab, false, null, 10, 11, null, null)));
        assertThat(saved.getJsonNumber("version").longValue())
                .isNotEqualTo(inFirstTab.getJsonNumber("version").longValue());

        JsonObject refusal = assertProblem(
                save(first, inSecondTab, marks(inSecondTab, true, null, 25, 25, 25, 25)), 409, "conflict");
        assertThat(refusal.getString("detail")).isNotBlank();

        JsonObject now = view(first, id(inFirstTab));
        assertThat(now.getJsonNumber("version").longValue())
                .isEqualTo(saved.getJsonNumber("version").longValue());
        assertThat(now.getString("state")).isEqualTo("DRAFT");
        assertThat(points(now)).containsExactly("10", "11", null, null);

        JsonObject submitted = ok(save(first, now, marks(now, true, null, 10, 11, 12, 13)));
        assertThat(number(submitted, "total")).isEqualByComparingTo("46");
        assertProblem(save(first, now, marks(now, true, null, 25, 25, 25, 25)), 409, "conflict");
        assertProblem(save(first, submitted, marks(submitted, false, null, 25, 25, 25, 25)), 409, "conflict");
        assertThat(points(view(first, id(now)))).containsExactly("10", "11", "12", "13");
    }

    @Test
    void someoneElsesMarkingDoesNotExist() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);
        Person chief = examiner(true);

        JsonObject seconds = marking(second, candidate.code(), "MARKER");
        long id = id(seconds);
        assertProblem(first.client().get("/api/v1/review/assignments/" + id), 404, "not-found");
        assertProblem(save(first, seconds, marks(seconds, true, null, 25, 25, 25, 25)), 404, "not-found");
        assertProblem(chief.client().get("/api/v1/review/assignments/" + id), 404, "not-found");
        assertProblem(save(chief, seconds, marks(seconds, false, null, 1, 1, 1, 1)), 404, "not-found");
        assertProblem(first.client().get("/api/v1/review/assignments/" + Long.MAX_VALUE), 404, "not-found");
        assertThat(first.client().get("/api/v1/review/assignments").body()).doesNotContain("\"id\":" + id + ",");

        JsonObject untouched = view(second, id);
        assertThat(untouched.getString("state")).isEqualTo("ASSIGNED");
        assertThat(untouched.getJsonNumber("version").longValue())
                .isEqualTo(seconds.getJsonNumber("version").longValue());
        assertThat(points(untouched)).allMatch(p -> p == null);

        // Only examiners mark, and only chief examiners manage.
        assertProblem(candidate.person().client().get("/api/v1/review/assignments"), 403, "forbidden");
        assertProblem(new ApiClient(base).get("/api/v1/review/assignments"), 401, "unauthenticated");
        assertProblem(first.client().get(chiefPath("/scripts?sitting=" + exam.sittingId())), 403, "forbidden");
        assertProblem(candidate.person().client().get(chiefPath("/appeals")), 403, "forbidden");
        assertProblem(
                first.client()
                        .send(
                                "PUT",
                                "/api/v1/review/assignments/" + id(marking(first, candidate.code(), "MARKER"))
                                        + "/marks",
                                ApiClient.JSON,
                                "{\"version\": 0}"),
                403,
                "csrf-token-missing");
    }

    @Test
    void bodiesOfTheWrongShapeOrOutOfRangeAreRefusedAndChangeNothing() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person first = examiner(false);
        Person second = examiner(false);
        assign(candidate.code(), "MARKER", first, second);

        JsonObject fresh = marking(first, candidate.code(), "MARKER");
        long version = fresh.getJsonNumber("version").longValue();
        long criterion = fresh.getJsonArray("rubric")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String path = "/api/v1/review/assignments/" + id(fresh) + "/marks";

        assertProblem(raw(first, path, "{\"version\": " + version + ", \"criteria\": ["), 400, "malformed-body");
        assertThat(fields(assertProblem(raw(first, path, "[1, 2]"), 400, "invalid-request")))
                .containsExactly("body");
        assertThat(fields(assertProblem(raw(first, path, "{\"submit\": false}"), 400, "invalid-request")))
                .containsExactly("version");
        assertThat(fields(
                        assertProblem(raw(first, path, "{\"version\": \"" + version + "\"}"), 400, "invalid-request")))
                .containsExactly("version");
        assertThat(fields(assertProblem(
                        raw(first, path, "{\"version\": " + version + ", \"criteria\": {}, \"submit\": \"yes\"}"),
                        400,
                        "invalid-request")))
                .containsExactly("criteria", "submit");
        assertThat(fields(assertProblem(
                        raw(
                                first,
                                path,
                                "{\"version\": " + version + ", \"criteria\": [{\"criterionId\": \"" + criterion
                                        + "\", \"points\": \"twenty\"}], \"grade\": \"A\"}"),
                        400,
                        "invalid-request")))
                .containsExactly("criteria[0].criterionId", "criteria[0].points", "grade");
        JsonObject problem = assertProblem(raw(first, path, "{\"version\": true}"), 400, "invalid-request");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isNotBlank();
        assertThat(first.client()
                        .send(
                                "PUT",
                                path,
                                "text/plain",
                                "{\"version\": " + version + "}",
                                ApiClient.CSRF_HEADER,
                                first.client().csrfToken())
                        .statusCode())
                .isEqualTo(415);

        // The shape is right; the marks do not fit the rubric.
        assertProblem(save(first, fresh, marks(fresh, false, null, 26, null, null, null)), 400, "invalid-request");
        assertProblem(save(first, fresh, marks(fresh, false, null, -1, null, null, null)), 400, "invalid-request");
        assertProblem(
                raw(
                        first,
                        path,
                        "{\"version\": " + version + ", \"criteria\": [{\"criterionId\": " + criterion
                                + ", \"points\": 12.5}]}"),
                400,
                "invalid-request");
        assertProblem(
                raw(
                        first,
                        path,
                        "{\"version\": " + version + ", \"criteria\": [{\"criterionId\": " + Long.MAX_VALUE
                                + ", \"points\": 5}]}"),
                400,
                "invalid-request");
        assertProblem(save(first, fresh, marks(fresh, true, null, 20, 20, 20, null)), 400, "invalid-request");

        JsonObject unchanged = view(first, id(fresh));
        assertThat(unchanged.getString("state")).isEqualTo("ASSIGNED");
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(unchanged.containsKey("savedAt")).isFalse();
        assertThat(points(unchanged)).allMatch(p -> p == null);
        assertThat(ok(save(first, fresh, marks(fresh, false, null, 25, 0, null, null)))
                        .getString("state"))
                .isEqualTo("DRAFT");
    }

    @Test
    void anAppealIsRemarkedByAChiefWhoDidNotMarkAndTheResultFollows() {
        Exam exam = exam();
        ApiClient client = new ApiClient(base);
        TestAccount account = client.registerTrainee("rev-appeal");
        client.signIn(account);
        long attemptId = sitExamWithAllObjectiveItemsRight(exam, account, client);
        Person first = examiner(false);
        Person second = examiner(false);
        Person watcher = examiner(true);
        JsonArray scripts = okArray(watcher.client().get(chiefPath("/scripts?sitting=" + exam.sittingId())));
        assertThat(scripts).hasSize(1);
        String code = scripts.getJsonObject(0).getString("code");
        assign(code, "MARKER", first, second);

        // 52 and 53: the mean, 52.5, is below the essay pass mark of 60.
        submit(first, code, "MARKER", null, 13, 13, 13, 13);
        submit(second, code, "MARKER", null, 14, 14, 13, 12);
        release(exam);

        JsonObject before = ok(client.get("/api/v1/attempts/" + attemptId)).getJsonObject("result");
        assertThat(before.getString("outcome")).isEqualTo("FAILED");
        assertThat(number(before, "objectivePoints")).isEqualByComparingTo("6");
        assertThat(number(before, "essayPoints")).isEqualByComparingTo("52.5");

        JsonArray feedback = okArray(client.get("/api/v1/attempts/" + attemptId + "/feedback?lang=en"));
        assertThat(feedback).hasSize(1);
        JsonObject essay = feedback.getJsonObject(0);
        long itemId = essay.getJsonNumber("itemId").longValue();
        assertThat(number(essay, "finalPoints")).isEqualByComparingTo("52.5");
        assertThat(essay.getString("basis")).isEqualTo("MEAN");
        assertThat(essay.getBoolean("underReview")).isFalse();
        assertThat(essay.getBoolean("appealable")).isTrue();
        assertThat(Duration.between(Instant.now(), Instant.parse(essay.getString("appealUntil"))))
                .isBetween(Duration.ofDays(13), Duration.ofDays(14));
        assertThat(essay.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(
                        c -> c.getInt("maxPoints") + " " + number(c, "points").toPlainString())
                .containsExactly("25 13.5", "25 13.5", "25 13", "25 12.5");
        assertThat(essay.getJsonArray("criteria")
                        .getJsonObject(3)
                        .getJsonArray("comments")
                        .getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactlyInAnyOrder("Comment 4 at 13", "Comment 4 at 12");
        assertThat(essay.getJsonArray("overallComments")).hasSize(2);
        assertThat(feedback.toString()).doesNotContain(first.username(), second.username());

        // Nobody else appeals it; no reason is no appeal.
        ApiClient stranger = new ApiClient(base);
        stranger.signIn(stranger.registerTrainee("rev-stranger"));
        assertProblem(appealCall(stranger, attemptId, itemId, "Mine is better"), 404, "not-found");
        assertProblem(stranger.get("/api/v1/attempts/" + attemptId + "/feedback"), 404, "not-found");
        assertProblem(appealCall(client, attemptId, itemId, "   "), 400, "invalid-request");
        assertThat(fields(assertProblem(
                        client.post(
                                "/api/v1/attempts/" + attemptId + "/essays/" + itemId + "/appeal",
                                Json.createObjectBuilder().add("reason", 5).build()),
                        400,
                        "invalid-request")))
                .containsExactly("reason");
        assertProblem(appealCall(client, attemptId, itemId + 1_000_000, "Wrong essay"), 404, "not-found");

        HttpResponse<String> lodged = appealCall(client, attemptId, itemId, "My risk analysis was complete.");
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
        JsonObject underAppeal = json(lodged);
        assertThat(underAppeal.getJsonObject("appeal").getString("state")).isEqualTo("OPEN");
        assertThat(underAppeal.getBoolean("underReview")).isTrue();
        assertThat(underAppeal.getBoolean("appealable")).isFalse();
        assertProblem(appealCall(client, attemptId, itemId, "Once more"), 409, "conflict");

        Person remarker = examiner(true);
        assign(code, "APPEAL", remarker);
        JsonObject remark = marking(remarker, code, "APPEAL");
        assertThat(remark.getJsonArray("otherMarks").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("role") + " " + number(m, "total").toPlainString())
                .containsExactlyInAnyOrder("MARKER 52", "MARKER 53");
        assertThat(okStrings(watcher.client().get(chiefPath("/markings/" + id(remark) + "/eligible"))))
                .doesNotContain(first.username(), second.username(), remarker.username());
        ok(save(remarker, remark, marks(remark, true, "The risk analysis is complete.", 18, 18, 18, 18)));

        JsonObject after = ok(client.get("/api/v1/attempts/" + attemptId)).getJsonObject("result");
        assertThat(after.getString("outcome")).isEqualTo("PASSED");
        assertThat(number(after, "essayPoints")).isEqualByComparingTo("72");
        JsonObject changed = okArray(client.get("/api/v1/attempts/" + attemptId + "/feedback"))
                .getJsonObject(0);
        assertThat(number(changed, "finalPoints")).isEqualByComparingTo("72");
        assertThat(changed.getString("basis")).isEqualTo("APPEAL");
        assertThat(changed.getJsonObject("appeal").getString("state")).isEqualTo("CHANGED");
        assertThat(number(changed.getJsonObject("appeal"), "pointsBefore")).isEqualByComparingTo("52.5");
        assertThat(number(changed.getJsonObject("appeal"), "pointsAfter")).isEqualByComparingTo("72");
        assertThat(changed.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(c -> number(c, "points").toPlainString())
                .containsExactly("18", "18", "18", "18");
        assertProblem(appealCall(client, attemptId, itemId, "And again"), 409, "conflict");

        JsonArray history = okArray(watcher.client().get(chiefPath("/scripts/" + code + "/history")));
        assertThat(history.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("kind") + " " + e.getString("actor", "-"))
                .containsSubsequence(
                        "MARK_SUBMITTED " + first.username(),
                        "MARK_SUBMITTED " + second.username(),
                        "FINALISED -",
                        "APPEAL_LODGED -",
                        "MARK_SUBMITTED " + remarker.username(),
                        "APPEAL_CHANGED " + remarker.username());
        assertThat(number(event(history, "FINALISED"), "points")).isEqualByComparingTo("52.5");
        assertThat(number(event(history, "APPEAL_CHANGED"), "points")).isEqualByComparingTo("72");

        JsonObject appeal = okArray(watcher.client().get(chiefPath("/appeals"))).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("scriptCode").equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(appeal.getString("state")).isEqualTo("CHANGED");
        assertThat(appeal.getString("decidedBy")).isEqualTo(remarker.username());
        assertThat(appeal.getString("reason")).isEqualTo("My risk analysis was complete.");
    }

    @Test
    void anExaminerWhoDeclaresAConflictNeverHoldsTheScript() {
        Exam exam = exam();
        Candidate candidate = essay(exam, ESSAY_TEXT);
        Person kept = examiner(false);
        Person colleague = examiner(false);
        assign(candidate.code(), "MARKER", kept, colleague);
        Person chief = examiner(true);

        // An organisation, as candidates type it in their profile.
        long colleaguesId = id(marking(colleague, candidate.code(), "MARKER"));
        HttpResponse<String> declared = colleague
                .client()
                .post(
                        "/api/v1/review/conflicts",
                        Json.createObjectBuilder()
                                .add("organisation", "  techbroker TESTS ")
                                .build());
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        assertThat(json(declared).getString("kind")).isEqualTo("ORGANISATION");
        assertThat(heldCodes(colleague)).doesNotContain(candidate.code());
        assertProblem(colleague.client().get("/api/v1/review/assignments/" + colleaguesId), 404, "not-found");
        JsonObject script = script(chief, exam, candidate.code());
        assertThat(openHolders(script)).hasSize(2).contains(kept.username()).doesNotContain(colleague.username());
        long passedOn = openMarkingNotHeldBy(script, kept);
        assertThat(okStrings(chief.client().get(chiefPath("/markings/" + passedOn + "/eligible"))))
                .doesNotContain(colleague.username(), kept.username());
        assertProblem(reassign(chief, passedOn, colleague), 400, "invalid-request");

        // A named candidate, by username (or email).
        Person friend = examiner(false);
        assign(candidate.code(), "MARKER", kept, friend);
        assertThat(heldCodes(friend)).contains(candidate.code());
        HttpResponse<String> named = friend.client()
                .post(
                        "/api/v1/review/conflicts",
                        Json.createObjectBuilder()
                                .add("candidate", candidate.username())
                                .build());
        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        JsonObject declaration = json(named);
        assertThat(declaration.getString("kind")).isEqualTo("CANDIDATE");
        assertThat(declaration.getString("candidate")).isEqualTo(candidate.username());
        assertThat(heldCodes(friend)).doesNotContain(candidate.code());
        JsonObject now = script(chief, exam, candidate.code());
        assertThat(openHolders(now)).hasSize(2).contains(kept.username()).doesNotContain(friend.username());
        assertProblem(reassign(chief, openMarkingNotHeldBy(now, kept), friend), 400, "invalid-request");
        assertProblem(
                friend.client()
                        .post(
                                "/api/v1/review/conflicts",
                                Json.createObjectBuilder()
                                        .add("candidate", candidate.email())
                                        .build()),
                409,
                "conflict");

        // Scripts written later never reach them either.
        Candidate later = essay(exam, ESSAY_TEXT + " Later.");
        assertThat(openHolders(script(chief, exam, later.code()))).hasSize(2).doesNotContain(colleague.username());

        Person other = examiner(false);
        HttpResponse<String> byEmail = other.client()
                .post(
                        "/api/v1/review/conflicts",
                        Json.createObjectBuilder()
                                .add("candidate", candidate.email())
                                .build());
        assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(201);
        assertThat(json(byEmail).getString("candidate")).isEqualTo(candidate.username());
        assertProblem(
                other.client()
                        .post(
                                "/api/v1/review/conflicts",
                                Json.createObjectBuilder()
                                        .add("candidate", "nobody-" + candidate.username())
                                        .build()),
                400,
                "invalid-request");
        assertProblem(
                other.client()
                        .post(
                                "/api/v1/review/conflicts",
                                Json.createObjectBuilder().build()),
                400,
                "invalid-request");
        assertProblem(
                other.client()
                        .post(
                                "/api/v1/review/conflicts",
                                Json.createObjectBuilder()
                                        .add("organisation", "Acme")
                                        .add("candidate", candidate.username())
                                        .build()),
                400,
                "invalid-request");

        long declarationId = id(declaration);
        assertProblem(other.client().delete("/api/v1/review/conflicts/" + declarationId), 404, "not-found");
        assertThat(okArray(friend.client().get("/api/v1/review/conflicts"))).hasSize(1);
        assertThat(friend.client()
                        .delete("/api/v1/review/conflicts/" + declarationId)
                        .statusCode())
                .isEqualTo(204);
        assertThat(okArray(friend.client().get("/api/v1/review/conflicts"))).isEmpty();
        assertThat(heldCodes(friend))
                .as("markings passed on stay where they are")
                .doesNotContain(candidate.code());
    }

    // ---- the anonymity check

    /**
     * Nothing of the candidate in the body: not their username or email, not their organisation or
     * name (which every test account shares, and examiners' bodies never name anyone by), not a
     * member whose name says it is about them, and not their account or attempt id as the value of
     * a member that is not known to mean something else.
     */
    private static void assertAnonymous(HttpResponse<String> response, Candidate candidate) {
        String body = response.body();
        assertThat(body)
                .as(describe(response))
                .doesNotContain(candidate.username(), candidate.email(), "Techbroker tests", "Test Trainee", "测试学员");
        if (body.isBlank()) {
            return;
        }
        List<String> ids = List.of(String.valueOf(candidate.candidateId()), String.valueOf(candidate.attemptId()));
        walk(parse(body), null, (member, value) -> {
            if (member != null) {
                assertThat(member).as(describe(response)).doesNotMatch(IDENTIFYING_MEMBER);
            }
            if (value instanceof JsonNumber number && ids.contains(number.toString())) {
                assertThat(member)
                        .as("%s holds %s: %s", member, number, describe(response))
                        .isIn(NUMBERS_OF_OTHER_THINGS);
            }
            if (value instanceof JsonString string && ids.contains(string.getString())) {
                throw new AssertionError(member + " holds " + string + ": " + describe(response));
            }
        });
    }

    private interface Visitor {
        void visit(String member, JsonValue value);
    }

    private static void walk(JsonValue value, String member, Visitor visitor) {
        visitor.visit(member, value);
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                walk(entry.getValue(), entry.getKey(), visitor);
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                walk(element, member, visitor);
            }
        }
    }

    /** The endpoint a request went to: its method and path, with ids, codes and keys as placeholders. */
    private static String endpoint(HttpResponse<String> response) {
        String path = response.request()
                .uri()
                .getPath()
                .replaceAll("/prompts/[^/]+/threshold", "/prompts/{key}/threshold")
                .replaceAll("/E-[A-Z0-9]+", "/{code}")
                .replaceAll("/\\d+", "/{id}");
        return response.request().method() + " " + path;
    }

    private static HttpResponse<String> seen(List<HttpResponse<String>> read, HttpResponse<String> response) {
        read.add(response);
        return response;
    }

    // ---- seeding

    private ApiClient support() {
        return new ApiClient(base);
    }

    private Exam exam() {
        HttpResponse<String> response = support().send("POST", ExamSupportServlet.PATH + "?essays=1", null, null);
        assertThat(response.statusCode())
                .as("exam seeding: %s", response.body())
                .isEqualTo(201);
        JsonObject exam = json(response);
        return new Exam(
                exam.getJsonNumber("sittingId").longValue(),
                exam.getString("course"),
                exam.getJsonNumber("lessonId").longValue());
    }

    /** A new examiner (or chief examiner), signed in. */
    private Person examiner(boolean chief) {
        HttpResponse<String> response =
                support().send("POST", ReviewSupportServlet.PATH + "/examiners?chief=" + chief, null, null);
        assertThat(response.statusCode())
                .as("examiner seeding: %s", response.body())
                .isEqualTo(201);
        JsonObject examiner = json(response);
        return signedIn(examiner.getString("username"), examiner.getString("password"), examiner.getString("email"));
    }

    /** A new candidate who submitted this essay, signed in; their script is allocated to whoever. */
    private Candidate essay(Exam exam, String text) {
        HttpResponse<String> response = support()
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/essays?sitting=" + exam.sittingId() + "&course="
                                + encode(exam.course()) + "&lesson=" + exam.lessonId(),
                        ApiClient.JSON,
                        Json.createObjectBuilder()
                                .add("texts", Json.createArrayBuilder().add(text))
                                .build()
                                .toString());
        assertThat(response.statusCode())
                .as("essay seeding: %s", response.body())
                .isEqualTo(201);
        JsonObject seeded = json(response);
        Person person = signedIn(seeded.getString("username"), seeded.getString("password"), seeded.getString("email"));
        return new Candidate(
                seeded.getString("username"),
                seeded.getString("email"),
                seeded.getJsonNumber("candidateId").longValue(),
                seeded.getJsonNumber("attemptId").longValue(),
                seeded.getJsonArray("codes").getString(0),
                seeded.getJsonArray("itemIds").getJsonNumber(0).longValue(),
                person);
    }

    private Person signedIn(String username, String password, String email) {
        ApiClient client = new ApiClient(base);
        HttpResponse<String> login = client.login(username, password);
        assertThat(login.statusCode())
                .as("login of %s: %s", username, login.body())
                .isEqualTo(200);
        return new Person(username, email, client);
    }

    /** Gives the script's open markings of the role to these examiners. */
    private void assign(String code, String role, Person... examiners) {
        StringBuilder usernames = new StringBuilder();
        for (Person examiner : examiners) {
            usernames.append(usernames.isEmpty() ? "" : ",").append(examiner.username());
        }
        HttpResponse<String> response = support()
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/assign?script=" + code + "&role=" + role + "&examiners="
                                + encode(usernames.toString()),
                        null,
                        null);
        assertThat(response.statusCode()).as("assignment: %s", response.body()).isEqualTo(204);
    }

    private void release(Exam exam) {
        HttpResponse<String> response =
                support().send("POST", ReviewSupportServlet.PATH + "/release?sitting=" + exam.sittingId(), null, null);
        assertThat(response.statusCode()).as("release: %s", response.body()).isEqualTo(204);
    }

    /** Registers, starts, answers every objective item right, writes the essay and submits. */
    private long sitExamWithAllObjectiveItemsRight(Exam exam, TestAccount account, ApiClient client) {
        HttpResponse<String> eligible = support()
                .send(
                        "POST",
                        ExamSupportServlet.PATH + "/eligibility?username=" + encode(account.username()) + "&sitting="
                                + exam.sittingId() + "&course=" + encode(exam.course()) + "&lesson="
                                + exam.lessonId() + "&register=true",
                        null,
                        null);
        assertThat(eligible.statusCode()).as(eligible.body()).isEqualTo(204);
        HttpResponse<String> started = client.post("/api/v1/sittings/" + exam.sittingId() + "/attempts", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long attemptId = json(started).getJsonNumber("attemptId").longValue();
        JsonObject keys = ok(support().get(ExamSupportServlet.PATH + "/keys?attempt=" + attemptId));
        assertThat(keys).hasSize(6);
        for (Map.Entry<String, JsonValue> key : keys.entrySet()) {
            ok(client.put(
                    "/api/v1/attempts/" + attemptId + "/answers/" + key.getKey(),
                    key.getValue().asJsonObject()));
        }
        JsonObject essay = ok(client.get("/api/v1/attempts/" + attemptId))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("type").equals("ESSAY"))
                .findFirst()
                .orElseThrow();
        ok(client.put(
                "/api/v1/attempts/" + attemptId + "/answers/" + id(essay),
                Json.createObjectBuilder().add("text", ESSAY_TEXT).build()));
        ok(client.post("/api/v1/attempts/" + attemptId + "/submission", null));
        return attemptId;
    }

    // ---- calls

    private static String chiefPath(String path) {
        return "/api/v1/review/chief" + path;
    }

    /** The examiner's marking of this script and role, as the list shows it. */
    private static JsonObject marking(Person examiner, String code, String role) {
        return findMarking(examiner, code, role)
                .orElseThrow(
                        () -> new AssertionError(examiner.username() + " holds no " + role + " marking of " + code));
    }

    private static Optional<JsonObject> findMarking(Person examiner, String code, String role) {
        return okArray(examiner.client().get("/api/v1/review/assignments?lang=en"))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("scriptCode").equals(code)
                        && a.getString("role").equals(role))
                .findFirst();
    }

    private static List<String> heldCodes(Person examiner) {
        return okArray(examiner.client().get("/api/v1/review/assignments")).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("scriptCode"))
                .toList();
    }

    private static JsonObject view(Person examiner, long id) {
        return view(examiner, id, "en");
    }

    private static JsonObject view(Person examiner, long id, String lang) {
        return ok(examiner.client().get("/api/v1/review/assignments/" + id + "?lang=" + lang));
    }

    /**
     * A marks body for the version read: the points given per criterion in rubric order (null
     * leaves one open), each with a comment that says which criterion and points it goes with.
     */
    private static JsonObject marks(JsonObject assignment, boolean submit, String reason, Integer... points) {
        JsonArray rubric = assignment.getJsonArray("rubric");
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (int i = 0; i < points.length; i++) {
            var criterion = Json.createObjectBuilder()
                    .add(
                            "criterionId",
                            rubric.getJsonObject(i).getJsonNumber("id").longValue());
            if (points[i] == null) {
                criterion.addNull("points");
            } else {
                criterion.add("points", points[i]).add("feedback", "Comment " + (i + 1) + " at " + points[i]);
            }
            criteria.add(criterion);
        }
        var body = Json.createObjectBuilder()
                .add("version", assignment.getJsonNumber("version").longValue())
                .add("criteria", criteria)
                .add("overallFeedback", "Overall comment")
                .add("submit", submit);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build();
    }

    private static HttpResponse<String> save(Person examiner, JsonObject assignment, JsonObject body) {
        return examiner.client().put("/api/v1/review/assignments/" + id(assignment) + "/marks", body);
    }

    private static JsonObject submit(Person examiner, String code, String role, String reason, Integer... points) {
        JsonObject assignment = marking(examiner, code, role);
        JsonObject submitted = ok(save(examiner, assignment, marks(assignment, true, reason, points)));
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        return submitted;
    }

    /** A body sent as it is, with the CSRF token. */
    private static HttpResponse<String> raw(Person examiner, String path, String body) {
        return examiner.client()
                .send(
                        "PUT",
                        path,
                        ApiClient.JSON,
                        body,
                        ApiClient.CSRF_HEADER,
                        examiner.client().csrfToken());
    }

    private static JsonObject script(Person chief, Exam exam, String code) {
        JsonArray scripts = okArray(chief.client().get(chiefPath("/scripts?sitting=" + exam.sittingId())));
        return scripts.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No script " + code + " in " + scripts));
    }

    /** Who holds the script's open marker markings (null for a place that waits). */
    private static List<String> openHolders(JsonObject script) {
        return script.getJsonArray("markings").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("role").equals("MARKER"))
                .filter(m -> m.getString("state").equals("ASSIGNED")
                        || m.getString("state").equals("DRAFT"))
                .map(m -> m.getString("examiner", null))
                .toList();
    }

    private static long openMarkingNotHeldBy(JsonObject script, Person examiner) {
        return script.getJsonArray("markings").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("role").equals("MARKER")
                        && m.getString("state").equals("ASSIGNED"))
                .filter(m -> !examiner.username().equals(m.getString("examiner", null)))
                .map(ReviewApiIT::id)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("No open marking besides " + examiner.username() + "'s: " + script));
    }

    private static HttpResponse<String> reassign(Person chief, long markingId, Person to) {
        return chief.client()
                .post(
                        chiefPath("/markings/" + markingId + "/reassign"),
                        Json.createObjectBuilder()
                                .add("examiner", to.username())
                                .build());
    }

    private static void appeal(Candidate candidate, String reason) {
        HttpResponse<String> response =
                appealCall(candidate.person().client(), candidate.attemptId(), candidate.itemId(), reason);
        assertThat(response.statusCode()).as("appeal: %s", response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> appealCall(ApiClient client, long attemptId, long itemId, String reason) {
        return client.post(
                "/api/v1/attempts/" + attemptId + "/essays/" + itemId + "/appeal",
                Json.createObjectBuilder().add("reason", reason).build());
    }

    // ---- reading answers

    private static JsonObject ok(HttpResponse<String> response) {
        return json(status(response, 200));
    }

    private static JsonArray okArray(HttpResponse<String> response) {
        return array(status(response, 200));
    }

    private static List<String> okStrings(HttpResponse<String> response) {
        return okArray(response).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static HttpResponse<String> status(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(status);
        return response;
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return parse(response.body()).asJsonObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return parse(response.body()).asJsonArray();
    }

    private static List<String> codes(JsonArray scripts) {
        return scripts.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code"))
                .toList();
    }

    private static JsonObject event(JsonArray history, String kind) {
        return history.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals(kind))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new AssertionError("No " + kind + " in " + history));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    /** The points of the caller's own marks in rubric order, as written (null where none). */
    private static List<String> points(JsonObject assignment) {
        List<String> points = new ArrayList<>();
        for (JsonValue rubricCriterion : assignment.getJsonArray("rubric")) {
            long criterion = rubricCriterion.asJsonObject().getJsonNumber("id").longValue();
            points.add(assignment.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonNumber("criterionId").longValue() == criterion)
                    .filter(c -> c.containsKey("points"))
                    .map(c -> c.get("points").toString())
                    .findFirst()
                    .orElse(null));
        }
        return points;
    }

    private static BigDecimal number(JsonObject object, String member) {
        return object.getJsonNumber(member).bigDecimalValue();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.request().uri() + " -> " + response.statusCode() + " "
                + response.body();
    }
}
