package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * A trainee in a real browser on the income page of the valuation workbench: computes an NPV from
 * inputs of their own and sees the value worked out here independently; types an unreadable rate,
 * an impossible rate and a life of zero years and reads each error in the page's language, with no
 * result shown; then, in exercise
 * mode, gives a wrong answer and is told so, and the right one and is told that.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValuationJourneyIT {

    /** The trainee's own cash flows for years 1 to 5, discounted at 4 % + 8 % = 12 %. */
    private static final List<String> CASH_FLOWS = List.of("120,000", "150,000", "180,000", "160,000", "90,000");

    /** Exercise 1 of the income page: the income lesson's drying process at 3 % + 12 % = 15 %. */
    private static final List<String> EXERCISE_CASH_FLOWS =
            List.of("800000", "1200000", "1500000", "1500000", "1000000");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void inChinese() {
        travel(new Words(
                "zh-CN",
                "收益法",
                "%s 元",
                "无风险利率（%）：请输入百分数，例如 12.5",
                "折现率必须大于 −100%（当前为 -100%）",
                "经济寿命必须大于零（当前为 0）",
                "不正确",
                "正确。"));
    }

    @Test
    void inEnglish() {
        travel(new Words(
                "en",
                "Income approach",
                "CNY %s",
                "Risk-free rate (%): write a percentage such as 12.5",
                "A discount rate must be greater than −100 % (it is -100%)",
                "The economic life must be greater than zero (it is 0)",
                "Not right",
                "Right."));
    }

    /** What the pages say in one language. */
    private record Words(
            String language,
            String heading,
            String money,
            String notAPercentage,
            String rateError,
            String lifeError,
            String wrong,
            String right) {

        String money(BigDecimal amount) {
            return money.formatted(String.format(Locale.ROOT, "%,.2f", amount));
        }
    }

    private void travel(Words words) {
        TestAccount trainee = registerSpeaking(words.language());
        try (Browser browser = new Browser(words.language())) {
            // The workbench asks who is there first, then opens where the trainee was going.
            browser.open(base + "learn/valuation/income.xhtml");
            browser.type("login:username", trainee.username());
            browser.type("login:password", trainee.password());
            browser.clickAndWaitForNewPage("login:submit");
            assertThat(browser.heading()).isEqualTo(words.heading());

            computesAnNpv(browser, words);
            showsTheEnginesErrorAndNoResult(browser, words);
            checksAnswersInExerciseMode(browser, words);
        }
    }

    private void computesAnNpv(Browser browser, Words words) {
        for (int year = 0; year < CASH_FLOWS.size(); year++) {
            browser.type("calculator:cashFlows:" + year + ":amount", CASH_FLOWS.get(year));
        }
        browser.type("calculator:riskFreeRate", "4");
        browser.type("calculator:riskPremium", "8");
        browser.find("calculator:calculate").click();

        String expected = words.money(presentValue(CASH_FLOWS, "0.12"));
        waitForTextIn(browser, "value", expected);
        assertThat(browser.find("value").getText()).isEqualTo(expected);
        assertThat(browser.driver().findElements(By.cssSelector("[id$='discounted_data'] tr")))
                .hasSize(5);
        assertThat(browser.find("appliedRate").getText()).isEqualTo("12%");
    }

    private void showsTheEnginesErrorAndNoResult(Browser browser, Words words) {
        // A decimal comma is not guessed at: the field says so, and the last result goes.
        browser.type("calculator:riskFreeRate", "1,5");
        browser.find("calculator:calculate").click();
        browser.waitForText(words.notAPercentage());
        assertThat(browser.driver().findElements(By.id("value"))).isEmpty();

        browser.type("calculator:riskFreeRate", "-100");
        browser.type("calculator:riskPremium", "0");
        browser.find("calculator:calculate").click();

        waitForTextIn(browser, "calculator:problems", words.rateError());
        assertThat(browser.driver().findElements(By.id("value"))).isEmpty();

        // A life of zero years, with the same amount every year.
        browser.type("calculator:riskFreeRate", "4");
        browser.type("calculator:riskPremium", "8");
        browser.driver()
                .findElement(By.xpath("//label[@for='calculator:cashFlowInput:1']"))
                .click();
        browser.type("calculator:levelAmount", "100,000");
        browser.type("calculator:levelYears", "0");
        browser.find("calculator:calculate").click();

        waitForTextIn(browser, "calculator:problems", words.lifeError());
        assertThat(browser.driver().findElements(By.id("value"))).isEmpty();
    }

    private void checksAnswersInExerciseMode(Browser browser, Words words) {
        browser.clickAndWaitForNewPage("modeExercise");
        assertThat(browser.find("givens").getText()).contains(words.money(new BigDecimal("800000")));
        BigDecimal expected = presentValue(EXERCISE_CASH_FLOWS, "0.15");

        // Mid-year discounting instead of end of year: 7 % too much.
        browser.type("exercise:answer", "4,229,500");
        browser.find("exercise:check").click();
        waitFor(browser, By.cssSelector("p.verdict.wrong"));
        assertThat(browser.find("exercise:verdict").getText()).startsWith(words.wrong());
        assertThat(browser.driver().findElements(By.cssSelector("p.verdict.right")))
                .isEmpty();

        // Worked by hand with the lesson's four-decimal factors: within the tolerance.
        browser.type("exercise:answer", "3,944,000");
        browser.find("exercise:check").click();
        waitFor(browser, By.cssSelector("p.verdict.right"));
        assertThat(browser.find("exercise:verdict").getText())
                .startsWith(words.right())
                .contains(words.money(expected));
        assertThat(browser.driver().findElements(By.cssSelector("p.verdict.wrong")))
                .isEmpty();
        // Then the engine's working.
        assertThat(browser.find("value").getText()).isEqualTo(words.money(expected));
    }

    /** Σ cash flow ÷ (1 + r)^t, end of each year, rounded to the cent: worked out here, not by the engine. */
    private static BigDecimal presentValue(List<String> cashFlows, String rate) {
        MathContext precision = MathContext.DECIMAL64;
        BigDecimal growth = BigDecimal.ONE.add(new BigDecimal(rate));
        BigDecimal total = BigDecimal.ZERO;
        for (int t = 1; t <= cashFlows.size(); t++) {
            BigDecimal cashFlow = new BigDecimal(cashFlows.get(t - 1).replace(",", ""));
            total = total.add(cashFlow.divide(growth.pow(t, precision), precision));
        }
        return total.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void waitForTextIn(Browser browser, String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private static void waitFor(Browser browser, By selector) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(selector));
    }

    /** A new trainee whose remembered language is the journey's, so that signing in keeps it. */
    private TestAccount registerSpeaking(String language) {
        ApiClient client = new ApiClient(base);
        TestAccount account = TestAccount.fresh("valuation");
        HttpResponse<String> response = client.post(
                "/api/v1/registrations",
                Json.createObjectBuilder(account.registration())
                        .add("locale", language)
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return account;
    }
}
