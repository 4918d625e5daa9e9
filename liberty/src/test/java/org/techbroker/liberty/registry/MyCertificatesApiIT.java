package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.registry.CertificatePages.issue;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.registry.CertificatePages.Issued;
import org.techbroker.liberty.support.ApiClient;

/**
 * The holder's certificates through the API and on their pages: the list with status, dates and
 * the download address; the signed PDF as an attachment for its holder, 404 for anyone else's,
 * 401 for anonymous callers and 400 for a malformed number; the "My certificates" page and the
 * dashboard's panel with the download.
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

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
