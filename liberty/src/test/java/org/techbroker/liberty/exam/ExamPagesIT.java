package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.techbroker.liberty.support.AttemptSupportServlet;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * The trainee's exam pages from outside, as a browser requests them: what "My exams" says to a
 * trainee who lacks a required course, to one who may register and to one who is registered;
 * registering and starting from the list; the exam page rendering every saved answer and never a
 * key; the submitted attempt read-only and, after release, its result; and 404 for another
 * trainee's attempt and for unknown or malformed ids.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPagesIT {

    private static final String MY_EXAMS = "/exams/index.xhtml";
    private static final String NOT_FOUND = "Page not found";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\([\"']([^\"']+)[\"']\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport().addClasses(AttemptSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aTraineeWhoLacksTheRequiredCourseIsToldWhichWithItsLinkAndCannotRegister() {
        JsonObject exam = seedExam("");
        Trainee trainee = trainee("lacking");

        String page = trainee.client().get(MY_EXAMS).body();

        String row = row(page, exam);
        assertThat(row)
                .contains(
                        "Test sitting " + exam.getString("course"),
                        "Not eligible yet",
                        "Complete these courses before you register:",
                        "course.xhtml?code=" + exam.getString("course"))
                .doesNotContain(":register\"", ":start\"");
    }

    @Test
    void anEligibleTraineeIsToldTheyAreNotRegisteredAndRegistersFromTheList() {
        JsonObject exam = seedExam("");
        Trainee trainee = trainee("eligible");
        eligibility(trainee, exam, false);

        String page = trainee.client().get(MY_EXAMS).body();
        assertThat(row(page, exam))
                .contains("Registration open", "You are not registered for this sitting yet.")
                .doesNotContain(":start\"");

        HttpResponse<String> posted = press(trainee.client(), page, exam, "register");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String after = trainee.client().get(MY_EXAMS).body();

        // The growl writes the message into its script, with the hyphen of the course code escaped.
        assertThat(after).contains("You are registered for Test sitting ");
        assertThat(row(after, exam))
                .contains("Registered · open now", ":start\"", "60 minutes")
                .doesNotContain(":register\"", "You are not registered");
        assertThat(trainee.client().get("/index.xhtml").body())
                .contains("id=\"my-exam-" + exam.getInt("sittingId") + "\"", "Registered · open now");
    }

    @Test
    void startingFromTheListOpensTheExamPageAndTheListThenOffersToResume() {
        JsonObject exam = seedExam("duration=45");
        Trainee trainee = trainee("starter");
        eligibility(trainee, exam, true);

        String page = trainee.client().get(MY_EXAMS).body();
        HttpResponse<String> posted = press(trainee.client(), page, exam, "start");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/exams/attempt.xhtml?id=");
        String attempt = trainee.client().get(location).body();
        assertThat(attempt)
                .contains("id=\"exam\"", "data-state=\"IN_PROGRESS\"", "id=\"timer\"", "id=\"submitExam\"")
                .contains("exam.js.xhtml?ln=techbroker", "id=\"nav-6\"")
                .containsPattern("id=\"timer\"[^>]*>0:4[45]:[0-9]{2}<");
        assertThat(row(trainee.client().get(MY_EXAMS).body(), exam))
                .contains("In progress", "Resume the exam", "attempt.xhtml?id=")
                .doesNotContain(":start\"");
    }

    @Test
    void theExamPageRendersEverySavedAnswerAndNoKey() {
        JsonObject exam = seedExam("essays=1");
        Trainee trainee = trainee("resumer");
        eligibility(trainee, exam, true);
        long attemptId = start(trainee, exam);
        JsonObject form = items(trainee, attemptId);
        JsonObject single = item(form, "SINGLE_CHOICE");
        JsonObject multiple = item(form, "MULTIPLE_CHOICE");
        JsonObject numeric = item(form, "NUMERIC");
        JsonObject essay = item(form, "ESSAY");
        long chosen = option(single, 1);
        long firstOfMany = option(multiple, 0);
        long secondOfMany = option(multiple, 2);
        answer(trainee, attemptId, single, "selected=" + chosen);
        answer(trainee, attemptId, multiple, "selected=" + firstOfMany + "," + secondOfMany);
        answer(trainee, attemptId, numeric, "value=2400000.50");
        answer(trainee, attemptId, essay, "text=" + encode("技术经纪 <b>bold</b>"));

        String page =
                trainee.client().get("/exams/attempt.xhtml?id=" + attemptId).body();

        assertThat(page)
                .containsPattern("id=\"option-" + chosen + "\"[^>]*checked")
                .containsPattern("id=\"option-" + firstOfMany + "\"[^>]*checked")
                .containsPattern("id=\"option-" + secondOfMany + "\"[^>]*checked")
                .containsPattern("id=\"option-" + option(single, 0) + "\"[^>]*/>")
                .containsPattern("value=\"2400000.5\"")
                .contains("技术经纪 &lt;b&gt;bold&lt;/b&gt;</textarea>", "Saved at ")
                .contains("Fixture question: 哪一部法律调整技术合同？")
                .doesNotContain("<b>bold</b>", "isCorrect", "Fixture explanation", "Criterion 1", "2400000<");
        assertThat(page).doesNotContainPattern("id=\"option-" + option(single, 0) + "\"[^>]*checked");
        assertThat(count(page, "class=\"exam-item\"")).isEqualTo(7);
        assertThat(page).contains("id=\"nav-1\"", "class=\"answered\"", "class=\"unanswered\"");
        assertThat(page).doesNotContainPattern("<fieldset[^>]*id=\"examForm\"[^>]*disabled");
    }

    @Test
    void aSubmittedAttemptIsReadOnlyAndShowsItsResultOnceReleased() {
        JsonObject exam = seedExam("");
        Trainee trainee = trainee("submitter");
        eligibility(trainee, exam, true);
        long attemptId = start(trainee, exam);
        JsonObject form = items(trainee, attemptId);
        answer(trainee, attemptId, item(form, "NUMERIC"), "value=2400000");
        ApiClient support = new ApiClient(base);
        assertThat(support.send(
                                "POST",
                                AttemptSupportServlet.PATH + "/submission?username="
                                        + trainee.account().username() + "&attempt=" + attemptId,
                                null,
                                null)
                        .statusCode())
                .isEqualTo(204);
        String path = "/exams/attempt.xhtml?id=" + attemptId;

        String submitted = trainee.client().get(path).body();
        assertThat(submitted)
                .contains("id=\"submittedView\"", "Submitted at ", "You answered 1 of 6 questions.")
                .contains("Your result is shown here once it is released.", "value=\"2400000\"")
                .containsPattern("<fieldset[^>]*id=\"examForm\"[^>]*disabled")
                .doesNotContain("id=\"submitExam\"", "exam.js.xhtml?ln=techbroker", "id=\"timer\"");

        assertThat(support.send(
                                "POST",
                                AttemptSupportServlet.PATH + "/release?sitting=" + exam.getInt("sittingId"),
                                null,
                                null)
                        .statusCode())
                .isEqualTo(204);
        String released = trainee.client().get(path).body();
        assertThat(released)
                .contains("id=\"result\"", "Not passed", "1 of 6 points (pass mark 60%)")
                .contains("id=\"topic-" + exam.getString("course") + "\"", "1 / 6")
                .doesNotContain("Essays", "Fixture explanation");
        assertThat(row(trainee.client().get(MY_EXAMS).body(), exam)).contains("Result released", "See my result");
    }

    @Test
    void anotherTraineesAttemptAndUnknownOrMalformedIdsAreNotFound() {
        JsonObject exam = seedExam("");
        Trainee owner = trainee("owner");
        eligibility(owner, exam, true);
        long attemptId = start(owner, exam);
        Trainee other = trainee("other");

        for (String path : List.of(
                "/exams/attempt.xhtml?id=" + attemptId,
                "/exams/attempt.xhtml?id=999999999999",
                "/exams/attempt.xhtml?id=abc",
                "/exams/attempt.xhtml?id=-1",
                "/exams/attempt.xhtml")) {
            HttpResponse<String> page = other.client().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains(NOT_FOUND).doesNotContain("Fixture question", "data-attempt");
        }
        assertThat(owner.client().get("/exams/attempt.xhtml?id=" + attemptId).statusCode())
                .isEqualTo(200);
    }

    @Test
    void visitorsAreAskedToLogInFirst() {
        ApiClient visitor = new ApiClient(base);

        assertThat(visitor.get(MY_EXAMS).body())
                .contains("id=\"login:username\"")
                .doesNotContain("id=\"exams\"");
        assertThat(visitor.get("/exams/attempt.xhtml?id=1").body()).contains("id=\"login:username\"");
    }

    // --- helpers ---

    private record Trainee(TestAccount account, ApiClient client) {}

    private Trainee trainee(String purpose) {
        ApiClient client = new ApiClient(base);
        TestAccount account = client.registerTrainee(purpose);
        client.signIn(account);
        return new Trainee(account, client);
    }

    private JsonObject seedExam(String query) {
        HttpResponse<String> response =
                new ApiClient(base).send("POST", ExamSupportServlet.PATH + "?" + query, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private void eligibility(Trainee trainee, JsonObject exam, boolean register) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        ExamSupportServlet.PATH + "/eligibility?username="
                                + trainee.account().username()
                                + "&sitting=" + exam.getInt("sittingId") + "&course=" + exam.getString("course")
                                + "&lesson=" + exam.getJsonNumber("lessonId").longValue()
                                + (register ? "&register=true" : ""),
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private long start(Trainee trainee, JsonObject exam) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        AttemptSupportServlet.PATH + "?username="
                                + trainee.account().username() + "&sitting=" + exam.getInt("sittingId"),
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).getJsonNumber("attemptId").longValue();
    }

    private JsonObject items(Trainee trainee, long attemptId) {
        HttpResponse<String> response = new ApiClient(base)
                .get(AttemptSupportServlet.PATH + "?username="
                        + trainee.account().username() + "&attempt=" + attemptId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private void answer(Trainee trainee, long attemptId, JsonObject item, String answer) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        AttemptSupportServlet.PATH + "/answer?username="
                                + trainee.account().username()
                                + "&attempt=" + attemptId + "&item="
                                + item.getJsonNumber("id").longValue()
                                + "&" + answer,
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** The first item of this type on the form. */
    private static JsonObject item(JsonObject form, String type) {
        return form.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> ((JsonString) item.get("type")).getString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " item in " + form));
    }

    private static long option(JsonObject item, int index) {
        return item.getJsonArray("options").getJsonNumber(index).longValue();
    }

    /** The row of "My exams" that shows this sitting. */
    private static String row(String page, JsonObject exam) {
        String marker = "id=\"sitting-" + exam.getInt("sittingId") + "\"";
        int start = page.indexOf(marker);
        assertThat(start).as("a row for sitting %s", exam.getInt("sittingId")).isNotNegative();
        int end = page.indexOf("</li>\n", page.indexOf("class=\"actions\"", start));
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** Presses the row's button (register, start) as a browser posts the form. */
    private static HttpResponse<String> press(ApiClient client, String page, JsonObject exam, String button) {
        Matcher name = Pattern.compile(
                        "id=\"sitting-" + exam.getInt("sittingId") + "\".*?name=\"(exams:sittings:\\d+:" + button
                                + ")\"",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(name.find())
                .as("a %s button for sitting %s", button, exam.getInt("sittingId"))
                .isTrue();
        return client.send(
                "POST",
                MY_EXAMS,
                "application/x-www-form-urlencoded",
                form(
                        "exams_SUBMIT",
                        "1",
                        name.group(1),
                        button,
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("the page has a view state").isTrue();
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        assertThat(matcher.find()).as("the page has a PrimeFaces nonce").isTrue();
        return matcher.group(1);
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return form.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
