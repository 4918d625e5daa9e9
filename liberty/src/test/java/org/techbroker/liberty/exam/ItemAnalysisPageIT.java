package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
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
import org.techbroker.liberty.support.ProblemAssert;

/**
 * The item analysis page and API from outside: only administrators reach them (the page is 404 for
 * anyone else, the API 403); an administrator sees the sitting's items and one item's options, and
 * downloads the table as CSV with a header and one row per item. The sitting is seeded with three
 * submitted attempts ({@link ItemAnalysisSupportServlet}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemAnalysisPageIT {

    private static final String PAGE = "/admin/exams/analysis.xhtml";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' script adds this nonce to every form it finds; a browser posts it back. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\([\"']([^\"']+)[\"']\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withExamSupport().addClass(ItemAnalysisSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void forTraineesThePageDoesNotExistAndTheApiIsForbidden() {
        long sitting = seed().getJsonNumber("sittingId").longValue();
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("analysis"));

        HttpResponse<String> page = trainee.get(PAGE + "?sitting=" + sitting);
        HttpResponse<String> chooser = trainee.get(PAGE);
        HttpResponse<String> api = trainee.get(api(sitting));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("analysis:items");
        assertThat(chooser.statusCode()).isEqualTo(404);
        assertThat(ProblemAssert.assertProblem(api).getInt("status")).isEqualTo(403);
        assertThat(api.body()).doesNotContain("facility");
        ProblemAssert.assertProblem(new ApiClient(base).get(api(sitting)), 401, "unauthenticated");
    }

    @Test
    void anAdministratorSeesTheItemsFlagsAndSummary() {
        JsonObject seeded = seed();
        long sitting = seeded.getJsonNumber("sittingId").longValue();
        String prefix = "T" + seeded.getString("course").replace("-", "") + "-";
        ApiClient admin = admin("en");

        String page = admin.get(PAGE + "?sitting=" + sitting).body();

        assertThat(page).contains("Test sitting " + seeded.getString("course")).contains("id=\"analysis:items\"");
        for (int i = 1; i <= 6; i++) {
            assertThat(page).contains(">" + prefix + i + "<");
        }
        // Three candidates: two right on everything (one missed the first choice item), one blank.
        assertThat(page).containsPattern("id=\"candidates\">\\s*3\\s*<");
        assertThat(page).contains("Facility").contains("Discrimination").contains("Omitted");
        assertThat(page).contains("below 0.2 or above 0.95").contains("below 0.2.");
        assertThat(page).contains("Cronbach’s alpha");
        assertThat(admin.get(PAGE).body()).contains("Test sitting " + seeded.getString("course"));
    }

    @Test
    void theTableSpeaksChineseToAChineseReader() {
        long sitting = seed().getJsonNumber("sittingId").longValue();
        ApiClient admin = admin("zh-CN");

        String page = admin.get(PAGE + "?sitting=" + sitting).body();

        assertThat(page).contains("难度系数").contains("区分度").contains("下载 CSV");
    }

    @Test
    void anItemShowsItsStemAndHowItsOptionsDrewCandidates() {
        JsonObject seeded = seed();
        long sitting = seeded.getJsonNumber("sittingId").longValue();
        String prefix = "T" + seeded.getString("course").replace("-", "") + "-";
        ApiClient admin = admin("en");
        String page = admin.get(PAGE + "?sitting=" + sitting).body();
        Matcher link = Pattern.compile(
                        "<a[^>]*href=\"[^\"]*item=(\\d+)[^\"]*\"[^>]*>" + Pattern.quote(prefix + "1") + "<")
                .matcher(page);
        assertThat(link.find()).as("a link to the detail of %s1", prefix).isTrue();

        String detail = admin.get(PAGE + "?sitting=" + sitting + "&item=" + link.group(1))
                .body();

        assertThat(detail)
                .contains("Item " + prefix + "1, version 1")
                .contains("哪一部法律调整技术合同？")
                .contains("Fixture question: 哪一部法律调整技术合同？")
                .contains("Option a")
                .contains("Option d")
                .contains("id=\"distractorChart\"");
        // The chart's configuration is in the page's script, with no raw angle bracket from the bank.
        assertThat(detail).contains("\"type\":\"bar\"");
        assertThat(admin.get(PAGE + "?sitting=" + sitting + "&item=" + Long.MAX_VALUE)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownOrMalformedSittingIsNotFound() {
        ApiClient admin = admin("en");

        assertThat(admin.get(PAGE + "?sitting=" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        assertThat(admin.get(PAGE + "?sitting=abc").statusCode()).isEqualTo(404);
        HttpResponse<String> api = admin.get(api(Long.MAX_VALUE));
        ProblemAssert.assertProblem(api, 404, "not-found");
    }

    @Test
    void theCsvDownloadHasAHeaderAndOneRowPerItem() {
        JsonObject seeded = seed();
        long sitting = seeded.getJsonNumber("sittingId").longValue();
        String prefix = "T" + seeded.getString("course").replace("-", "") + "-";
        ApiClient admin = admin("en");
        String page = admin.get(PAGE + "?sitting=" + sitting).body();

        HttpResponse<byte[]> download = admin.sendForBytes(
                "POST",
                PAGE + "?sitting=" + sitting,
                "application/x-www-form-urlencoded",
                BodyPublishers.ofString(form(
                        "download_SUBMIT",
                        "1",
                        "download:csv",
                        "download:csv",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page))));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=UTF-8"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .startsWith("attachment")
                        .contains("item-analysis-sitting-" + sitting + ".csv"));
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        // A byte order mark first, so that Excel reads the Chinese stems as UTF-8.
        assertThat(csv).startsWith("\uFEFFversion_id,item_key,version,type,topic,difficulty,");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).contains("option_A,option_B,option_C,option_D,stem_zh,stem_en");
        for (int i = 1; i <= 6; i++) {
            assertThat(lines[i]).contains("," + prefix + i + ",1,");
        }
    }

    @Test
    void theApiAnswersJsonOrTheCsvTableByAccept() {
        JsonObject seeded = seed();
        long sitting = seeded.getJsonNumber("sittingId").longValue();
        ApiClient admin = admin("en");

        HttpResponse<String> json = admin.get(api(sitting));
        HttpResponse<String> csv = admin.send("GET", api(sitting), null, null, "Accept", "text/csv");

        assertThat(json.statusCode()).isEqualTo(200);
        JsonObject analysis = ApiClient.json(json);
        assertThat(analysis.getJsonObject("counts").getInt("submitted")).isEqualTo(3);
        assertThat(analysis.getJsonObject("totals").getInt("candidates")).isEqualTo(3);
        assertThat(analysis.getJsonArray("items")).hasSize(6);
        JsonObject first = analysis.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("itemKey")).endsWith("-1");
        assertThat(first.getJsonArray("options")).hasSize(4);
        assertThat(first.getJsonArray("options").getJsonObject(0).getString("letter"))
                .isEqualTo("A");
        assertThat(analysis.getJsonObject("thresholds")
                        .getJsonNumber("facilityBelow")
                        .doubleValue())
                .isEqualTo(0.2);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("version_id,item_key,");
        assertThat(csv.body().split("\r\n")).hasSize(7);
    }

    private JsonObject seed() {
        HttpResponse<String> response = new ApiClient(base).send("POST", ItemAnalysisSupportServlet.PATH, null, null);
        assertThat(response.statusCode()).as("seeding: %s", response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private static String api(long sitting) {
        return "/api/v1/admin/exams/sittings/" + sitting + "/item-analysis";
    }

    private ApiClient admin(String language) {
        ApiClient admin = new ApiClient(base).speaking(language);
        admin.signIn(admin.createAdmin());
        return admin;
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
