package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * Over HTTP: the administrators' registry API — direct issuance, the status changes and their
 * refusals, the full history, the chain check — and that nobody else may use it.
 */
@ExtendWith(ArquillianExtension.class)
class AdminRegistryApiIT {

    private static final String PATH = "/api/v1/admin/certificates";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorIssuesSuspendsReinstatesAndRevokes() {
        ApiClient admin = admin();
        TestAccount holder = new ApiClient(base).registerTrainee("hold");

        HttpResponse<String> issued = admin.post(
                PATH,
                Json.createObjectBuilder()
                        .add("holder", holder.username())
                        .add("level", "senior")
                        .add("tracks", Json.createArrayBuilder().add("JUDICIAL").add("review"))
                        .add("reason", "Carried over from the paper register")
                        .build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonObject certificate = ApiClient.json(issued);
        String number = certificate.getString("number");
        assertThat(number).matches("TB-\\d{4}-S-\\d{6}-\\d");
        assertThat(certificate.getString("status")).isEqualTo("ACTIVE");
        assertThat(certificate.getString("holder")).isEqualTo(holder.username());
        assertThat(certificate.getString("pdfSha256")).hasSize(64);

        assertThat(change(admin, number, "suspension", "Complaint received", "Under review")
                        .getString("status"))
                .isEqualTo("SUSPENDED");
        assertProblem(admin.post(PATH + "/" + number + "/suspension", reason("again", null)), 409, "conflict");
        assertThat(change(admin, number, "reinstatement", "Complaint dismissed", null)
                        .getString("status"))
                .isEqualTo("ACTIVE");
        assertThat(change(admin, number, "revocation", "Misconduct proven", "Revoked")
                        .getString("status"))
                .isEqualTo("REVOKED");
        assertProblem(admin.post(PATH + "/" + number + "/reinstatement", reason("undo", null)), 409, "conflict");
        assertProblem(admin.post(PATH + "/" + number + "/reissue", reason("new name", null)), 409, "conflict");

        JsonArray history = array(admin.get(PATH + "/" + number + "/history"));
        assertThat(history.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("type"))
                .containsExactly("ISSUED", "SUSPENDED", "REINSTATED", "REVOKED");
        JsonObject revoked = history.getJsonObject(3);
        assertThat(revoked.getString("reason")).isEqualTo("Misconduct proven");
        assertThat(revoked.getString("publicNote")).isEqualTo("Revoked");
        assertThat(revoked.getString("fromStatus")).isEqualTo("ACTIVE");
        assertThat(revoked.getString("hash")).hasSize(64);

        JsonObject chain = ApiClient.json(admin.get(PATH + "/chain"));
        assertThat(chain.getBoolean("intact")).isTrue();
        assertThat(chain.getJsonNumber("eventsVerified").longValue()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aReissueAnswersTheNewCertificate() {
        ApiClient admin = admin();
        String number = issue(admin, new ApiClient(base).registerTrainee("reis"));

        JsonObject replacement = change(admin, number, "reissue", "Name corrected", null);

        assertThat(replacement.getString("number")).isNotEqualTo(number);
        assertThat(replacement.getString("status")).isEqualTo("ACTIVE");
        assertThat(ApiClient.json(admin.get(PATH + "/" + number)).getString("status"))
                .isEqualTo("SUPERSEDED");
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        ApiClient admin = admin().speaking("en");
        TestAccount holder = new ApiClient(base).registerTrainee("badr");
        String number = issue(admin, holder);

        JsonObject problem = assertProblem(
                admin.post(
                        PATH,
                        Json.createObjectBuilder()
                                .add("holder", "nobody-" + holder.username())
                                .add("level", "MASTER")
                                .add("tracks", Json.createArrayBuilder().add("ASTROLOGY"))
                                .build()),
                400,
                "invalid-request");
        assertThat(fields(problem)).containsExactlyInAnyOrder("holder", "level", "reason", "tracks");

        assertProblem(admin.post(PATH + "/" + number + "/revocation", reason(" ", null)), 400, "invalid-request");
        assertProblem(
                admin.post(PATH + "/" + number + "/revocation", reason("x".repeat(1001), null)),
                400,
                "invalid-request");
        assertProblem(
                admin.post(PATH + "/TB-2026-J-000001-0/revocation", reason("typo", null)), 400, "invalid-request");
        assertProblem(admin.get(PATH + "/TB-2026-Q-000001-0"), 400, "invalid-request");

        assertThat(array(admin.get(PATH + "/" + number + "/history"))).hasSize(1);
        assertThat(ApiClient.json(admin.get(PATH + "/" + number)).getString("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void onlyAdministratorsMayUseIt() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("nope"));

        assertProblem(trainee.get(PATH + "/chain"), 403, "forbidden");
        assertProblem(new ApiClient(base).get(PATH + "/chain"), 401, "unauthenticated");
    }

    private ApiClient admin() {
        ApiClient client = new ApiClient(base);
        client.signIn(client.createAdmin());
        return client;
    }

    private static String issue(ApiClient admin, TestAccount holder) {
        HttpResponse<String> issued = admin.post(
                PATH,
                Json.createObjectBuilder()
                        .add("holder", holder.username())
                        .add("level", "JUNIOR")
                        .add("reason", "Recognised qualification")
                        .build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return ApiClient.json(issued).getString("number");
    }

    private static JsonObject change(ApiClient admin, String number, String change, String reason, String note) {
        HttpResponse<String> response = admin.post(PATH + "/" + number + "/" + change, reason(reason, note));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static JsonObject reason(String reason, String note) {
        var body = Json.createObjectBuilder().add("reason", reason);
        if (note != null) {
            body.add("publicNote", note);
        }
        return body.build();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
