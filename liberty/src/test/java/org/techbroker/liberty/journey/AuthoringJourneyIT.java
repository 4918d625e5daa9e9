package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * An administrator in a real browser creates a course, adds a module and a lesson written in the
 * rich-text editor (with a bulleted list, which must stay bulleted once sanitised), attaches a PDF
 * (and is refused a disguised one), previews the course as a trainee, and publishes it; the course
 * then shows in the public catalogue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringJourneyIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void anAdministratorCreatesAndPublishesACourse() throws IOException {
        ApiClient api = new ApiClient(base);
        TestAccount admin = api.createAdmin();
        api.signIn(admin);
        String code = freeCode(api);
        String title = "Negotiating licences " + code;
        Path pdf = Files.write(files.resolve("licence-checklist.pdf"), tinyPdf());
        Path disguised = Files.write(
                files.resolve("disguised.pdf"),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        try (Browser browser = new Browser("en")) {
            browser.open(base + "admin/courses/list.xhtml");
            browser.type("login:username", admin.username());
            browser.type("login:password", admin.password());
            browser.clickAndWaitForNewPage("login:submit");
            assertThat(browser.heading()).isEqualTo("Course authoring");

            browser.clickAndWaitForNewPage("courses:new");
            assertThat(browser.heading()).isEqualTo("New course");
            browser.type("course:newCode", code);
            browser.type("course:titleZh", "许可谈判 " + code);
            browser.type("course:titleEn", title);
            browser.type("course:summaryZh", "如何谈判技术许可合同。");
            browser.type("course:summaryEn", "How to negotiate a technology licence.");
            browser.find("course:levels:1").click();
            browser.find("course:tracks:0").click();
            new Select(browser.find("course:syllabusModule")).selectByValue("PRACTICAL_SKILLS");
            browser.type("course:creditHours", "3");
            browser.clickAndWaitForText("course:save", "The course " + code + " is created as a draft.");
            assertThat(browser.heading()).isEqualTo("Edit a course");
            assertThat(browser.find("course:code").getText()).isEqualTo(code);

            browser.find("outline:addModule").click();
            browser.type("moduleForm:moduleTitleZh", "许可的种类");
            browser.type("moduleForm:moduleTitleEn", "Kinds of licence");
            browser.clickAndWaitForText("moduleForm:saveModule", "The module is added.");
            browser.waitForText("1. Kinds of licence");

            browser.clickAndWaitForNewPage("outline:modules:0:addLesson");
            assertThat(browser.heading()).isEqualTo("New lesson");
            browser.type("lesson:slug", "exclusive-or-not");
            browser.type("lesson:titleZh", "独占许可与普通许可");
            browser.type("lesson:titleEn", "Exclusive or not");
            browser.type("lesson:minutes", "12");
            browser.type(
                    "lesson:sources", "Civil Code of the PRC, Art. 862\nSPC Interpretation on technology contracts");
            WebElement chinese = browser.driver().findElement(By.cssSelector("#lesson\\:bodyZh .ql-editor"));
            chinese.click();
            chinese.sendKeys("独占许可排除许可人自己实施。");
            WebElement english = browser.driver().findElement(By.cssSelector("#lesson\\:bodyEn .ql-editor"));
            english.click();
            english.sendKeys("An exclusive licence shuts out even the licensor." + Keys.ENTER);
            browser.driver()
                    .findElement(By.cssSelector("#lesson\\:bodyEn_toolbar button.ql-list[value='bullet']"))
                    .click();
            english.sendKeys("Exclusive" + Keys.ENTER + "Sole" + Keys.ENTER + "Ordinary");
            browser.clickAndWaitForText("lesson:save", "The lesson is created.");
            assertThat(browser.heading()).isEqualTo("Edit a lesson");
            long lessonId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            WebElement preview = browser.find("previewEn");
            assertThat(preview.findElements(By.cssSelector("ul > li")))
                    .extracting(WebElement::getText)
                    .containsExactly("Exclusive", "Sole", "Ordinary");
            assertThat(preview.findElement(By.tagName("p")).getText())
                    .isEqualTo("An exclusive licence shuts out even the licensor.");
            assertThat(browser.find("previewZh").getText()).isEqualTo("独占许可排除许可人自己实施。");

            browser.driver().findElement(By.id("lessonFiles:file")).sendKeys(disguised.toString());
            browser.clickAndWaitForNewPage("lessonFiles:attach");
            assertThat(browser.bodyText()).contains("The file disguised.pdf is not what its name says.");
            assertThat(browser.bodyText()).contains("No file is attached.");
            browser.driver().findElement(By.id("lessonFiles:file")).sendKeys(pdf.toString());
            browser.clickAndWaitForNewPage("lessonFiles:attach");
            assertThat(browser.bodyText()).contains("licence-checklist.pdf is attached.");
            assertThat(browser.find("lessonFiles:files").getText())
                    .contains("licence-checklist.pdf", "application/pdf");

            browser.clickAndWaitForNewPage("lesson:cancel");
            assertThat(browser.heading()).isEqualTo("Edit a course");
            assertThat(browser.find("outline:status").getText()).isEqualTo("Draft");

            // The preview as a trainee is the learning pages themselves, which show drafts to administrators.
            browser.clickAndWaitForNewPage("outline:preview");
            assertThat(browser.find("previewNotice").isDisplayed()).isTrue();
            assertThat(browser.find("courseCode").getText()).isEqualTo(code);
            browser.open(base + "learn/lesson.xhtml?id=" + lessonId);
            assertThat(browser.heading()).isEqualTo("Exclusive or not");
            assertThat(browser.find("lessonBody").findElements(By.cssSelector("ul > li")))
                    .extracting(WebElement::getText)
                    .containsExactly("Exclusive", "Sole", "Ordinary");
            assertThat(browser.find("sources").getText()).contains("Civil Code of the PRC, Art. 862");
            WebElement download = browser.find("attachments").findElement(By.linkText("licence-checklist.pdf"));
            HttpResponse<byte[]> file =
                    api.getBytes(URI.create(download.getAttribute("href")).getPath());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(file.body()).isEqualTo(tinyPdf());

            browser.open(base + "admin/courses/edit.xhtml?code=" + code);
            browser.clickAndWaitForText("outline:publish", code + " is published");
            assertThat(browser.find("outline:status").getText()).isEqualTo("Published");
        }

        JsonObject listed = ApiClient.json(new ApiClient(base).get("/api/v1/courses?lang=en"))
                .getJsonArray("courses")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(course -> course.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the catalogue"));
        assertThat(listed.getString("title")).isEqualTo(title);
        assertThat(listed.getJsonArray("levels").getString(0)).isEqualTo("INTERMEDIATE");
        assertThat(listed.getInt("creditHours")).isEqualTo(3);
    }

    @Test
    void anAuthorWhoseCourseWasChangedMeanwhileIsToldAndTablesAreEditedAsHtml() {
        ApiClient api = new ApiClient(base);
        TestAccount admin = api.createAdmin();
        api.signIn(admin);
        String code = freeCode(api);
        api.post(
                "/api/v1/admin/courses",
                Json.createObjectBuilder()
                        .add("code", code)
                        .add("title", text("并发编辑", "Concurrent editing"))
                        .add("summary", text("简介。", "Summary."))
                        .add("levels", Json.createArrayBuilder().add("SENIOR"))
                        .add("tracks", Json.createArrayBuilder().add("REVIEW"))
                        .add("syllabusModule", "POLICY_LAW")
                        .add("creditHours", 2)
                        .build());
        long module = ApiClient.json(api.post(
                        "/api/v1/admin/courses/" + code + "/modules",
                        Json.createObjectBuilder()
                                .add("title", text("单元", "Module"))
                                .build()))
                .getJsonNumber("id")
                .longValue();
        long withTable = lesson(
                api,
                code,
                module,
                "royalty-rates",
                "Royalty rates",
                "<p>Typical rates:</p><table><thead><tr><th>Field</th><th>Rate</th></tr></thead>"
                        + "<tbody><tr><td>Software</td><td>5 %</td></tr></tbody></table>");
        lesson(api, code, module, "second", "Second", "<p>Second.</p>");

        try (Browser mine = new Browser("en");
                Browser theirs = new Browser("en")) {
            signIn(mine, admin, "admin/courses/edit.xhtml?code=" + code);
            signIn(theirs, admin, "admin/courses/edit.xhtml?code=" + code);

            theirs.type("course:titleEn", "Their title");
            theirs.clickAndWaitForText("course:save", "The description of " + code + " is saved.");

            mine.type("course:titleEn", "My title");
            mine.clickAndWaitForText("course:save", "Someone else saved the course " + code);
            assertThat(mine.find("course:titleEn").getAttribute("value")).isEqualTo("My title");
            assertThat(ApiClient.json(api.get("/api/v1/admin/courses/" + code))
                            .getJsonObject("title")
                            .getString("en"))
                    .isEqualTo("Their title");

            mine.find("outline:modules:0:lessons:1:lessonUp").click();
            mine.waitForText("1.1 Second");
            assertThat(mine.find("outline").getText()).contains("1.2 Royalty rates");

            mine.open(base + "admin/courses/lesson.xhtml?id=" + withTable);
            assertThat(mine.heading()).isEqualTo("Edit a lesson");
            assertThat(mine.find("lesson:bodyEnHtml").getAttribute("value")).contains("<table>");
            assertThat(mine.driver().findElements(By.cssSelector("#lesson\\:bodyEn .ql-editor")))
                    .as("no rich-text editor for a table")
                    .isEmpty();
            mine.type("lesson:titleEn", "Royalty rates by field");
            mine.clickAndWaitForText("lesson:save", "The lesson is saved.");
            assertThat(mine.find("previewEn").findElements(By.cssSelector("table td")))
                    .extracting(WebElement::getText)
                    .containsExactly("Software", "5 %");

            mine.open(base + "admin/courses/edit.xhtml?code=" + code);
            mine.find("outline:modules:0:lessons:0:removeLesson").click();
            mine.waitForText("Nobody is enrolled in this course.");
            mine.find("outline:confirmYes").click();
            mine.waitForText("The lesson is removed.");
            assertThat(mine.find("outline").getText())
                    .contains("1.1 Royalty rates by field")
                    .doesNotContain("Second");
        }
        JsonArray lessons = ApiClient.json(api.get("/api/v1/admin/courses/" + code))
                .getJsonArray("modules")
                .getJsonObject(0)
                .getJsonArray("lessons");
        assertThat(lessons).hasSize(1);
        assertThat(lessons.getJsonObject(0).getJsonNumber("id").longValue())
                .as("the lesson edited in the browser kept its id")
                .isEqualTo(withTable);
        assertThat(lessons.getJsonObject(0).getJsonObject("title").getString("en"))
                .isEqualTo("Royalty rates by field");
    }

    private void signIn(Browser browser, TestAccount account, String page) {
        browser.open(base + page);
        browser.type("login:username", account.username());
        browser.type("login:password", account.password());
        browser.clickAndWaitForNewPage("login:submit");
    }

    private static JsonObject text(String zh, String en) {
        return Json.createObjectBuilder().add("zh", zh).add("en", en).build();
    }

    private static long lesson(ApiClient api, String code, long module, String slug, String title, String body) {
        return ApiClient.json(api.post(
                        "/api/v1/admin/courses/" + code + "/modules/" + module + "/lessons",
                        Json.createObjectBuilder()
                                .add("slug", slug)
                                .add("title", text(title + "（中文）", title))
                                .add("body", text("<p>中文正文。</p>", body))
                                .add("minutes", 10)
                                .add("sources", Json.createArrayBuilder().add("A source"))
                                .build()))
                .getJsonNumber("id")
                .longValue();
    }

    /** A ZZB code that no course has (earlier runs against the same database may have taken some). */
    private static String freeCode(ApiClient admin) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String code = "ZZB-%03d".formatted(RANDOM.nextInt(1000));
            if (admin.get("/api/v1/admin/courses/" + code).statusCode() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("Every ZZB code is taken: reset the test database");
    }

    /** A one-page PDF; its cross-reference table is not needed for the upload, whose check is its signature. */
    private static byte[] tinyPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
