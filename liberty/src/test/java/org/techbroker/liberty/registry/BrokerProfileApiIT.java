package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.RegistrySeeds;
import org.techbroker.liberty.support.TestAccount;

/**
 * Over HTTP: the registry search and broker profiles enterprises read, disclosures administrators
 * record and brokers comment on, and the filing export — with who may do what, and bad bodies
 * refused with nothing recorded.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerProfileApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withRegistrySupport();
    }

    @ArquillianResource
    URL base;

    /** A broker with a certificate, signed in. */
    record Broker(TestAccount account, ApiClient client, long id, String number) {}

    @Test
    void enterprisesFindABrokerByNumberAndReadTheProfile() {
        Broker broker = broker("INTERMEDIATE", "SERVICE,MANAGEMENT");
        ApiClient enterprise = enterprise();

        JsonObject match = enterprise
                .get("/api/v1/registry/brokers?q=" + broker.number().toLowerCase())
                .body()
                .transform(body ->
                        Json.createReader(new java.io.StringReader(body)).readArray())
                .getJsonObject(0);
        assertThat(match.getJsonNumber("id").longValue()).isEqualTo(broker.id());
        assertThat(match.getString("nameLatin")).isEqualTo(broker.account().nameLatin());

        HttpResponse<String> read = enterprise.get("/api/v1/registry/brokers/" + broker.id());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject profile = ApiClient.json(read);
        assertThat(profile.getString("nameZh")).isEqualTo(broker.account().nameZh());
        JsonObject certificate = profile.getJsonArray("certificates").getJsonObject(0);
        assertThat(certificate.getString("number")).isEqualTo(broker.number());
        assertThat(certificate.getString("level")).isEqualTo("INTERMEDIATE");
        assertThat(certificate.getString("status")).isEqualTo("ACTIVE");
        assertThat(certificate.getJsonArray("tracks").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder("SERVICE", "MANAGEMENT");
        assertThat(profile.getJsonArray("exams")).isEmpty();
        JsonObject cpd = profile.getJsonObject("cpd");
        assertThat(cpd.getString("certificate")).isEqualTo(broker.number());
        assertThat(cpd.getJsonNumber("credits").bigDecimalValue()).isZero();
        assertThat(cpd.getJsonNumber("required").bigDecimalValue()).isEqualByComparingTo("40");
        assertThat(cpd.getBoolean("met")).isFalse();
        assertThat(profile.getJsonArray("disclosures")).isEmpty();
    }

    @Test
    void brokersReadTheirOwnProfileAndNobodyElses() {
        Broker broker = broker("JUNIOR", "SERVICE");
        Broker other = broker("JUNIOR", "REVIEW");
        ApiClient anonymous = new ApiClient(base);

        assertThat(broker.client()
                        .get("/api/v1/registry/brokers/" + broker.id())
                        .statusCode())
                .isEqualTo(200);
        assertProblem(broker.client().get("/api/v1/registry/brokers/" + other.id()), 404, "not-found");
        assertProblem(broker.client().get("/api/v1/registry/brokers?q=" + other.number()), 403, "forbidden");
        assertProblem(anonymous.get("/api/v1/registry/brokers/" + broker.id()), 401, "unauthenticated");
        assertProblem(enterprise().get("/api/v1/registry/brokers/987654321"), 404, "not-found");
    }

    @Test
    void administratorsRecordDisclosuresAndBrokersCommentOnThem() {
        Broker broker = broker("JUNIOR", "SERVICE");
        ApiClient admin = admin();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();

        HttpResponse<String> recorded = admin.post(
                "/api/v1/registry/brokers/" + broker.id() + "/disclosures",
                Json.createObjectBuilder()
                        .add("category", "customer_complaint")
                        .add("occurredOn", today)
                        .add("summary", "客户投诉佣金计算不透明，经调查成立。")
                        .build());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long disclosureId = ApiClient.json(recorded).getJsonNumber("id").longValue();

        HttpResponse<String> commented = broker.client()
                .put(
                        "/api/v1/registry/disclosures/" + disclosureId + "/comment",
                        Json.createObjectBuilder()
                                .add("comment", "The fee schedule has been published since.")
                                .build());
        assertThat(commented.statusCode()).as(commented.body()).isEqualTo(200);

        JsonObject disclosure = ApiClient.json(enterprise().get("/api/v1/registry/brokers/" + broker.id()))
                .getJsonArray("disclosures")
                .getJsonObject(0);
        assertThat(disclosure.getString("category")).isEqualTo("CUSTOMER_COMPLAINT");
        assertThat(disclosure.getString("occurredOn")).isEqualTo(today);
        assertThat(disclosure.getString("summary")).isEqualTo("客户投诉佣金计算不透明，经调查成立。");
        assertThat(disclosure.getString("brokerComment")).isEqualTo("The fee schedule has been published since.");

        Broker stranger = broker("JUNIOR", "SERVICE");
        assertProblem(
                stranger.client()
                        .put(
                                "/api/v1/registry/disclosures/" + disclosureId + "/comment",
                                Json.createObjectBuilder()
                                        .add("comment", "Not mine")
                                        .build()),
                404,
                "not-found");
        assertProblem(
                enterprise()
                        .post(
                                "/api/v1/registry/brokers/" + broker.id() + "/disclosures",
                                Json.createObjectBuilder()
                                        .add("category", "REGULATORY")
                                        .add("occurredOn", today)
                                        .add("summary", "Not allowed")
                                        .build()),
                403,
                "forbidden");
    }

    @Test
    void badDisclosuresAreRefusedFieldByFieldAndNothingIsRecorded() {
        Broker broker = broker("JUNIOR", "SERVICE");
        ApiClient admin = admin().speaking("en");
        String path = "/api/v1/registry/brokers/" + broker.id() + "/disclosures";

        JsonObject problem = assertProblem(
                admin.post(
                        path,
                        Json.createObjectBuilder()
                                .add("category", "GOSSIP")
                                .add("occurredOn", "yesterday")
                                .add("summary", " ")
                                .add("severity", 3)
                                .build()),
                400,
                "invalid-request");
        assertThat(fields(problem)).containsExactly("category", "occurredOn", "severity", "summary");

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
        assertProblem(
                admin.post(
                        path,
                        Json.createObjectBuilder()
                                .add("category", "REGULATORY")
                                .add("occurredOn", tomorrow)
                                .add("summary", "In the future")
                                .build()),
                400,
                "invalid-request");
        assertProblem(admin.post(path, Json.createArrayBuilder().build()), 400, "invalid-request");

        assertThat(ApiClient.json(admin.get("/api/v1/registry/brokers/" + broker.id()))
                        .getJsonArray("disclosures"))
                .isEmpty();
    }

    @Test
    void theFilingListsIntermediateAndSeniorCertificatesOfThePeriod() {
        Broker intermediate = broker("INTERMEDIATE", "SERVICE");
        Broker senior = broker("SENIOR", "JUDICIAL");
        Broker junior = broker("JUNIOR", "SERVICE");
        ApiClient admin = admin();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        HttpResponse<String> filing = admin.get("/api/v1/registry/filing?from=" + today + "&to=" + today);

        assertThat(filing.statusCode()).as(filing.body()).isEqualTo(200);
        assertThat(filing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(filing.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        List<String> lines = filing.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("number,level,tracks,holder_name_zh,holder_name_latin,issued_on,expires_on,status,"
                        + "supersedes,pdf_sha256");
        assertThat(filing.body())
                .contains(intermediate.number(), senior.number())
                .doesNotContain(junior.number());

        assertProblem(admin.get("/api/v1/registry/filing?from=2026-13-01"), 400, "invalid-request");
        assertProblem(admin.get("/api/v1/registry/filing?from=2026-05-02&to=2026-05-01"), 400, "invalid-request");
        assertProblem(admin.get("/api/v1/registry/filing?from=2024-01-01&to=2026-01-01"), 400, "invalid-request");
        assertProblem(enterprise().get("/api/v1/registry/filing"), 403, "forbidden");
    }

    private Broker broker(String level, String tracks) {
        ApiClient client = new ApiClient(base);
        TestAccount account = client.registerTrainee("brk");
        JsonObject issued = new RegistrySeeds(base).certificateFor(account.username(), level, tracks);
        client.signIn(account);
        return new Broker(account, client, issued.getJsonNumber("holderId").longValue(), issued.getString("number"));
    }

    private ApiClient enterprise() {
        ApiClient client = new ApiClient(base);
        client.signIn(new RegistrySeeds(base).enterprise());
        return client;
    }

    private ApiClient admin() {
        ApiClient client = new ApiClient(base);
        client.signIn(client.createAdmin());
        return client;
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
