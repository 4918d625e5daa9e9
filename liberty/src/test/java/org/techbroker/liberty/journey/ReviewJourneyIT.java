package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamSupportServlet;
import org.techbroker.liberty.support.ReviewSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * The marking cycle in real browsers: two examiners mark the same anonymous script on their own
 * (the first sees nothing of the second's mark until both have submitted), their marks diverge
 * beyond the limit, the chief examiner finds the script waiting, sees both marks, is told a
 * reason is needed and adjudicates; the candidate sees no feedback before the release and, after
 * it, the adjudicated mark per criterion with the examiners' comments and nobody's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withReviewSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void twoExaminersDivergeTheChiefAdjudicatesAndTheCandidateReadsTheFeedback() {
        ApiClient support = new ApiClient(base);
        JsonObject exam = post(support, ExamSupportServlet.PATH + "?essays=1", null);
        long sittingId = exam.getJsonNumber("sittingId").longValue();
        TestAccount first = examiner(support, false);
        TestAccount second = examiner(support, false);
        TestAccount chief = examiner(support, true);
        JsonObject scripts = post(
                support,
                ReviewSupportServlet.PATH + "/essays?sitting=" + sittingId + "&course=" + exam.getString("course")
                        + "&lesson=" + exam.getJsonNumber("lessonId").longValue(),
                Json.createObjectBuilder()
                        .add("texts", Json.createArrayBuilder().add("技术经纪人应先梳理企业的技术需求，再对接高校成果。\n\n其次要评估风险。"))
                        .build()
                        .toString());
        String code = scripts.getJsonArray("codes").getString(0);
        TestAccount candidate = new TestAccount(
                scripts.getString("username"), scripts.getString("password"), scripts.getString("email"), null, null);
        long attemptId = scripts.getJsonNumber("attemptId").longValue();
        assign(support, code, "MARKER", first.username() + "," + second.username());

        // The first examiner marks, choosing a level for the first criterion and typing the rest.
        try (Browser browser = new Browser("en")) {
            signIn(browser, first);
            browser.clickAndWaitForNewPage("navMarking");
            assertThat(browser.heading()).isEqualTo("My marking");
            openScript(browser, code);
            assertThat(browser.find("scriptCode").getText()).isEqualTo(code);
            assertThat(browser.bodyText()).doesNotContain(candidate.username(), candidate.email());
            WebElement firstCriterion = browser.driver()
                    .findElements(By.cssSelector("fieldset.criterion-marking"))
                    .get(0);
            firstCriterion
                    .findElement(By.cssSelector("button.level-choice[data-points='25']"))
                    .click();
            assertThat(browser.find("marking:criteria:0:points").getAttribute("value"))
                    .isEqualTo("25");
            browser.type("marking:criteria:1:points", "25");
            browser.type("marking:criteria:2:points", "20");
            browser.type("marking:criteria:3:points", "20");
            browser.type("marking:criteria:0:feedback", "Clear analysis of the needs.");
            browser.type("marking:overall", "A well-argued plan.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.find("runningTotal").getText().equals("90"));
            submitWithConfirmation(browser);
            browser.waitForText("Marking of " + code + " submitted.");
            assertThat(browser.find("othersHidden").getText()).contains("once both of you have submitted");
        }

        // The second examiner, in Chinese, marks far lower and then sees the first mark.
        try (Browser browser = new Browser("zh-CN")) {
            signIn(browser, second);
            browser.clickAndWaitForNewPage("navMarking");
            openScript(browser, code);
            for (int criterion = 0; criterion < 4; criterion++) {
                browser.type("marking:criteria:" + criterion + ":points", "10");
            }
            browser.type("marking:criteria:1:feedback", "风险分析不足。");
            submitWithConfirmation(browser);
            browser.waitForText("已提交");
            assertThat(browser.find("otherMarks").getText()).contains("90");
        }

        // The chief examiner finds it waiting, sees both marks, and must give a reason.
        assign(support, code, "ADJUDICATION", chief.username());
        try (Browser browser = new Browser("en")) {
            signIn(browser, chief);
            browser.clickAndWaitForNewPage("navChief");
            assertThat(browser.heading()).isEqualTo("Chief examiner");
            WebElement row = browser.driver()
                    .findElement(By.xpath("//table[contains(@id,'decisions')]//tr[.//span[text()='" + code + "']]"));
            assertThat(row.getText()).contains("90", "40");
            browser.clickAndWaitForNewPage(row.findElement(By.cssSelector("a.button.primary")));
            assertThat(browser.find("otherMarks").getText()).contains("90", "40", "Clear analysis of the needs.");
            assertThat(browser.bodyText()).doesNotContain(candidate.username(), candidate.email());
            List<String> points = List.of("20", "20", "15", "15");
            for (int criterion = 0; criterion < 4; criterion++) {
                browser.type("marking:criteria:" + criterion + ":points", points.get(criterion));
            }
            submitWithConfirmation(browser);
            browser.waitForText("Give the reason for your decision before you submit.");
            browser.type("marking:reason", "The plan is sound but its risk analysis is thin.");
            submitWithConfirmation(browser);
            browser.waitForText("Marking of " + code + " submitted.");
        }

        // The candidate: nothing before the release; the adjudicated mark and comments after it.
        try (Browser browser = new Browser("en")) {
            signIn(browser, candidate);
            browser.open(base + "exams/attempt.xhtml?id=" + attemptId);
            assertThat(browser.driver().findElements(By.id("essayFeedback"))).isEmpty();
            post(support, ReviewSupportServlet.PATH + "/release?sitting=" + sittingId, null);
            browser.driver().navigate().refresh();
            String feedback = browser.find("essayFeedback").getText();
            assertThat(feedback)
                    .contains("Final mark: 70 of 100 points", "Adjudicated")
                    .contains("Clear analysis of the needs.", "风险分析不足。", "A well-argued plan.")
                    .doesNotContain(first.username(), second.username(), chief.username());
        }
    }

    private void signIn(Browser browser, TestAccount account) {
        browser.open(base + "login.xhtml");
        browser.type("login:username", account.username());
        browser.type("login:password", account.password());
        browser.clickAndWaitForNewPage("login:submit");
    }

    private static void openScript(Browser browser, String code) {
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText(code)));
    }

    /** Submit, then "Yes" in the confirmation dialog; the page is replaced by the answer. */
    private static void submitWithConfirmation(Browser browser) {
        browser.find("marking:submit").click();
        WebElement yes = browser.driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseGet(() -> new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                                .filter(WebElement::isDisplayed)
                                .findFirst()
                                .orElse(null)));
        browser.clickAndWaitForNewPage(yes);
    }

    private static TestAccount examiner(ApiClient support, boolean chief) {
        JsonObject created = post(support, ReviewSupportServlet.PATH + "/examiners?chief=" + chief, null);
        return new TestAccount(
                created.getString("username"), created.getString("password"), created.getString("email"), null, null);
    }

    private static void assign(ApiClient support, String code, String role, String usernames) {
        HttpResponse<String> response = support.send(
                "POST",
                ReviewSupportServlet.PATH + "/assign?script=" + code + "&role=" + role + "&examiners=" + usernames,
                null,
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static JsonObject post(ApiClient support, String path, String body) {
        HttpResponse<String> response = support.send("POST", path, body == null ? null : ApiClient.JSON, body);
        assertThat(response.statusCode()).as(response.body()).isIn(201, 204);
        return response.statusCode() == 204 ? null : ApiClient.json(response);
    }
}
