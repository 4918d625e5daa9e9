package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.FacesForms.nonce;
import static org.techbroker.liberty.support.FacesForms.viewState;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.FacesForms;
import org.techbroker.liberty.support.RegistrySeeds;
import org.techbroker.liberty.support.TestAccount;

/**
 * What the registry's page, API and browser tests share: their deployment, seeding a certificate
 * through {@link RegistrySeeds}, and posting the verification page's upload and the
 * administrators' status form as a browser does.
 */
final class CertificatePages {

    static final String VERIFY_PAGE = "/verify/index.xhtml";
    static final String ADMIN_CERTIFICATE = "/admin/registry/certificate.xhtml";
    static final String ADMIN_REGISTRY = "/admin/registry/index.xhtml";

    /** A certificate a test issued: its number, its holder (who can sign in) and the issuing administrator. */
    record Issued(String number, TestAccount holder, String admin) {}

    private CertificatePages() {}

    static WebArchive deployment() {
        return Deployments.withRegistrySupport();
    }

    /** A new junior certificate of the service and review tracks, issued to a new holder with this reason (an internal one, never public). */
    static Issued issue(URL base, String reason) {
        JsonObject issued = new RegistrySeeds(base).certificate("JUNIOR", "SERVICE,REVIEW", reason);
        return new Issued(issued.getString("number"), RegistrySeeds.account(issued), issued.getString("admin"));
    }

    /** A new person with this role (ENTERPRISE, TRAINEE…). */
    static TestAccount person(URL base, String role) {
        return new RegistrySeeds(base).person(role);
    }

    static ApiClient signedIn(URL base, TestAccount account, String language) {
        ApiClient client = new ApiClient(base).speaking(language);
        client.signIn(account);
        return client;
    }

    /** The holder's own PDF, as the API serves it. */
    static byte[] download(URL base, Issued issued) {
        ApiClient holder = signedIn(base, issued.holder(), "en");
        HttpResponse<byte[]> pdf = holder.getBytes("/api/v1/me/certificates/" + issued.number() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    /** Opens the verification page and uploads the file with its form, as a browser does. */
    static HttpResponse<String> upload(ApiClient client, String fileName, String contentType, byte[] content) {
        String page = client.get("/verify").body();
        String boundary = "----techbroker" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "upload_SUBMIT", "1");
        field(body, boundary, "upload:check", "");
        field(body, boundary, "jakarta.faces.ViewState", viewState(page));
        field(body, boundary, "primefaces.nonce", nonce(page));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return client.sendBody(
                "POST",
                VERIFY_PAGE,
                "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Posts the status form of an administrator's certificate page already read: the reason, the
     * public note, the revocation's confirmation when ticked, and the button pressed ("suspend",
     * "reinstate", "revoke", "reissue").
     */
    static HttpResponse<String> act(
            ApiClient admin, String page, String button, String reason, String publicNote, boolean confirmRevoke) {
        List<String> fields = new ArrayList<>(List.of(
                "action_SUBMIT",
                "1",
                "action:reason",
                reason,
                "action:publicNote",
                publicNote,
                "action:" + button,
                "",
                "jakarta.faces.ViewState",
                viewState(page),
                "primefaces.nonce",
                nonce(page)));
        if (confirmRevoke) {
            fields.addAll(List.of("action:confirmRevoke", "on"));
        }
        return FacesForms.post(admin, ADMIN_CERTIFICATE, FacesForms.form(fields.toArray(String[]::new)));
    }

    static String adminPage(ApiClient admin, String number) {
        HttpResponse<String> page = admin.get(ADMIN_CERTIFICATE + "?number=" + number);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }
}
