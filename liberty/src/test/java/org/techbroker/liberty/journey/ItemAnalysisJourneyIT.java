package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.techbroker.liberty.exam.ItemAnalysisSupportServlet;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * An administrator in a real browser reads a sitting's item analysis: the charts are drawn (Chart.js
 * running under the pages' Content-Security-Policy, its configuration and the tooltip extender
 * included), the table shows every item's facility, and an item's options show with their chart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemAnalysisJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport().addClass(ItemAnalysisSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theChartsAreDrawnUnderTheContentSecurityPolicy() {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> seeded = api.send("POST", ItemAnalysisSupportServlet.PATH, null, null);
        assertThat(seeded.statusCode()).isEqualTo(201);
        JsonObject exam = ApiClient.json(seeded);
        long sitting = exam.getJsonNumber("sittingId").longValue();
        String prefix = "T" + exam.getString("course").replace("-", "") + "-";
        TestAccount admin = api.createAdmin();

        try (Browser browser = new Browser("en")) {
            browser.open(base + "admin/exams/analysis.xhtml?sitting=" + sitting);
            browser.type("login:username", admin.username());
            browser.type("login:password", admin.password());
            browser.clickAndWaitForNewPage("login:submit");
            assertThat(browser.heading()).isEqualTo("Item analysis");

            assertThat(drawn(browser, "scatter"))
                    .as("the facility/discrimination chart is drawn")
                    .isTrue();

            assertThat(facilities(browser)).hasSize(6);

            // Sorting by facility, up and then down: the table sorts its rows itself.
            WebElement facilityHeader = browser.driver()
                    .findElement(By.xpath("//th[.//*[normalize-space()='Facility'] or normalize-space()='Facility']"));
            facilityHeader.click();
            assertThat(waitFor(browser, ItemAnalysisJourneyIT::ascending))
                    .as("sorted up")
                    .isTrue();
            browser.driver()
                    .findElement(By.xpath("//th[.//*[normalize-space()='Facility'] or normalize-space()='Facility']"))
                    .click();
            assertThat(waitFor(browser, ItemAnalysisJourneyIT::descending))
                    .as("sorted down")
                    .isTrue();

            browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText(prefix + "1")));
            browser.waitForText("Item " + prefix + "1, version 1");
            assertThat(browser.find("analysis:items").isDisplayed()).isTrue();
            assertThat(browser.bodyText()).contains("Option a").contains("Chosen by");
            assertThat(drawn(browser, "distractorChart"))
                    .as("the options chart is drawn")
                    .isTrue();
        }
    }

    /** Whether Chart.js drew a chart on the canvas of this p:chart. */
    private static boolean drawn(Browser browser, String chartId) {
        browser.find(chartId);
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var id = arguments[0], done = arguments[arguments.length - 1], tries = 0;"
                                + "(function poll() {"
                                + "  var canvas = document.getElementById(id + '_canvas');"
                                + "  var chart = canvas && window.Chart && Chart.getChart(canvas);"
                                + "  if (chart) { done(true); } else if (++tries > 50) { done(false); }"
                                + "  else { setTimeout(poll, 100); }"
                                + "})();",
                        chartId));
    }

    private static boolean waitFor(Browser browser, java.util.function.Predicate<List<Double>> order) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            List<Double> facilities = facilities(browser);
            if (facilities.size() == 6 && order.test(facilities)) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean ascending(List<Double> values) {
        return values.equals(values.stream().sorted().toList())
                && !values.get(0).equals(values.get(5));
    }

    private static boolean descending(List<Double> values) {
        return values.equals(values.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList())
                && !values.get(0).equals(values.get(5));
    }

    private static List<Double> facilities(Browser browser) {
        try {
            return browser.driver().findElements(By.cssSelector("[id$=':facility']")).stream()
                    .map(cell -> Double.valueOf(cell.getText()))
                    .toList();
        } catch (WebDriverException replacedMeanwhile) {
            return List.of();
        }
    }
}
