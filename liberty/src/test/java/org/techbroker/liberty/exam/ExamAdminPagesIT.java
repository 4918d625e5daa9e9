package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.techbroker.liberty.support.TestAccount;

/**
 * The administrators' exam pages from outside, as a browser posts them: only administrators reach
 * them; a sitting is created through the sitting page (and a reversed window is refused with a
 * message, creating nothing); a candidate's extra time is granted on the registrations page (and
 * a negative one refused); the item list, editor, import and blueprint pages answer in both
 * languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamAdminPagesIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' script adds this nonce to every form it finds; a browser posts it back. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\([\"']([^\"']+)[\"']\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void forTraineesThePagesDoNotExist() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("exampages"));

        for (String page : new String[] {
            "/admin/exams/items.xhtml", "/admin/exams/item.xhtml", "/admin/exams/import.xhtml",
            "/admin/exams/blueprints.xhtml", "/admin/exams/sittings.xhtml", "/admin/exams/sitting.xhtml"
        }) {
            assertThat(trainee.get(page).statusCode()).as(page).isEqualTo(404);
        }
    }

    @Test
    void theBankPagesShowTheSeededItemsAndTheJuniorBlueprint() {
        ApiClient admin = admin("en");

        String items = admin.get("/admin/exams/items.xhtml").body();
        assertThat(items).contains("Item bank").contains("IPL-J-001");
        String editor = admin.get("/admin/exams/item.xhtml?key=IPL-J-001").body();
        assertThat(editor).contains("Versions").contains("IPL-J-001");
        assertThat(admin.get("/admin/exams/item.xhtml?key=NO-SUCH-ITEM").statusCode())
                .isEqualTo(404);
        String blueprint =
                admin.get("/admin/exams/blueprints.xhtml?level=JUNIOR").body();
        assertThat(blueprint).contains("IPL-101").contains("available");

        ApiClient chinese = admin("zh-CN");
        assertThat(chinese.get("/admin/exams/items.xhtml").body()).contains("题库");
        assertThat(chinese.get("/admin/exams/import.xhtml").body()).contains("从文件导入试题");
    }

    @Test
    void aSittingIsCreatedThroughThePageAndAReversedWindowIsRefused() {
        seedExam();
        ApiClient admin = admin("en");
        String title = "Page sitting " + System.nanoTime();

        HttpResponse<String> reversed = saveSitting(admin, title + " reversed", "2031-03-01T12:00", "2031-03-01T09:00");
        assertThat(reversed.statusCode()).isEqualTo(200);
        assertThat(reversed.body()).contains("A sitting closes after it opens.");

        HttpResponse<String> created = saveSitting(admin, title, "2031-03-01T09:00", "2031-03-01T12:00");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);

        String list = admin.get("/admin/exams/sittings.xhtml").body();
        assertThat(list)
                .contains(title)
                .contains("2031-03-01 09:00:00")
                .contains("Sitting “" + title + "” is created.")
                .doesNotContain(title + " reversed");
    }

    @Test
    void extraTimeIsGrantedOnTheRegistrationsPage() {
        JsonObject exam = seedExam();
        ApiClient candidate = new ApiClient(base);
        TestAccount trainee = candidate.registerTrainee("extra");
        HttpResponse<String> registered = candidate.send(
                "POST",
                ExamSupportServlet.PATH + "/eligibility?register=true&username=" + trainee.username() + "&sitting="
                        + exam.getJsonNumber("sittingId").longValue() + "&course=" + exam.getString("course")
                        + "&lesson=" + exam.getJsonNumber("lessonId").longValue(),
                null,
                null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(204);
        ApiClient admin = admin("en");
        String page = "/admin/exams/registrations.xhtml?sitting="
                + exam.getJsonNumber("sittingId").longValue();

        String before = admin.get(page).body();
        assertThat(before).contains(trainee.username()).contains("Test Trainee").contains("Not started");

        HttpResponse<String> refused = grant(admin, page, "-5");
        assertThat(refused.body()).contains("Extra time is between 0 and 600 minutes.");

        HttpResponse<String> granted = grant(admin, page, "15");
        assertThat(granted.body()).contains(trainee.username() + " now has 15 minutes of extra time.");
        assertThat(admin.get(page).body()).containsPattern("name=\"registrations:table:0:extra\"[^>]*value=\"15\"");
    }

    private JsonObject seedExam() {
        HttpResponse<String> response = new ApiClient(base).send("POST", ExamSupportServlet.PATH, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private ApiClient admin(String language) {
        ApiClient admin = new ApiClient(base).speaking(language);
        admin.signIn(admin.createAdmin());
        return admin;
    }

    /** The sitting page's form as a browser posts it, at the level the exam fixtures give a blueprint. */
    private static HttpResponse<String> saveSitting(ApiClient admin, String title, String opens, String closes) {
        String path = "/admin/exams/sitting.xhtml";
        String page = admin.get(path).body();
        return post(
                admin,
                path,
                form(
                        "sitting_SUBMIT",
                        "1",
                        "sitting:level",
                        "SENIOR",
                        "sitting:titleZh",
                        "页面创建的考试 " + title,
                        "sitting:titleEn",
                        title,
                        "sitting:opensAt",
                        opens,
                        "sitting:closesAt",
                        closes,
                        "sitting:capacity",
                        "50",
                        "sitting:save",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    private static HttpResponse<String> grant(ApiClient admin, String path, String minutes) {
        String page = admin.get(path).body();
        return post(
                admin,
                path,
                form(
                        "registrations_SUBMIT",
                        "1",
                        "registrations:table:0:extra",
                        minutes,
                        "registrations:table:0:grant",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    private static HttpResponse<String> post(ApiClient admin, String path, String form) {
        return admin.send("POST", path, "application/x-www-form-urlencoded", form);
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
            form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
