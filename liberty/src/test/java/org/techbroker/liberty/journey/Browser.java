package org.techbroker.liberty.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium for the journeys, as a person would use Techbroker. It runs the
 * Debian packages named by the system properties {@code chromium.binary} and
 * {@code chromedriver.binary}, so Selenium never tries to download a browser or a driver.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    Browser(String acceptLanguage) {
        try {
            profile = Files.createTempDirectory("techbroker-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--window-size=1280,1000",
                        "--lang=" + acceptLanguage,
                        "--user-data-dir=" + profile)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the page the click leads to has replaced this one. */
    void clickAndWaitForNewPage(String id) {
        clickAndWaitForNewPage(find(id));
    }

    /** Clicks the element and waits until the page the click leads to has replaced this one. */
    void clickAndWaitForNewPage(WebElement element) {
        element.click();
        wait.until(d -> isGone(element));
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element has left the page. While the old page is being replaced, Chromium may
     * answer "does not belong to the document" rather than the stale-element error that Selenium's
     * own staleness check expects; both mean the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks an element that updates the page by ajax, and waits for the text to show. */
    void clickAndWaitForText(String id, String text) {
        find(id).click();
        waitForText(text);
    }

    /** Waits until exactly this many elements match, as after an ajax update of a table. */
    void waitForCount(By selector, int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(selector, count));
    }

    /**
     * Waits until the page shows the text. The body is read afresh on every poll; a body that a
     * navigation or an ajax update replaced between finding and reading it counts as "not yet".
     */
    void waitForText(String text) {
        wait.until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
                return false;
            }
        });
    }

    String title() {
        return driver.getTitle();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile in the temporary folder harms nothing
        }
    }
}
