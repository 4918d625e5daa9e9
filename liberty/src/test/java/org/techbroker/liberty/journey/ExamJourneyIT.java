package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techbroker.app.demo.DemoData;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.AttemptSupportServlet;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * A trainee sits an exam in a real browser: opens My exams from the navigation, starts the sitting,
 * answers a radio, a checkbox and a number and sees each saved; extra time granted meanwhile moves
 * the timer; a reload and a second browser (another device) find every answer; the confirmation
 * dialog counts the unanswered questions; and the submitted attempt reads "submitted". A change
 * after the deadline says the time is over, is not saved, and the page follows the server's own
 * submission. The exam is the test's own ({@code /test-support/exams}), except in the demo
 * trainee's journey through the demo sitting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamJourneyIT {

    private static final String SAVED = "Saved at ";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport().addClasses(AttemptSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aTraineeSitsAnExamWhoseAnswersSurviveAReloadAndAnotherDevice() {
        ApiClient support = new ApiClient(base);
        JsonObject exam = seed(support, "duration=60&essays=1");
        TestAccount trainee = support.registerTrainee("examinee");
        register(support, trainee, exam);
        long sittingId = exam.getJsonNumber("sittingId").longValue();

        try (Browser browser = new Browser("en")) {
            signIn(browser, trainee);
            browser.clickAndWaitForNewPage("navExams");
            assertThat(browser.heading()).isEqualTo("My exams");
            assertThat(browser.find("sitting-" + sittingId).getText())
                    .contains("Test sitting " + exam.getString("course"), "60 minutes", "Registered · open now");
            browser.clickAndWaitForNewPage(
                    browser.driver().findElement(By.cssSelector("#sitting-" + sittingId + " input[type=submit]")));

            assertThat(browser.heading()).isEqualTo("Test sitting " + exam.getString("course"));
            String attemptUrl = browser.driver().getCurrentUrl();
            long attemptId = Long.parseLong(attemptUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(browser.find("timer").getText()).matches("0:(59|60):[0-9]{2}|1:00:00");
            assertThat(browser.driver().findElements(By.cssSelector("li.exam-item")))
                    .hasSize(7);

            // A radio, two checkboxes and a number, each saved as it changes.
            WebElement single = item(browser, "SINGLE_CHOICE");
            WebElement multiple = item(browser, "MULTIPLE_CHOICE");
            WebElement numeric = item(browser, "NUMERIC");
            String singleChoice = options(single).get(1).getAttribute("id");
            String firstOfMany = options(multiple).get(0).getAttribute("id");
            String thirdOfMany = options(multiple).get(2).getAttribute("id");
            choose(browser, options(single).get(1));
            choose(browser, options(multiple).get(0));
            choose(browser, options(multiple).get(2));
            WebElement number = numeric.findElement(By.cssSelector("input[type=text]"));
            number.sendKeys("2,400,000");
            waitUntilSaved(browser, single);
            waitUntilSaved(browser, multiple);
            waitUntilSaved(browser, numeric);
            browser.waitForText("Every answer is saved as you go.");
            assertThat(navigator(browser, single).getAttribute("class")).isEqualTo("answered");
            assertThat(navigator(browser, item(browser, "TRUE_FALSE")).getAttribute("class"))
                    .isEqualTo("unanswered");

            // Extra time granted meanwhile reaches the timer with the next save.
            grantExtraTime(support, trainee, sittingId, 30);
            choose(browser, options(item(browser, "TRUE_FALSE")).get(0));
            waitUntilSaved(browser, item(browser, "TRUE_FALSE"));
            wait(browser).until(d -> browser.find("timer").getText().matches("1:(29|30):[0-9]{2}"));

            // A reload resumes with every saved answer.
            browser.driver().navigate().refresh();
            assertThat(browser.find("exam").isDisplayed()).isTrue();
            assertAnswers(browser, singleChoice, firstOfMany, thirdOfMany);
            assertThat(browser.find("timer").getText()).matches("1:(29|30):[0-9]{2}");

            // Another device: a second browser, signed in on its own, switched to Chinese.
            try (Browser other = new Browser("zh-CN")) {
                signIn(other, trainee);
                other.open(attemptUrl);
                assertAnswers(other, singleChoice, firstOfMany, thirdOfMany);
                other.clickAndWaitForNewPage("language:zh");
                assertThat(other.heading()).isEqualTo("测试考试 " + exam.getString("course"));
                assertAnswers(other, singleChoice, firstOfMany, thirdOfMany);
                assertThat(other.find("status-" + item(other, "NUMERIC").getAttribute("data-item"))
                                .getText())
                        .startsWith("已于 ");
            }

            // Submitting asks first, counting the questions left unanswered.
            browser.find("submitExam").click();
            assertThat(browser.find("confirmSubmit").isDisplayed()).isTrue();
            assertThat(browser.find("confirmText").getText()).isEqualTo("3 of 7 questions are unanswered.");
            browser.find("confirmNo").click();
            wait(browser).until(d -> !browser.driver()
                    .findElement(By.id("confirmSubmit"))
                    .isDisplayed());
            browser.find("submitExam").click();
            browser.clickAndWaitForNewPage("confirmYes");

            assertThat(browser.find("submittedHeading").getText()).startsWith("Submitted at ");
            assertThat(browser.find("submittedView").getText()).contains("You answered 4 of 7 questions.");
            assertThat(browser.driver().findElements(By.id("submitExam"))).isEmpty();
            assertThat(browser.find(singleChoice).isSelected()).isTrue();
            assertThat(browser.find(singleChoice).isEnabled()).isFalse();
            assertThat(status(support, trainee, attemptId)).isEqualTo("SUBMITTED");

            browser.clickAndWaitForNewPage("toMyExams");
            assertThat(browser.find("stage-" + sittingId).getText()).isEqualTo("Submitted");
        }
    }

    @Test
    void aChangeAfterTheDeadlineSaysTheTimeIsOverAndIsNotSaved() {
        ApiClient support = new ApiClient(base);
        JsonObject exam = seed(support, "duration=30");
        TestAccount trainee = support.registerTrainee("latecomer");
        register(support, trainee, exam);
        long sittingId = exam.getJsonNumber("sittingId").longValue();

        try (Browser browser = new Browser("en")) {
            signIn(browser, trainee);
            browser.open(base + "exams/index.xhtml");
            browser.clickAndWaitForNewPage(
                    browser.driver().findElement(By.cssSelector("#sitting-" + sittingId + " input[type=submit]")));
            long attemptId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            WebElement single = item(browser, "SINGLE_CHOICE");
            String saved = options(single).get(0).getAttribute("id");
            String late = options(single).get(1).getAttribute("id");
            choose(browser, options(single).get(0));
            waitUntilSaved(browser, single);

            // Two minutes left: the next save brings the deadline, and the page warns.
            moveDeadline(support, attemptId, 120);
            WebElement numeric = item(browser, "NUMERIC");
            numeric.findElement(By.cssSelector("input[type=text]")).sendKeys("12.5");
            waitUntilSaved(browser, numeric);
            wait(browser).until(d -> browser.find("timeWarning").getText().equals("5 minutes left."));
            assertThat(browser.find("timer").getText()).matches("0:0[12]:[0-9]{2}");

            // The deadline passes on the server before the page knows: the change is refused.
            moveDeadline(support, attemptId, -5);
            choose(browser, browser.find(late));
            wait(browser).until(d -> browser.find("status-" + single.getAttribute("data-item"))
                    .getText()
                    .equals("Time is over — not saved"));
            assertThat(browser.find("overallStatus").getText()).startsWith("Time is over.");
            assertThat(browser.find("timer").getText()).isEqualTo("0:00:00");
            assertThat(browser.find(saved).isEnabled()).as("inputs locked").isFalse();

            // The server submits the overdue attempt itself, and the page follows it.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.id("submittedView")).isEmpty());
            assertThat(browser.find(saved).isSelected()).isTrue();
            assertThat(browser.find(late).isSelected()).isFalse();
            assertThat(status(support, trainee, attemptId)).isEqualTo("SUBMITTED");
        }
    }

    /**
     * The journey, on the demo data: the demo trainee starts the open junior demo sitting,
     * answers, reloads mid-exam, finds the answers, and submits. Skipped where no demo data is
     * loaded (a production database).
     */
    @Test
    void theDemoTraineeSitsTheDemoExam() {
        ApiClient demo = new ApiClient(base);
        assumeTrue(
                demo.login(DemoData.TRAINEE, DemoData.PASSWORD).statusCode() == 200,
                "demo data is loaded on this database");
        HttpResponse<String> listed = demo.get("/api/v1/sittings?lang=en");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonObject sitting = Json.createReader(new java.io.StringReader(listed.body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("title").equals("Junior technology broker exam (demo)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo sitting in " + listed.body()));
        assertThat(sitting.getBoolean("registered")).isTrue();
        long sittingId = sitting.getJsonNumber("id").longValue();

        try (Browser browser = new Browser("en")) {
            signIn(browser, new TestAccount(DemoData.TRAINEE, DemoData.PASSWORD, null, null, null));
            browser.clickAndWaitForNewPage("navExams");
            browser.clickAndWaitForNewPage(browser.driver()
                    .findElement(By.cssSelector(
                            "#sitting-" + sittingId + " input[type=submit], #sitting-" + sittingId + " a.button")));
            assertThat(browser.find("exam").getAttribute("data-state")).isEqualTo("IN_PROGRESS");
            List<WebElement> items = browser.driver().findElements(By.cssSelector("li.exam-item"));
            assertThat(items).hasSize(25);

            WebElement single = item(browser, "SINGLE_CHOICE");
            WebElement multiple = item(browser, "MULTIPLE_CHOICE");
            WebElement essay = item(browser, "ESSAY");
            String singleChoice = options(single).get(0).getAttribute("id");
            String firstOfMany = options(multiple).get(0).getAttribute("id");
            String secondOfMany = options(multiple).get(1).getAttribute("id");
            choose(browser, options(single).get(0));
            choose(browser, options(multiple).get(0));
            choose(browser, options(multiple).get(1));
            String text = "先评估技术成熟度，再设计许可与服务组合。";
            essay.findElement(By.tagName("textarea")).sendKeys(text);
            waitUntilSaved(browser, single);
            waitUntilSaved(browser, multiple);
            waitUntilSaved(browser, essay);

            browser.driver().navigate().refresh();
            assertThat(browser.find(singleChoice).isSelected()).isTrue();
            assertThat(browser.find(firstOfMany).isSelected()).isTrue();
            assertThat(browser.find(secondOfMany).isSelected()).isTrue();
            assertThat(item(browser, "ESSAY")
                            .findElement(By.tagName("textarea"))
                            .getAttribute("value"))
                    .isEqualTo(text);
            assertThat(browser.driver().findElements(By.cssSelector("#navigator a.answered")))
                    .hasSize(3);

            browser.find("submitExam").click();
            assertThat(browser.find("confirmText").getText()).isEqualTo("22 of 25 questions are unanswered.");
            browser.clickAndWaitForNewPage("confirmYes");
            assertThat(browser.find("submittedView").getText()).contains("You answered 3 of 25 questions.");
        }
    }

    // --- helpers ---

    private void signIn(Browser browser, TestAccount trainee) {
        browser.open(base + "login.xhtml");
        browser.type("login:username", trainee.username());
        browser.type("login:password", trainee.password());
        browser.clickAndWaitForNewPage("login:submit");
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    private static WebElement item(Browser browser, String type) {
        return browser.driver().findElement(By.cssSelector("li.exam-item[data-type='" + type + "']"));
    }

    private static List<WebElement> options(WebElement item) {
        return item.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
    }

    /** Clicks an option as a person does, with the option scrolled to the middle of the window. */
    private static void choose(Browser browser, WebElement option) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
    }

    private static WebElement navigator(Browser browser, WebElement item) {
        return browser.driver()
                .findElement(By.cssSelector("#navigator a[data-item='" + item.getAttribute("data-item") + "']"));
    }

    /** Waits until the item's status says "saved" and nothing of it waits to be sent. */
    private static void waitUntilSaved(Browser browser, WebElement item) {
        String status = "status-" + item.getAttribute("data-item");
        wait(browser).until(d -> {
            WebElement element = d.findElement(By.id(status));
            return element.getText().startsWith(SAVED) || element.getText().startsWith("已于 ");
        });
    }

    private static void assertAnswers(Browser browser, String singleChoice, String firstOfMany, String thirdOfMany) {
        assertThat(browser.find(singleChoice).isSelected()).isTrue();
        assertThat(browser.find(firstOfMany).isSelected()).isTrue();
        assertThat(browser.find(thirdOfMany).isSelected()).isTrue();
        WebElement multiple = item(browser, "MULTIPLE_CHOICE");
        assertThat(options(multiple).stream().filter(WebElement::isSelected)).hasSize(2);
        assertThat(item(browser, "NUMERIC")
                        .findElement(By.cssSelector("input[type=text]"))
                        .getAttribute("value"))
                .isEqualTo("2400000");
        assertThat(options(item(browser, "TRUE_FALSE")).get(0).isSelected()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#navigator a.answered")))
                .hasSize(4);
    }

    private static JsonObject seed(ApiClient support, String query) {
        HttpResponse<String> response = support.send("POST", ExamSupportServlet.PATH + "?" + query, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private static void register(ApiClient support, TestAccount trainee, JsonObject exam) {
        HttpResponse<String> response = support.send(
                "POST",
                ExamSupportServlet.PATH + "/eligibility?register=true&username=" + trainee.username() + "&sitting="
                        + exam.getJsonNumber("sittingId").longValue() + "&course=" + exam.getString("course")
                        + "&lesson=" + exam.getJsonNumber("lessonId").longValue(),
                null,
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static void moveDeadline(ApiClient support, long attemptId, int secondsFromNow) {
        HttpResponse<String> response = support.send(
                "POST",
                ExamSupportServlet.PATH + "/deadline?attempt=" + attemptId + "&secondsFromNow=" + secondsFromNow,
                null,
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static void grantExtraTime(ApiClient support, TestAccount trainee, long sittingId, int minutes) {
        HttpResponse<String> response = support.send(
                "POST",
                AttemptSupportServlet.PATH + "/extra-time?username=" + trainee.username() + "&sitting=" + sittingId
                        + "&minutes=" + minutes,
                null,
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static String status(ApiClient support, TestAccount trainee, long attemptId) {
        HttpResponse<String> response =
                support.get(AttemptSupportServlet.PATH + "?username=" + trainee.username() + "&attempt=" + attemptId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getString("state");
    }
}
