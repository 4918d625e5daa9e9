package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.registry.CertificatePages.issue;
import static org.techbroker.liberty.registry.CertificatePages.person;
import static org.techbroker.liberty.registry.CertificatePages.signedIn;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.registry.CertificatePages.Issued;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.RegistrySeeds;

/**
 * The holder's certificates through the API and on their pages: the list with status, dates and
 * the download address; the signed PDF as an attachment for its holder, 404 for anyone else's,
 * 401 for anonymous callers and 400 for a malformed number; the "My certificates" page and the
 * dashboard's panel with the download; and on the page, the enterprises that checked each
 * certificate and the links to the holder's CPD page and own broker profile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyCertificatesApiIT {

    private static final String MINE = "/api/v1/me/certificates";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CertificatePages.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void theHolderListsTheirCertificatesAndDownloadsTheSignedFile() {
        Issued issued = issue(base, "API list");
        ApiClient holder = signedIn(base, issued.holder(), "en");

        HttpResponse<String> list = holder.get(MINE);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonArray certificates = array(list);
        assertThat(certificates).hasSize(1);
        JsonObject certificate = certificates.getJsonObject(0);
        assertThat(certificate.getString("number")).isEqualTo(issued.number());
        assertThat(certificate.getString("level")).isEqualTo("JUNIOR");
        assertThat(certificate.getJsonArray("tracks").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString))
                .containsExactly("SERVICE", "REVIEW");
        assertThat(certificate.getString("status")).isEqualTo("ACTIVE");
        assertThat(certificate.getString("issuedOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(certificate.getString("expiresOn")).isGreaterThan(certificate.getString("issuedOn"));
        assertThat(certificate.getString("download")).endsWith(MINE + "/" + issued.number() + "/pdf");

        HttpResponse<byte[]> pdf = holder.getBytes(MINE + "/" + issued.number() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("attachment;").contains(issued.number() + ".pdf"));
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(holder.getBytes(MINE + "/" + issued.number() + "/pdf").body())
                .as("the same bytes every time")
                .isEqualTo(pdf.body());
    }

    @Test
    void anotherPersonsCertificateDoesNotExistForTheCaller() {
        Issued mine = issue(base, "Mine");
        Issued theirs = issue(base, "Theirs");
        ApiClient holder = signedIn(base, mine.holder(), "en");

        assertProblem(holder.get(MINE + "/" + theirs.number() + "/pdf"), 404, "not-found");
        assertThat(array(holder.get(MINE)).toString()).doesNotContain(theirs.number());
        assertProblem(holder.get(MINE + "/TB-XYZ/pdf"), 400, "invalid-request");
        assertProblem(new ApiClient(base).get(MINE), 401, "unauthenticated");
        assertProblem(new ApiClient(base).get(MINE + "/" + mine.number() + "/pdf"), 401, "unauthenticated");
    }

    @Test
    void theHoldersPageAndDashboardListTheCertificateWithItsDownload() {
        Issued issued = issue(base, "Pages");
        ApiClient holder = signedIn(base, issued.holder(), "en");

        String page = holder.get("/certificates/index.xhtml").body();
        assertThat(page)
                .contains("My certificates", issued.number(), "Junior", "Active", "Download PDF")
                .contains("/api/v1/me/certificates/" + issued.number() + "/pdf")
                .contains("/verify/" + issued.number());

        String home = holder.get("/index.xhtml").body();
        assertThat(home)
                .contains("id=\"navCertificates\"", "id=\"my-certificate-" + issued.number() + "\"")
                .contains("/api/v1/me/certificates/" + issued.number() + "/pdf");

        HttpResponse<String> anonymous = new ApiClient(base).get("/certificates/index.xhtml");
        assertThat(anonymous.body()).as("signed-in people only").doesNotContain(issued.number(), "Download PDF");
    }

    @Test
    void theHoldersPageShowsWhichEnterprisesCheckedAndLeadsToCpdAndTheirOwnProfile() {
        Issued issued = issue(base, "Checks on the page");
        ApiClient holder = signedIn(base, issued.holder(), "en");

        String before = holder.get("/certificates/index.xhtml").body();
        assertThat(before)
                .contains("Checked by enterprises", "id=\"no-checks-" + issued.number() + "\"")
                .contains("No enterprise has checked this certificate yet.")
                .contains("CPD and renewal", "My broker profile");
        assertThat(hrefOf(before, "cpdLink")).endsWith("/account/cpd.xhtml");
        String profile = hrefOf(before, "profileLink");
        Matcher broker =
                Pattern.compile("/registry/broker\\.xhtml\\?broker=(\\d+)$").matcher(profile);
        assertThat(broker.find()).as(profile).isTrue();
        HttpResponse<String> own = holder.get("/registry/broker.xhtml?broker=" + broker.group(1));
        assertThat(own.statusCode()).as("the holder's own profile").isEqualTo(200);
        assertThat(own.body()).contains(issued.number(), issued.holder().nameLatin());

        ApiClient enterprise = signedIn(base, person(base, "ENTERPRISE"), "en");
        assertThat(enterprise.get("/verify/" + issued.number()).statusCode()).isEqualTo(200);

        String checks = checksLogged(holder, issued.number());
        assertThat(checks)
                .contains("Techbroker tests", "Verification page")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        String chinese = signedIn(base, issued.holder(), "zh-CN")
                .get("/certificates/index.xhtml")
                .body();
        assertThat(chinese).contains("核验过的企业", "继续教育与续期", "我的经纪人档案");
        assertThat(checksIn(chinese, issued.number())).contains("Techbroker tests", "核验页面");
    }

    /** The href of the element with this id on the page. */
    private static String hrefOf(String page, String id) {
        Matcher link = Pattern.compile("<a [^>]*href=\"([^\"]*)\"[^>]*id=\"" + id + "\"|<a [^>]*id=\"" + id
                        + "\"[^>]*href=\"([^\"]*)\"")
                .matcher(page);
        assertThat(link.find()).as("a link " + id).isTrue();
        String href = link.group(1) != null ? link.group(1) : link.group(2);
        return href.replace("&amp;", "&");
    }

    /** The list of checks on the holder's page, once the verification log has written what it counted. */
    private String checksLogged(ApiClient holder, String number) {
        new RegistrySeeds(base).writeVerificationLog();
        return checksIn(holder.get("/certificates/index.xhtml").body(), number);
    }

    /** The list of checks of this certificate on the holder's page; empty when there is none. */
    private static String checksIn(String page, String number) {
        int at = page.indexOf("id=\"checks-" + number + "\"");
        return at < 0 ? "" : page.substring(at, page.indexOf("</ul>", at));
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
