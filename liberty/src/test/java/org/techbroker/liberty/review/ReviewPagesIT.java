package org.techbroker.liberty.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.FacesForms.encode;
import static org.techbroker.liberty.support.FacesForms.form;
import static org.techbroker.liberty.support.FacesForms.nonce;
import static org.techbroker.liberty.support.FacesForms.viewState;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
import org.techbroker.liberty.support.FacesForms;
import org.techbroker.liberty.support.ReviewSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * The essay review pages from outside, as a browser requests and posts them: an examiner's list
 * holds their own markings only and no page of theirs names the candidate; a draft saved and then
 * submitted through the form; a save from a stale view refused with the conflict message and
 * nothing changed; live marking closed until the calibration is submitted, which then shows the
 * agreed mark and how far the examiner was from it; points out of range refused in the reader's
 * language; a conflict declaration
 * naming nobody refused; the examiner's agreement figures; the candidate's feedback shown only
 * after the release, with an appeal lodged once and the second refused; and 404 for anyone who
 * is no examiner. Each test seeds its own sitting, examiners and candidates, and gives the scripts
 * to its own examiners.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewPagesIT {

    private static final String MY_MARKING = "/review/index.xhtml";
    private static final String MARK = "/review/mark.xhtml";
    private static final String CONFLICTS = "/review/conflicts.xhtml";
    private static final String NOT_FOUND = "Page not found";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withReviewSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anExaminerSeesOnlyTheirOwnMarkingsAndNothingOfTheCandidate() {
        JsonObject exam = seedExam();
        Examiner first = examiner("en");
        Examiner second = examiner("en");
        Examiner third = examiner("en");
        JsonObject mine = essays(exam, "First line <b>bold</b>\nSecond line of the essay");
        JsonObject notMine = essays(exam, "Another candidate's essay");
        String code = code(mine);
        String otherCode = code(notMine);
        assign(code, first, second);
        assign(otherCode, second, third);

        String list = first.client().get(MY_MARKING).body();

        assertThat(list)
                .contains(code, "Live marking", "Not started", "My conflicts of interest", "My agreement figures")
                .doesNotContain(otherCode);
        assertNoCandidateIn(list, mine, notMine);
        long markingId = markingId(list, code);
        String page = first.client().get(MARK + "?assignment=" + markingId).body();
        assertThat(page)
                .contains(code, "Fixture question: 请为一家中小企业设计技术需求对接方案")
                .contains(">First line &lt;b&gt;bold&lt;/b&gt;\nSecond line of the essay</div>")
                .contains("Criterion 1: Criterion 1 (up to 25 points)", "Complete", "Partial", "Missing")
                .contains("name=\"marking:criteria:3:points\"", "id=\"marking:save\"", "id=\"marking:submit\"")
                .contains("marking.js.xhtml?ln=techbroker", "id=\"runningTotal\" class=\"figure\">0<")
                .contains("Your co-marker's mark is shown here once both of you have submitted.")
                .doesNotContain("<b>bold</b>", "id=\"otherMarks\"");
        assertNoCandidateIn(page, mine, notMine);

        long othersMarking = markingId(second.client().get(MY_MARKING).body(), otherCode);
        for (String path : List.of(
                MARK + "?assignment=" + othersMarking,
                MARK + "?assignment=999999999999",
                MARK + "?assignment=abc",
                MARK)) {
            HttpResponse<String> refused = first.client().get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).as(path).contains(NOT_FOUND).doesNotContain(otherCode);
        }
    }

    @Test
    void aDraftIsSavedThenSubmittedThroughTheFormAndTheCoMarkersMarkFollows() {
        JsonObject exam = seedExam();
        Examiner first = examiner("en");
        Examiner second = examiner("en");
        JsonObject candidate = essays(exam, "An essay on matching technology demand.");
        String code = code(candidate);
        assign(code, first, second);
        long markingId = markingId(first.client().get(MY_MARKING).body(), code);

        HttpResponse<String> draft = save(
                first.client(),
                markingId,
                "save",
                new String[] {"20", "10", "", ""},
                new String[] {"Clear steps.", "", "", ""},
                "Promising.");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(302);
        assertThat(draft.headers().firstValue("Location").orElseThrow())
                .contains("/review/mark.xhtml?assignment=" + markingId);
        String drafted = markingPage(first.client(), markingId);
        assertThat(drafted)
                .contains("id=\"state\">Draft<", "Last saved", "id=\"runningTotal\" class=\"figure\">30<")
                .containsPattern("name=\"marking:criteria:0:points\"[^>]*value=\"20\"")
                .containsPattern("name=\"marking:criteria:1:points\"[^>]*value=\"10\"")
                .contains(">Clear steps.</textarea>", ">Promising.</textarea>");
        assertThat(first.client().get(MY_MARKING).body()).contains("Draft", "Continue");

        HttpResponse<String> submitted = save(
                first.client(),
                markingId,
                "submit",
                new String[] {"20", "10", "25", "0"},
                new String[] {"Clear steps.", "Risks thin.", "", "No budget."},
                "Promising.");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        String read = markingPage(first.client(), markingId);
        assertThat(read)
                .contains("id=\"state\">Submitted<", "these marks can no longer change", "id=\"readOnly\"")
                .contains("id=\"runningTotal\" class=\"figure\">55<", "Risks thin.", "No budget.")
                .contains("Your co-marker's mark is shown here once both of you have submitted.")
                .doesNotContain("id=\"marking:save\"", "id=\"marking:submit\"", "name=\"marking:criteria:0:points\"");

        submitMarks(second.client(), code, new String[] {"15", "10", "20", "0"}, "Steps could be clearer.");
        String compared = markingPage(first.client(), markingId);
        assertThat(compared)
                .contains("id=\"otherMarks\"", "Your co-marker's mark", "Steps could be clearer.", "You were")
                .containsPattern("class=\"number total\">45<")
                .containsPattern("class=\"number difference total-difference\">\\+10<")
                .containsPattern("class=\"number difference\">\\+5<")
                .containsPattern("class=\"number difference\">±0<");
    }

    @Test
    void aSaveFromAStaleViewShowsTheConflictMessageAndChangesNothing() {
        JsonObject exam = seedExam();
        Examiner first = examiner("en");
        Examiner second = examiner("en");
        String code = code(essays(exam, "Two tabs of the same marking."));
        assign(code, first, second);
        long markingId = markingId(first.client().get(MY_MARKING).body(), code);
        String firstTab = markingPage(first.client(), markingId);
        String secondTab = markingPage(first.client(), markingId);

        HttpResponse<String> saved =
                post(first.client(), firstTab, "save", new String[] {"20", "", "", ""}, new String[4], null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> stale =
                post(first.client(), secondTab, "save", new String[] {"5", "5", "", ""}, new String[4], "Overwrite?");

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body())
                .contains("This marking was saved elsewhere (another tab or person) after you opened it.")
                .contains("your changes were not saved");
        String now = markingPage(first.client(), markingId);
        assertThat(now)
                .containsPattern("name=\"marking:criteria:0:points\"[^>]*value=\"20\"")
                .doesNotContainPattern("name=\"marking:criteria:1:points\"[^>]*value=\"5\"")
                .doesNotContain("Overwrite?");
    }

    @Test
    void liveMarkingWaitsForTheCalibrationWhichThenShowsTheAgreedMarkAndTheDifferences() {
        JsonObject exam = seedExam();
        Examiner chief = examiner("en", true);
        Examiner first = examiner("en");
        Examiner second = examiner("en");
        String code = code(essays(exam, "A live essay that waits for calibration."));
        assign(code, first, second);
        long liveId = markingId(first.client().get(MY_MARKING).body(), code);
        Matcher promptKey = Pattern.compile("id=\"promptKey\">([^<]+)<").matcher(markingPage(first.client(), liveId));
        assertThat(promptKey.find()).as("the marking names its prompt").isTrue();
        String prompt = promptKey.group(1);
        String reference = referenceScript(prompt, chief, "A reference essay.\nIt has two lines.");
        try {
            String chiefList = chief.client().get(MY_MARKING).body();
            assertThat(chiefList).contains("Agreed marks of reference scripts", reference, "Agreed mark");
            HttpResponse<String> agreed = save(
                    chief.client(),
                    markingId(chiefList, reference),
                    "submit",
                    new String[] {"20", "10", "25", "0"},
                    new String[] {"Steps named.", "", "", ""},
                    "The agreed view.");
            assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(302);

            String list = first.client().get(MY_MARKING).body();
            assertThat(list)
                    .contains(
                            "live marking of prompt " + prompt + " opens once your calibration",
                            "Waits for calibration")
                    .contains("id=\"calibration\"", "id=\"live\"");
            assertThat(list.indexOf("id=\"calibration\"")).isLessThan(list.indexOf("id=\"live\""));
            long calibrationId = markingId(list, reference);
            assertThat(markingPage(first.client(), liveId))
                    .contains("id=\"waitsForCalibration\"", "mark.xhtml?assignment=" + calibrationId)
                    .containsPattern("name=\"marking:criteria:0:points\"[^>]*disabled")
                    .doesNotContain("id=\"marking:save\"", "id=\"marking:submit\"");
            assertThat(markingPage(first.client(), calibrationId))
                    .contains(">A reference essay.\nIt has two lines.</div>", "id=\"marking:submit\"")
                    .doesNotContain("id=\"otherMarks\"", "The agreed view.", "Steps named.");

            HttpResponse<String> calibrated = save(
                    first.client(),
                    calibrationId,
                    "submit",
                    new String[] {"22", "10", "20", "0"},
                    new String[4],
                    "My view.");
            assertThat(calibrated.statusCode()).as(calibrated.body()).isEqualTo(302);
            assertThat(markingPage(first.client(), calibrationId))
                    .contains("id=\"otherMarks\"", "The agreed mark", "The agreed view.", "Steps named.", "You were")
                    .containsPattern("class=\"number total\">55<")
                    .containsPattern("total-difference\">\u22123<")
                    .containsPattern("class=\"number difference\">\\+2<")
                    .containsPattern("class=\"number difference\">\u22125<");
            assertThat(markingPage(first.client(), liveId))
                    .contains("id=\"marking:save\"")
                    .doesNotContain("id=\"waitsForCalibration\"");
            assertThat(first.client().get(MY_MARKING).body()).doesNotContain("Waits for calibration");
        } finally {
            retire(reference);
        }
    }

    @Test
    void pointsOutOfRangeAreRefusedInTheReadersLanguage() {
        JsonObject exam = seedExam();
        Examiner english = examiner("en");
        Examiner chinese = examiner("zh-CN");
        String code = code(essays(exam, "Points out of range."));
        assign(code, english, chinese);

        HttpResponse<String> tooMany = save(
                english.client(),
                markingId(english.client().get(MY_MARKING).body(), code),
                "save",
                new String[] {"30", "", "", ""},
                new String[4],
                null);
        HttpResponse<String> fraction = save(
                chinese.client(),
                markingId(chinese.client().get(MY_MARKING).body(), code),
                "save",
                new String[] {"", "2.5", "", ""},
                new String[4],
                null);

        assertThat(tooMany.statusCode()).isEqualTo(200);
        assertThat(tooMany.body()).contains("Criterion 1: give whole points from 0 to 25.");
        assertThat(fraction.statusCode()).isEqualTo(200);
        assertThat(fraction.body()).contains("评分标准 2：请给出 0 到 25 之间的整数分。");
        assertThat(markingPage(
                        english.client(),
                        markingId(english.client().get(MY_MARKING).body(), code)))
                .contains("id=\"state\">Not started<")
                .doesNotContainPattern("name=\"marking:criteria:0:points\"[^>]*value=\"30\"");
    }

    @Test
    void aConflictWithAnUnknownCandidateIsRefusedAndAKnownOneIsDeclaredAndWithdrawn() {
        Examiner examiner = examiner("en");
        TestAccount known = new ApiClient(base).registerTrainee("known");

        HttpResponse<String> unknown = declareCandidate(examiner.client(), "nobody-" + System.nanoTime());
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("There is no candidate with this username or email.");
        assertThat(examiner.client().get(CONFLICTS).body()).contains("You have declared no conflict of interest.");

        HttpResponse<String> byEmail =
                declareCandidate(examiner.client(), known.email().toUpperCase(Locale.ROOT));
        assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(302);
        String declared = examiner.client().get(CONFLICTS).body();
        assertThat(declared).contains("Candidate", "(" + known.username() + ")").doesNotContain("no conflict");

        HttpResponse<String> twice = declareCandidate(examiner.client(), known.username());
        assertThat(twice.body()).contains("You have already declared this conflict of interest.");

        HttpResponse<String> withdrawn = FacesForms.post(
                examiner.client(),
                CONFLICTS,
                form(
                        "declarations_SUBMIT",
                        "1",
                        "declarations:table:0:withdraw",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(declared),
                        "primefaces.nonce",
                        nonce(declared)));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(302);
        assertThat(examiner.client().get(CONFLICTS).body())
                .contains("You have declared no conflict of interest.")
                .doesNotContain(known.username());
    }

    @Test
    void anExaminerReadsTheirOwnAgreementBesideTheSittings() {
        JsonObject exam = seedExam();
        Examiner first = examiner("en");
        Examiner second = examiner("en");
        String code = code(essays(exam, "Agreement figures."));
        assign(code, first, second);
        submitMarks(first.client(), code, new String[] {"20", "20", "20", "20"}, "Good.");
        submitMarks(second.client(), code, new String[] {"15", "20", "20", "20"}, "Fair.");

        String page = first.client()
                .get("/review/statistics.xhtml?sitting=" + exam.getInt("sittingId"))
                .body();

        // One pair, 80 and 75 of 100: kappa 1 − 25·1/25 = 0; ICC needs two scripts.
        assertThat(figure(page, "scripts")).contains(">1<", ">1<");
        assertThat(figure(page, "mean")).contains(">80.0%<", ">77.5%<");
        assertThat(figure(page, "severity")).contains(">+5.0<");
        assertThat(figure(page, "exact")).contains(">0.0%<");
        assertThat(figure(page, "adjacent")).contains(">0.0%<");
        assertThat(figure(page, "kappa")).contains(">0.00<");
        assertThat(figure(page, "icc")).containsPattern("absent\"[^>]*>—<");
        assertThat(page)
                .contains("id=\"agreementChart\"", "selected=\"selected\"")
                .doesNotContain(second.account().username());
        assertThat(second.client()
                        .get("/review/statistics.xhtml?sitting=" + exam.getInt("sittingId"))
                        .body())
                .contains(">75.0%<", ">\u22125.0<");
        assertThat(first.client()
                        .get("/review/statistics.xhtml?sitting=999999999")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCandidateSeesTheFeedbackOnlyAfterTheReleaseAndAppealsOnce() {
        JsonObject exam = seedExam();
        Examiner first = examiner("en");
        Examiner second = examiner("en");
        JsonObject candidate = essays(exam, "My essay.");
        String code = code(candidate);
        assign(code, first, second);
        submitMarks(first.client(), code, new String[] {"20", "20", "20", "20"}, "Well argued overall.");
        submitMarks(second.client(), code, new String[] {"15", "20", "20", "20"}, "Sound, if brief.");
        ApiClient trainee = new ApiClient(base);
        trainee.login(candidate.getString("username"), candidate.getString("password"));
        String path = "/exams/attempt.xhtml?id="
                + candidate.getJsonNumber("attemptId").longValue();

        String before = trainee.get(path).body();
        assertThat(before)
                .contains("Your result is shown here once it is released.")
                .doesNotContain("essayFeedback", "Well argued overall.", "Criterion 1 comment");

        release(exam);
        String released = trainee.get(path).body();
        assertThat(released)
                .contains("id=\"essayFeedback\"", "Feedback on your essays", "Question 7")
                .contains("Final mark: 77.5 of 100 points", "Mean of two marks", "17.5 / 25", "20 / 25")
                .contains("Criterion 1 comment by the marker", "Well argued overall.", "Sound, if brief.")
                .contains(
                        "name=\"feedback:essays:0:reason\"", "id=\"feedback:essays:0:appeal\"", "You may appeal until ")
                .doesNotContain(first.account().username(), second.account().username());

        HttpResponse<String> appealed = appeal(trainee, path, released, "Criterion 1 deserves more.");
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(302);
        String after = trainee.get(path).body();
        assertThat(after)
                .contains("Appeal lodged at ", ">Open<", "Criterion 1 deserves more.", "Mark before the appeal: 77.5.")
                .doesNotContain("name=\"feedback:essays:0:reason\"");

        HttpResponse<String> again = appeal(trainee, path, released, "Once more.");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("This essay has already been appealed.");
    }

    @Test
    void whoeverIsNoExaminerFindsNoMarkingPage() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("nomark"));

        for (String path : List.of(
                MY_MARKING,
                MARK + "?assignment=1",
                CONFLICTS,
                "/review/statistics.xhtml",
                "/review/chief/index.xhtml")) {
            HttpResponse<String> page = trainee.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains(NOT_FOUND).doesNotContain("My marking</h1>");
        }
        assertThat(trainee.get("/index.xhtml").body()).doesNotContain("id=\"navMarking\"");
    }

    // --- seeding, reading and posting pages ---

    private record Examiner(TestAccount account, ApiClient client) {}

    /** A new examiner, signed in, reading pages in this language. */
    private Examiner examiner(String language) {
        return examiner(language, false);
    }

    private Examiner examiner(String language, boolean chief) {
        HttpResponse<String> response =
                new ApiClient(base).send("POST", ReviewSupportServlet.PATH + "/examiners?chief=" + chief, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject created = ApiClient.json(response);
        TestAccount account = new TestAccount(
                created.getString("username"), created.getString("password"), created.getString("email"), null, null);
        ApiClient client = new ApiClient(base).speaking(language);
        client.signIn(account);
        return new Examiner(account, client);
    }

    /** A sitting whose one essay is worth 100 points: four criteria of 25 (levels 25, 10, 0). */
    private JsonObject seedExam() {
        HttpResponse<String> response =
                new ApiClient(base).send("POST", ExamSupportServlet.PATH + "?essays=1", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    /** A new candidate who sat the exam and submitted this essay. */
    private JsonObject essays(JsonObject exam, String text) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/essays?sitting=" + exam.getInt("sittingId") + "&course="
                                + exam.getString("course") + "&lesson="
                                + exam.getJsonNumber("lessonId").longValue(),
                        ApiClient.JSON,
                        Json.createObjectBuilder()
                                .add("texts", Json.createArrayBuilder().add(text))
                                .build()
                                .toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private static String code(JsonObject scripts) {
        return ((JsonString) scripts.getJsonArray("codes").get(0)).getString();
    }

    private void assign(String code, Examiner... examiners) {
        List<String> usernames = new ArrayList<>();
        for (Examiner examiner : examiners) {
            usernames.add(examiner.account().username());
        }
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/assign?script=" + code + "&role=MARKER&examiners="
                                + String.join(",", usernames),
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** A reference script of the prompt, written by the chief examiner, who then gives its agreed mark. */
    private String referenceScript(String itemKey, Examiner chief, String text) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/reference?item=" + itemKey + "&chief="
                                + chief.account().username() + "&text=" + encode(text),
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).getString("code");
    }

    private void retire(String reference) {
        HttpResponse<String> response = new ApiClient(base)
                .send("POST", ReviewSupportServlet.PATH + "/reference?retire=" + reference, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private void release(JsonObject exam) {
        HttpResponse<String> response = new ApiClient(base)
                .send("POST", ReviewSupportServlet.PATH + "/release?sitting=" + exam.getInt("sittingId"), null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static void assertNoCandidateIn(String page, JsonObject... candidates) {
        for (JsonObject candidate : candidates) {
            assertThat(page).doesNotContain(candidate.getString("username"), candidate.getString("email"));
        }
    }

    /** The marking id that "My marking" links to from the script's code. */
    private static long markingId(String list, String code) {
        Matcher matcher = Pattern.compile("assignment=(\\d+)\"[^>]*>" + Pattern.quote(code) + "<")
                .matcher(list);
        assertThat(matcher.find()).as("a link to the marking of %s", code).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String markingPage(ApiClient client, long markingId) {
        HttpResponse<String> page = client.get(MARK + "?assignment=" + markingId);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    /** Opens the marking form and presses one of its buttons ("save" or "submit"). */
    private static HttpResponse<String> save(
            ApiClient client, long markingId, String button, String[] points, String[] feedback, String overall) {
        return post(client, markingPage(client, markingId), button, points, feedback, overall);
    }

    /** Posts the marking form of a page already read, as a browser would from that tab. */
    private static HttpResponse<String> post(
            ApiClient client, String page, String button, String[] points, String[] feedback, String overall) {
        List<String> fields = new ArrayList<>(List.of("marking_SUBMIT", "1"));
        for (int i = 0; i < points.length; i++) {
            fields.addAll(List.of(
                    "marking:criteria:" + i + ":points",
                    points[i],
                    "marking:criteria:" + i + ":feedback",
                    feedback[i] == null ? "" : feedback[i]));
        }
        fields.addAll(List.of(
                "marking:overall",
                overall == null ? "" : overall,
                "marking:" + button,
                "",
                "jakarta.faces.ViewState",
                viewState(page),
                "primefaces.nonce",
                nonce(page)));
        return FacesForms.post(client, MARK, form(fields.toArray(String[]::new)));
    }

    /** Submits the examiner's marking of the script, each criterion with a comment. */
    private static void submitMarks(ApiClient client, String code, String[] points, String overall) {
        long markingId = markingId(client.get(MY_MARKING).body(), code);
        String[] feedback = new String[points.length];
        for (int i = 0; i < points.length; i++) {
            feedback[i] = "Criterion " + (i + 1) + " comment by the marker";
        }
        HttpResponse<String> response = save(client, markingId, "submit", points, feedback, overall);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private static HttpResponse<String> declareCandidate(ApiClient client, String usernameOrEmail) {
        String page = client.get(CONFLICTS).body();
        return FacesForms.post(
                client,
                CONFLICTS,
                form(
                        "candidateForm_SUBMIT",
                        "1",
                        "candidateForm:candidate",
                        usernameOrEmail,
                        "candidateForm:declare",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    private static HttpResponse<String> appeal(ApiClient trainee, String path, String page, String reason) {
        return FacesForms.post(
                trainee,
                path,
                form(
                        "feedback_SUBMIT",
                        "1",
                        "feedback:essays:0:reason",
                        reason,
                        "feedback:essays:0:appeal",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    /** The row of the agreement table that shows this figure. */
    private static String figure(String page, String name) {
        int start = page.indexOf("id=\"figure-" + name + "\"");
        assertThat(start).as("a row for %s", name).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
