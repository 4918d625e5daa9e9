package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.registry.CertificatePages.ADMIN_CERTIFICATE;
import static org.techbroker.liberty.registry.CertificatePages.ADMIN_REGISTRY;
import static org.techbroker.liberty.registry.CertificatePages.act;
import static org.techbroker.liberty.registry.CertificatePages.adminPage;
import static org.techbroker.liberty.registry.CertificatePages.issue;
import static org.techbroker.liberty.registry.CertificatePages.person;
import static org.techbroker.liberty.registry.CertificatePages.signedIn;
import static org.techbroker.liberty.support.FacesForms.form;
import static org.techbroker.liberty.support.FacesForms.nonce;
import static org.techbroker.liberty.support.FacesForms.viewState;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.techbroker.liberty.support.FacesForms;
import org.techbroker.liberty.support.RegistrySeeds;

/**
 * The registry's administration pages from outside, as a browser posts them: a search by number
 * and by holder name; a certificate's full history with the reason and the name of who acted; a
 * revocation with a reason, which the public page then shows (with its public note, without its
 * reason); a change refused without a reason and a revocation without its confirmation; only the
 * changes the status allows offered, and one from a stale page refused by the registry in the
 * reader's language; the history's integrity check; and 404 for everyone who is no administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryAdminPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CertificatePages.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorFindsACertificateAndRevokesItWithAReason() {
        Issued issued = issue(base, "Recognised from the paper register");
        ApiClient admin = admin("en");

        String found = search(admin, issued.number());
        assertThat(found).contains(issued.number(), issued.holder().nameLatin(), "Active");
        assertThat(search(admin, issued.holder().nameLatin())).contains(issued.number());

        String page = adminPage(admin, issued.number());
        assertThat(page)
                .contains(
                        "Recognised from the paper register",
                        issued.admin(),
                        issued.holder().username())
                .contains("id=\"action:suspend\"", "id=\"action:revoke\"", "id=\"action:reissue\"")
                .doesNotContain("id=\"action:reinstate\"");

        HttpResponse<String> revoked =
                act(admin, page, "revoke", "Obtained by fraud: case 2026-17", "Revoked by the registry.", true);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location").orElseThrow()).contains("number=" + issued.number());

        String after = adminPage(admin, issued.number());
        assertThat(after)
                .containsPattern("id=\"statusValue\">Revoked<")
                .contains("Obtained by fraud: case 2026-17", "Revoked by the registry.")
                .contains("Nothing can change this certificate's status any more.")
                .doesNotContain("id=\"action:suspend\"", "id=\"action:reinstate\"", "id=\"action:revoke\"");

        String publicPage =
                new ApiClient(base).get("/verify/" + issued.number()).body();
        assertThat(publicPage)
                .containsPattern("id=\"statusValue\">Revoked<")
                .contains("status-revoked", "Revoked by the registry.")
                .doesNotContain("Obtained by fraud", issued.admin());
    }

    @Test
    void aChangeNeedsAReasonAndARevocationItsConfirmation() {
        Issued issued = issue(base, "Reasons are required");
        ApiClient admin = admin("en");
        String page = adminPage(admin, issued.number());

        HttpResponse<String> noReason = act(admin, page, "suspend", "  ", "", false);
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Give a reason: it is recorded in the certificate's history.");

        HttpResponse<String> unconfirmed = act(admin, page, "revoke", "A reason", "", false);
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("Tick the confirmation: a revocation is final.");

        ApiClient chinese = admin("zh-CN");
        HttpResponse<String> chineseNoReason =
                act(chinese, adminPage(chinese, issued.number()), "revoke", "", "", true);
        assertThat(chineseNoReason.body()).contains("请填写理由");

        assertThat(adminPage(admin, issued.number()))
                .containsPattern("id=\"statusValue\">Active<")
                .doesNotContain("A reason");
    }

    @Test
    void onlyTheChangesTheStatusAllowsAreOfferedAndAStaleOneIsRefused() {
        Issued issued = issue(base, "Transitions");
        ApiClient admin = admin("en");
        String staleTab = adminPage(admin, issued.number());

        HttpResponse<String> suspended =
                act(admin, adminPage(admin, issued.number()), "suspend", "Complaint under review", "", false);
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(302);
        String page = adminPage(admin, issued.number());
        assertThat(page)
                .containsPattern("id=\"statusValue\">Suspended<")
                .contains("id=\"action:reinstate\"", "id=\"action:revoke\"")
                .doesNotContain("id=\"action:suspend\"", "id=\"action:reissue\"");

        HttpResponse<String> again = act(admin, staleTab, "suspend", "Suspended twice?", "", false);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("A Suspended certificate cannot become Suspended.");

        HttpResponse<String> reinstated = act(admin, page, "reinstate", "Complaint dismissed", "", false);
        assertThat(reinstated.statusCode()).as(reinstated.body()).isEqualTo(302);
        assertThat(adminPage(admin, issued.number()))
                .containsPattern("id=\"statusValue\">Active<")
                .contains("Complaint under review", "Complaint dismissed")
                .doesNotContain("Suspended twice?");
    }

    @Test
    void theHistorysIntegrityCheckReportsTheEventsChecked() {
        issue(base, "Chain check");
        ApiClient admin = admin("en");
        String page = admin.get(ADMIN_REGISTRY).body();

        HttpResponse<String> checked = FacesForms.post(
                admin,
                ADMIN_REGISTRY,
                form(
                        "chain_SUBMIT",
                        "1",
                        "chain:check",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));

        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("id=\"chainResult\"", "The history is intact:", "events checked.");
    }

    @Test
    void aPassWaitingForApprovalIsRejectedOnlyWithAReason() {
        JsonObject pending = new RegistrySeeds(base).pendingRequest();
        String candidate = pending.getString("candidate");
        ApiClient admin = admin("en");

        String page = admin.get(ADMIN_REGISTRY).body();
        assertThat(page).contains("Passes waiting for approval", candidate, "Senior");
        int row = rowOf(page, candidate);

        HttpResponse<String> noReason = reject(admin, page, row, " ");
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Give the reason for the rejection", candidate);

        HttpResponse<String> rejected = reject(admin, admin.get(ADMIN_REGISTRY).body(), row, "Exam irregularity");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(302);
        String after = admin.get(ADMIN_REGISTRY).body();
        assertThat(after)
                .contains("Request " + pending.getJsonNumber("id").longValue() + " has been rejected.")
                .doesNotContain(candidate);
    }

    @Test
    void noOneButAnAdministratorSeesTheRegistryPages() {
        Issued issued = issue(base, "Hidden pages");
        for (String role : List.of("TRAINEE", "ENTERPRISE", "EXAMINER")) {
            ApiClient someone = signedIn(base, person(base, role), "en");
            for (String path : List.of(ADMIN_REGISTRY, ADMIN_CERTIFICATE + "?number=" + issued.number())) {
                HttpResponse<String> refused = someone.get(path);
                assertThat(refused.statusCode()).as(role + " " + path).isEqualTo(404);
                assertThat(refused.body()).doesNotContain(issued.number());
            }
        }
        ApiClient holder = signedIn(base, issued.holder(), "en");
        assertThat(holder.get(ADMIN_CERTIFICATE + "?number=" + issued.number()).statusCode())
                .isEqualTo(404);
        ApiClient admin = admin("en");
        assertThat(admin.get(ADMIN_CERTIFICATE + "?number=TB-XYZ").statusCode()).isEqualTo(404);
    }

    /** The index of the pending requests' table row that names the candidate. */
    private static int rowOf(String page, String candidate) {
        Matcher rows = Pattern.compile("data-ri=\"(\\d+)\"").matcher(page);
        int found = -1;
        while (rows.find()) {
            int end = page.indexOf("</tr>", rows.end());
            if (page.substring(rows.end(), end).contains(candidate)) {
                found = Integer.parseInt(rows.group(1));
            }
        }
        assertThat(found).as("a row names " + candidate).isNotNegative();
        return found;
    }

    private static HttpResponse<String> reject(ApiClient admin, String page, int row, String reason) {
        String prefix = "requests:table:" + row + ":";
        return FacesForms.post(
                admin,
                ADMIN_REGISTRY,
                form(
                        "requests_SUBMIT",
                        "1",
                        prefix + "rejectReason",
                        reason,
                        prefix + "reject",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
    }

    private ApiClient admin(String language) {
        ApiClient client = new ApiClient(base).speaking(language);
        client.signIn(client.createAdmin());
        return client;
    }

    /** Searches the registry page and answers the page with the results. */
    private static String search(ApiClient admin, String text) {
        String page = admin.get(ADMIN_REGISTRY).body();
        HttpResponse<String> results = FacesForms.post(
                admin,
                ADMIN_REGISTRY,
                form(
                        "search_SUBMIT",
                        "1",
                        "search:query",
                        text,
                        "search:find",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page)));
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        return results.body();
    }
}
