package org.techbroker.liberty.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.FacesForms.form;
import static org.techbroker.liberty.support.FacesForms.nonce;
import static org.techbroker.liberty.support.FacesForms.post;
import static org.techbroker.liberty.support.FacesForms.viewState;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
import org.techbroker.liberty.support.ReviewSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * The chief examiner's pages from outside, as a browser posts them: they do not exist for a plain
 * examiner; a sitting's scripts name examiners but never the candidate; a marking is reassigned
 * through the page, and a second chief examiner who offers it to an examiner no longer eligible is
 * refused in Chinese; a prompt's threshold is kept within 1 to 50 %; a reference script is added
 * and listed; a similarity check flags two near-identical essays and shows the shared passage
 * marked in both; the statistics page shows the figures of two double-marked scripts.
 *
 * <p>Every test seeds its own sitting, examiners and candidates, and gives its scripts to its own
 * examiners, since scripts are otherwise spread over every examiner on the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChiefPagesIT {

    private static final String SCRIPTS = "/review/chief/scripts.xhtml";
    private static final String STATISTICS = "/review/chief/statistics.xhtml";
    private static final String SIMILARITY = "/review/chief/similarity.xhtml";
    private static final String CALIBRATION = "/review/chief/calibration.xhtml";

    private static final String ESSAY = "A technology broker first maps the patents of the university laboratory, "
            + "then interviews the engineers of the enterprise about the problems their production line cannot "
            + "solve, and finally drafts a licensing agreement with milestone payments, so that R&D risk is shared "
            + "between the inventors and the manufacturer while the confidentiality clauses protect both sides.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withReviewSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void forAPlainExaminerTheChiefPagesDoNotExist() {
        long sitting = seedExam().getJsonNumber("sittingId").longValue();
        ApiClient examiner = signedIn(examiner(false), "en");

        for (String page : new String[] {
            "/review/chief/index.xhtml",
            SCRIPTS + "?sitting=" + sitting,
            STATISTICS + "?sitting=" + sitting,
            SIMILARITY + "?sitting=" + sitting,
            CALIBRATION
        }) {
            HttpResponse<String> response = examiner.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).doesNotContain("Waiting for a decision");
        }
        HttpResponse<String> dashboard = signedIn(examiner(true), "en").get("/review/chief/index.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("Waiting for a decision")
                .contains("Places waiting for an examiner")
                .contains("Open appeals");
    }

    @Test
    void theScriptsPageNamesTheExaminersButNeverTheCandidate() {
        JsonObject exam = seedExam();
        long sitting = exam.getJsonNumber("sittingId").longValue();
        TestAccount first = examiner(false);
        TestAccount second = examiner(false);
        JsonObject candidate = essays(exam, ESSAY);
        String code = candidate.getJsonArray("codes").getString(0);
        assign(code, first, second);
        ApiClient chief = signedIn(examiner(true), "en");

        String page = chief.get(SCRIPTS + "?sitting=" + sitting).body();
        String history =
                chief.get(SCRIPTS + "?sitting=" + sitting + "&history=" + code).body();
        String dashboard = chief.get("/review/chief/index.xhtml").body();

        assertThat(scriptRow(page, code))
                .contains(first.username())
                .contains(second.username())
                .contains("Being marked")
                .contains("Not started");
        assertThat(history).contains("History of " + code).contains("Allocated");
        for (String body : List.of(page, history, dashboard)) {
            assertThat(body)
                    .doesNotContain(candidate.getString("username"))
                    .doesNotContain(candidate.getString("email"));
        }
        assertThat(chief.get(SCRIPTS + "?sitting=" + sitting + "&history=E-NOSUCH")
                        .statusCode())
                .isEqualTo(404);
        assertThat(chief.get(SCRIPTS + "?sitting=" + Long.MAX_VALUE).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMarkingIsReassignedThroughThePageAndAnExaminerNoLongerEligibleIsRefused() {
        JsonObject exam = seedExam();
        long sitting = exam.getJsonNumber("sittingId").longValue();
        TestAccount first = examiner(false);
        TestAccount second = examiner(false);
        TestAccount third = examiner(false);
        String code = essays(exam, ESSAY).getJsonArray("codes").getString(0);
        assign(code, first, second);
        ApiClient chief = signedIn(examiner(true), "en");
        ApiClient otherChief = signedIn(examiner(true), "zh-CN");
        String path = SCRIPTS + "?sitting=" + sitting;
        String before = scriptRow(chief.get(path).body(), code);
        String firstMarking = markingOf(before, first);
        String secondMarking = markingOf(before, second);

        String firstView = chief.get(path + "&reassign=" + firstMarking).body();
        String secondView = otherChief.get(path + "&reassign=" + secondMarking).body();
        String thirdChoice = option(firstView, third);
        assertThat(option(secondView, third)).isEqualTo(thirdChoice);
        assertThat(offers(secondView, first))
                .as("the first examiner already marks the script")
                .isFalse();

        HttpResponse<String> moved = reassign(chief, firstView, thirdChoice);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        String after = chief.get(path).body();
        assertThat(after).contains("The Marker marking of " + code + " now belongs to");
        assertThat(scriptRow(after, code))
                .contains(third.username())
                .containsPattern("withdrawn\">\\s*Marker ·\\s*<span class=\"examiner\">[^<]*" + first.username())
                .contains("Reassigned");

        HttpResponse<String> refused = reassign(otherChief, secondView, thirdChoice);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("该考评员不能承担这项评分（申报了利益冲突、是考生本人，或已是该答卷的考评员）。");
        String unchanged = scriptRow(chief.get(path).body(), code);
        assertThat(markingOf(unchanged, second)).isEqualTo(secondMarking);
    }

    @Test
    void aThresholdIsKeptWithinOneToFiftyPercentAndPersists() {
        String prompt = promptOf(seedExam());
        ApiClient chief = signedIn(examiner(true), "en");
        ApiClient chineseChief = signedIn(examiner(true), "zh-CN");

        HttpResponse<String> zero = saveThreshold(chief, prompt, "0");
        HttpResponse<String> fiftyOne = saveThreshold(chineseChief, prompt, "51");

        assertThat(zero.statusCode()).isEqualTo(200);
        assertThat(zero.body()).contains("The threshold must be from 1 % to 50 % of the maximum.");
        assertThat(fiftyOne.body()).contains("阈值须在满分的 1% 到 50% 之间。");
        assertThat(thresholdRow(chief.get(CALIBRATION).body(), prompt))
                .containsPattern("name=\"prompts:table:\\d+:percent\"[^>]*value=\"15\"")
                .contains("Default");

        HttpResponse<String> saved = saveThreshold(chief, prompt, "20");

        assertThat(saved.body()).contains("The threshold of " + prompt + " is now 20 % of the maximum.");
        assertThat(thresholdRow(signedIn(examiner(true), "en").get(CALIBRATION).body(), prompt))
                .containsPattern("name=\"prompts:table:\\d+:percent\"[^>]*value=\"20\"")
                .doesNotContain("Default");
    }

    @Test
    void aReferenceScriptIsAddedAndListedWithTheWayToItsAgreedMark() {
        String prompt = promptOf(seedExam());
        ApiClient chief = signedIn(examiner(true), "en");
        String text = "Reference essay " + System.nanoTime() + ": map the patents, interview the engineers, license.";
        String page = chief.get(CALIBRATION).body();

        HttpResponse<String> added = post(
                chief,
                CALIBRATION,
                form(
                        "reference_SUBMIT",
                        "1",
                        "reference:prompt",
                        prompt,
                        "reference:text",
                        text,
                        "reference:add",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        String list = chief.get(CALIBRATION).body();
        Matcher message = Pattern.compile("Reference script (E-[A-Z0-9]+) for " + Pattern.quote(prompt) + " is added")
                .matcher(list);
        assertThat(message.find()).as("the message naming the new script").isTrue();
        String reference = scriptRow(list, message.group(1));
        assertThat(reference)
                .contains(prompt)
                .contains(text)
                .contains("Not agreed yet")
                .containsPattern("href=\"[^\"]*/review/mark\\.xhtml\\?assignment=\\d+\"");
    }

    @Test
    void aSimilarityCheckFlagsNearIdenticalEssaysAndMarksTheSharedPassageInBoth() {
        JsonObject exam = seedExam();
        long sitting = exam.getJsonNumber("sittingId").longValue();
        String firstCode = essays(exam, ESSAY).getJsonArray("codes").getString(0);
        String secondCode = essays(exam, ESSAY.replace("finally", "then"))
                .getJsonArray("codes")
                .getString(0);
        essays(exam, "价格应当由技术的市场价值、研发成本和风险共同决定，并在合同中写明支付方式。");
        ApiClient chief = signedIn(examiner(true), "en");
        String path = SIMILARITY + "?sitting=" + sitting;
        String page = chief.get(path).body();
        assertThat(page).contains("No pair of essays is flagged.");

        HttpResponse<String> checked = post(
                chief,
                path,
                form(
                        "check_SUBMIT",
                        "1",
                        "check:run",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));

        assertThat(checked.body())
                .contains("Pairs flagged in this sitting: 1.")
                .contains(firstCode)
                .contains(secondCode);
        Matcher flag = Pattern.compile("flag=(\\d+)").matcher(checked.body());
        assertThat(flag.find()).as("a link to the flag").isTrue();
        String comparison = chief.get(path + "&flag=" + flag.group(1)).body();
        assertThat(comparison)
                .contains("A similarity flag changes no mark and fails no one")
                .contains("R&amp;D risk")
                .doesNotContain("R&D risk");
        List<String> marked = new ArrayList<>();
        Matcher passage = Pattern.compile("<mark class=\"similar-passage\">([^<]*)</mark>")
                .matcher(comparison);
        while (passage.find()) {
            marked.add(passage.group(1));
        }
        assertThat(marked).hasSizeGreaterThanOrEqualTo(2);
        assertThat(marked).anySatisfy(text -> assertThat(text).contains("drafts a licensing agreement"));
        assertThat(String.join("", marked)).contains("confidentiality clauses protect both sides");

        HttpResponse<String> dismissed = post(
                chief,
                path + "&flag=" + flag.group(1),
                form(
                        "verdict_SUBMIT",
                        "1",
                        "verdict:state",
                        "DISMISSED",
                        "verdict:note",
                        "A common outline taught in the course.",
                        "verdict:save",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(comparison),
                        "primefaces.nonce",
                        nonce(comparison)));
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(302);
        String after = chief.get(path + "&flag=" + flag.group(1)).body();
        assertThat(after).contains("is now: Dismissed.").contains("A common outline taught in the course.");
    }

    @Test
    void theStatisticsPageShowsTheFiguresOfTwoDoubleMarkedScripts() {
        JsonObject exam = seedExam();
        long sitting = exam.getJsonNumber("sittingId").longValue();
        TestAccount first = examiner(false);
        TestAccount second = examiner(false);
        String one = essays(exam, ESSAY).getJsonArray("codes").getString(0);
        String two = essays(exam, "技术经纪人应先梳理专利，再访谈企业工程师，最后起草许可合同。")
                .getJsonArray("codes")
                .getString(0);
        assign(one, first, second);
        assign(two, first, second);
        // 60 against 70 and 80 against 80, out of 100: both within the 15-point threshold.
        mark(one, first, "15,15,15,15");
        mark(one, second, "20,20,15,15");
        mark(two, first, "20,20,20,20");
        mark(two, second, "20,20,20,20");
        ApiClient chief = signedIn(examiner(true), "en");

        String page = chief.get(STATISTICS + "?sitting=" + sitting).body();

        // Worked by hand: kappa = 1 - 2 × 100 / 600; ICC(1,1) = (225 - 25) / (225 + 25).
        assertThat(page)
                .containsPattern("id=\"pairs\">\\s*2\\s*<")
                .containsPattern("id=\"mean\">\\s*72\\.5 %\\s*<")
                .containsPattern("id=\"exact\">\\s*50\\.0 %\\s*<")
                .containsPattern("id=\"adjacent\">\\s*50\\.0 %\\s*<")
                .containsPattern("id=\"kappa\">\\s*0\\.67\\s*<")
                .containsPattern("id=\"icc\">\\s*0\\.80\\s*<");
        assertThat(cells(row(page, first.username())))
                .containsExactly("2", "70.0 %", "-5.0", "50.0 %", "50.0 %", "0.67", "0.80");
        assertThat(cells(row(page, second.username())))
                .containsExactly("2", "75.0 %", "+5.0", "50.0 %", "50.0 %", "0.67", "0.80");
        assertThat(page)
                .contains("id=\"severityChart\"")
                .contains("id=\"agreementChart\"")
                .contains("\"type\":\"bar\"");
        assertThat(scriptRow(chief.get(SCRIPTS + "?sitting=" + sitting).body(), one))
                .contains("65 / 100")
                .contains("Mean of two marks");
    }

    private JsonObject seedExam() {
        HttpResponse<String> response =
                new ApiClient(base).send("POST", ExamSupportServlet.PATH + "?essays=1", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    /** The essay prompt of a seeded exam: its six objective items come first. */
    private static String promptOf(JsonObject exam) {
        return "T" + exam.getString("course").replace("-", "") + "-7";
    }

    private TestAccount examiner(boolean chief) {
        HttpResponse<String> response =
                new ApiClient(base).send("POST", ReviewSupportServlet.PATH + "/examiners?chief=" + chief, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject examiner = ApiClient.json(response);
        return new TestAccount(
                examiner.getString("username"),
                examiner.getString("password"),
                examiner.getString("email"),
                null,
                null);
    }

    private ApiClient signedIn(TestAccount account, String language) {
        ApiClient client = new ApiClient(base).speaking(language);
        client.signIn(account);
        return client;
    }

    private JsonObject essays(JsonObject exam, String text) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/essays?sitting="
                                + exam.getJsonNumber("sittingId").longValue() + "&course=" + exam.getString("course")
                                + "&lesson=" + exam.getJsonNumber("lessonId").longValue(),
                        ApiClient.JSON,
                        Json.createObjectBuilder()
                                .add("texts", Json.createArrayBuilder().add(text))
                                .build()
                                .toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private void assign(String code, TestAccount... examiners) {
        List<String> usernames = new ArrayList<>();
        for (TestAccount examiner : examiners) {
            usernames.add(examiner.username());
        }
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/assign?role=MARKER&script=" + code + "&examiners="
                                + String.join(",", usernames),
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private void mark(String code, TestAccount examiner, String points) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ReviewSupportServlet.PATH + "/marks?script=" + code + "&examiner=" + examiner.username()
                                + "&points=" + points,
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** The table row holding this text, from the text to the row's end. */
    private static String row(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("the page shows %s", text).isNotNegative();
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    /** A script's row in the scripts table. */
    private static String scriptRow(String page, String code) {
        return row(page, "<span class=\"script-code\">" + code + "<");
    }

    /** The id of the open marking the examiner holds in a script's row, from its "Reassign…" link. */
    private static String markingOf(String row, TestAccount examiner) {
        Matcher matcher = Pattern.compile(
                        "<li class=\"marking\">[^<]*<span class=\"examiner\">[^<]*" + Pattern.quote(examiner.username())
                                + "[^<]*</span>.*?reassign=(\\d+)",
                        Pattern.DOTALL)
                .matcher(row);
        assertThat(matcher.find())
                .as("an open marking of %s in %s", examiner.username(), row)
                .isTrue();
        return matcher.group(1);
    }

    /** The value of the examiner's option in the reassignment's list. */
    private static String option(String page, TestAccount examiner) {
        Matcher matcher = optionOf(page, examiner);
        assertThat(matcher.find()).as("%s is offered", examiner.username()).isTrue();
        return matcher.group(1);
    }

    private static boolean offers(String page, TestAccount examiner) {
        return optionOf(page, examiner).find();
    }

    private static Matcher optionOf(String page, TestAccount examiner) {
        return Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*" + Pattern.quote(examiner.username()))
                .matcher(page);
    }

    private static HttpResponse<String> reassign(ApiClient chief, String page, String examiner) {
        return post(
                chief,
                SCRIPTS,
                form(
                        "reassign_SUBMIT",
                        "1",
                        "reassign:examiner",
                        examiner,
                        "reassign:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    private static String thresholdRow(String page, String prompt) {
        return row(page, ">" + prompt + "<");
    }

    private static HttpResponse<String> saveThreshold(ApiClient chief, String prompt, String percent) {
        String page = chief.get(CALIBRATION).body();
        Matcher input = Pattern.compile("name=\"(prompts:table:\\d+:)percent\"").matcher(thresholdRow(page, prompt));
        assertThat(input.find()).as("the threshold of %s", prompt).isTrue();
        return post(
                chief,
                CALIBRATION,
                form(
                        "prompts_SUBMIT",
                        "1",
                        input.group(1) + "percent",
                        percent,
                        input.group(1) + "save",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    /** The texts of a row's number cells, in order. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td class=\"number\">\\s*([^<]*?)\\s*<").matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }
}
