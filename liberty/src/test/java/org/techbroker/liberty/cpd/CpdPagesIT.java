package org.techbroker.liberty.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.FacesForms.nonce;
import static org.techbroker.liberty.support.FacesForms.viewState;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.RegistrySeeds;

/**
 * The CPD pages from outside, as a browser posts them: the holder's page shows the cycle; an entry
 * with a day in the future is refused in the reader's language and nothing is stored; an entry
 * with its evidence file is stored with it; the review page lists it for administrators and does
 * not exist for anyone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdPagesIT {

    private static final String PAGE = "/account/cpd.xhtml";
    private static final String REVIEW = "/admin/cpd/review.xhtml";
    private static final String BOUNDARY = "----cpdpagesit7d3f";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withRegistrySupport();
    }

    @ArquillianResource
    URL base;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A new trainee who holds a fresh junior certificate. */
    private JsonObject holder() {
        return new RegistrySeeds(base).certificate();
    }

    private ApiClient signedIn(JsonObject holder) {
        ApiClient client = new ApiClient(base).speaking("en");
        client.signIn(RegistrySeeds.account(holder));
        return client;
    }

    /** Posts the log form as multipart, as the browser does for a form with a file input. */
    private static HttpResponse<String> postLog(ApiClient client, String page, Map<String, String> fields, byte[] pdf) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("log_SUBMIT", "1");
        all.put("log:submit", "Log activity");
        all.put("jakarta.faces.ViewState", viewState(page));
        all.put("primefaces.nonce", nonce(page));
        all.forEach((name, value) -> body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"log:file\"; filename=\""
                        + (pdf == null ? "" : "programme.pdf") + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (pdf != null) {
            body.writeBytes(pdf);
        }
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.sendBody(
                "POST",
                PAGE,
                "multipart/form-data; boundary=" + BOUNDARY,
                BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static Map<String, String> entry(String title, LocalDate day) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("log:category", "COURSE");
        fields.put("log:title", title);
        fields.put("log:date_input", day.toString());
        fields.put("log:quantity", "2.5");
        return fields;
    }

    @Test
    void theHolderLogsAnActivityWithEvidenceAndBadInputChangesNothing() {
        JsonObject holder = holder();
        ApiClient client = signedIn(holder);
        String page = client.get(PAGE).body();
        assertThat(page).contains(holder.getString("number")).contains("0 of 40 credits counted");

        HttpResponse<String> refused = postLog(client, page, entry("Future seminar", today().plusDays(2)), null);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("cannot be in the future");
        assertThat(ApiClient.json(client.get("/api/v1/me/cpd")).getJsonArray("activities"))
                .isEmpty();

        String fresh = client.get(PAGE).body();
        HttpResponse<String> logged = postLog(
                client,
                fresh,
                entry("Licensing seminar", today()),
                "%PDF-1.4\n%programme\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(logged.statusCode()).isEqualTo(200);
        assertThat(logged.body()).contains("Licensing seminar");
        JsonObject activity = ApiClient.json(client.get("/api/v1/me/cpd"))
                .getJsonArray("activities")
                .getJsonObject(0);
        assertThat(activity.getString("title")).isEqualTo("Licensing seminar");
        assertThat(activity.getBoolean("evidence")).isTrue();
        assertThat(activity.getString("evidenceName")).isEqualTo("programme.pdf");
        assertThat(activity.getJsonNumber("credits").doubleValue()).isEqualTo(2.5);

        assertThat(client.get(REVIEW).statusCode()).isEqualTo(404);
        ApiClient admin = new ApiClient(base).speaking("en");
        admin.signIn(admin.createAdmin());
        String review = admin.get(REVIEW).body();
        assertThat(review).contains("Licensing seminar").contains(holder.getString("username"));
    }
}
