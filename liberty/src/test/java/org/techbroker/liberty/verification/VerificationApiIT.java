package org.techbroker.liberty.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;
import static org.techbroker.liberty.verification.VerificationCalls.API_KEY;
import static org.techbroker.liberty.verification.VerificationCalls.lookup;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.verification.BitstringStatusList;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.TestAccount;

/**
 * The verification API from outside: the lookup's shape and problems, enterprises' API keys from
 * creation to revocation, a bulk check of a thousand numbers, the status lists' bits, and what a
 * holder sees of the checks. Anonymous lookups here stay far below the per-address limit, which
 * {@link VerificationRateLimitIT} spends in a deployment of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VerificationCalls.deployment();
    }

    @ArquillianResource
    URL base;

    VerificationCalls calls;

    @BeforeEach
    void setUp() {
        calls = new VerificationCalls(base);
    }

    @Test
    void aLookupShowsThePublicFactsAndTheStatusEntries() {
        JsonObject issued = calls.certificate();
        String number = issued.getString("number");

        HttpResponse<String> response = lookup(new ApiClient(base), number, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject certificate = ApiClient.json(response);
        assertThat(certificate.getString("number")).isEqualTo(number);
        assertThat(certificate.getString("status")).isEqualTo("ACTIVE");
        assertThat(certificate.getString("level")).isEqualTo("JUNIOR");
        assertThat(certificate.getJsonArray("tracks").getString(0)).isEqualTo("SERVICE");
        assertThat(certificate.getJsonObject("holderNames").getString("zh")).isEqualTo(issued.getString("nameZh"));
        assertThat(certificate.getJsonObject("holderNames").getString("latin"))
                .isEqualTo(issued.getString("nameLatin"));
        assertThat(certificate.getString("issuedOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(certificate.getString("expiresOn")).isGreaterThan(certificate.getString("issuedOn"));
        JsonObject issue = certificate.getJsonArray("history").getJsonObject(0);
        assertThat(issue.getString("type")).isEqualTo("ISSUED");
        assertThat(issue.keySet()).containsExactlyInAnyOrder("type", "date", "publicNote");
        assertThat(response.body()).doesNotContain("Carried over for a test", "actor", "reason");

        JsonArray status = certificate.getJsonArray("credentialStatus");
        assertThat(status).hasSize(2);
        JsonObject revocation = status.getJsonObject(0);
        JsonObject suspension = status.getJsonObject(1);
        assertThat(revocation.getString("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(revocation.getString("statusPurpose")).isEqualTo("revocation");
        assertThat(suspension.getString("statusPurpose")).isEqualTo("suspension");
        assertThat(revocation.getString("statusListIndex"))
                .matches("\\d+")
                .isEqualTo(suspension.getString("statusListIndex"));
        assertThat(revocation.getString("statusListCredential"))
                .matches("https?://.+/api/v1/status-lists/\\d+-revocation");
        assertThat(suspension.getString("statusListCredential"))
                .matches("https?://.+/api/v1/status-lists/\\d+-suspension");
    }

    @Test
    void malformedNumbersWrongCheckDigitsAndUnknownNumbersAreProblems() {
        ApiClient client = new ApiClient(base);
        CertificateNumber unknown = new CertificateNumber(2098, QualificationLevel.SENIOR, 424_242);
        String wrongDigit = unknown.value().substring(0, unknown.value().length() - 1)
                + (char) ('0' + (unknown.checkDigit() + 1) % 10);

        JsonObject malformed = assertProblem(lookup(client, "TB-26-J-1", null), 400, "invalid-request");
        JsonObject checkDigit = assertProblem(lookup(client, wrongDigit, null), 400, "invalid-request");
        JsonObject missing = assertProblem(lookup(client, unknown.value(), null), 404, "not-found");

        assertThat(malformed.getString("detail")).isNotBlank();
        assertThat(checkDigit.getString("detail")).contains(wrongDigit).isNotEqualTo(malformed.getString("detail"));
        assertThat(missing.getString("detail")).contains(unknown.value());
        assertThat(missing.keySet()).isEqualTo(checkDigit.keySet());

        JsonObject chinese =
                assertProblem(lookup(new ApiClient(base).speaking("zh-CN"), unknown.value(), null), 404, "not-found");
        assertThat(chinese.getString("title")).isNotEqualTo(missing.getString("title"));
    }

    @Test
    void anEnterpriseKeyWorksUntilItIsRevoked() {
        String number = calls.certificate().getString("number");
        ApiClient enterprise = new ApiClient(base);
        enterprise.signIn(calls.enterprise());

        JsonObject created = VerificationCalls.createKey(enterprise, "Deal desk");
        String secret = created.getString("secret");
        JsonObject key = created.getJsonObject("key");
        assertThat(secret).startsWith("tbk_").hasSizeGreaterThanOrEqualTo(47);
        assertThat(key.getString("prefix")).isEqualTo(secret.substring(0, 12));
        assertThat(key.getBoolean("active")).isTrue();

        HttpResponse<String> list = enterprise.get("/api/v1/me/api-keys");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Deal desk").doesNotContain(secret);

        assertThat(lookup(new ApiClient(base), number, secret).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = enterprise.delete(
                "/api/v1/me/api-keys/" + key.getJsonNumber("id").longValue());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);

        assertProblem(lookup(new ApiClient(base), number, secret), 401, "invalid-api-key");
        HttpResponse<String> after = enterprise.get("/api/v1/me/api-keys");
        assertThat(array(after).getJsonObject(0).getBoolean("active")).isFalse();
    }

    @Test
    void onlyEnterprisesHoldKeysAndOnlyTheirOwn() {
        ApiClient enterprise = new ApiClient(base);
        enterprise.signIn(calls.enterprise());
        long id = VerificationCalls.createKey(enterprise, "Mine")
                .getJsonObject("key")
                .getJsonNumber("id")
                .longValue();
        ApiClient other = new ApiClient(base);
        other.signIn(calls.enterprise());
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("keys"));

        assertProblem(other.delete("/api/v1/me/api-keys/" + id), 404, "not-found");
        assertProblem(
                trainee.post(
                        "/api/v1/me/api-keys",
                        Json.createObjectBuilder().add("name", "x").build()),
                403,
                "forbidden");
        assertProblem(new ApiClient(base).get("/api/v1/me/api-keys"), 401, "unauthenticated");
        assertProblem(
                enterprise.post(
                        "/api/v1/me/api-keys", Json.createObjectBuilder().build()),
                400,
                "invalid-request");
    }

    @Test
    void aBulkCheckOfAThousandNumbers() {
        JsonObject first = calls.certificate();
        JsonObject second = calls.certificate();
        JsonObject third = calls.certificate();
        calls.revoke(third.getString("number"));
        String key = calls.newKey();

        JsonArrayBuilder entries = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("number", first.getString("number"))
                        .add("holderName", "  " + first.getString("nameLatin").toUpperCase() + " "))
                .add(Json.createObjectBuilder()
                        .add("number", second.getString("number").toLowerCase())
                        .add("holderName", "Somebody Else"))
                .add(Json.createObjectBuilder().add("number", third.getString("number")))
                .add(Json.createObjectBuilder().add("number", "TB-2026-X-1"));
        List<String> unknown = new ArrayList<>();
        for (int serial = 1; serial <= 996; serial++) {
            String number = new CertificateNumber(2097, QualificationLevel.INTERMEDIATE, serial).value();
            unknown.add(number);
            entries.add(Json.createObjectBuilder().add("number", number).add("holderName", "Nobody"));
        }
        JsonObject body =
                Json.createObjectBuilder().add("certificates", entries).build();

        HttpResponse<String> response = bulk(new ApiClient(base), body.toString(), key);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray results = ApiClient.json(response).getJsonArray("results");
        assertThat(results).hasSize(1000);
        JsonObject one = results.getJsonObject(0);
        assertThat(one.getBoolean("validFormat")).isTrue();
        assertThat(one.getBoolean("found")).isTrue();
        assertThat(one.getString("status")).isEqualTo("ACTIVE");
        assertThat(one.getString("level")).isEqualTo("JUNIOR");
        assertThat(one.getString("expiresOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(one.getBoolean("nameMatches")).isTrue();
        assertThat(results.getJsonObject(1).getBoolean("found")).isTrue();
        assertThat(results.getJsonObject(1).getBoolean("nameMatches")).isFalse();
        assertThat(results.getJsonObject(2).getString("status")).isEqualTo("REVOKED");
        assertThat(results.getJsonObject(2).get("nameMatches")).isEqualTo(JsonValue.NULL);
        assertThat(results.getJsonObject(3).getBoolean("validFormat")).isFalse();
        assertThat(results.getJsonObject(3).getBoolean("found")).isFalse();
        for (int i = 4; i < 1000; i++) {
            JsonObject result = results.getJsonObject(i);
            assertThat(result.getString("number")).isEqualTo(unknown.get(i - 4));
            assertThat(result.getBoolean("validFormat")).isTrue();
            assertThat(result.getBoolean("found")).isFalse();
            assertThat(result.get("status")).isEqualTo(JsonValue.NULL);
        }
    }

    @Test
    void aRefusedBulkBodyCountsAgainstTheKeysLimit() throws InterruptedException {
        String key = calls.newKey();
        calls.limitKey(key, 3);
        Thread.sleep(1100); // the servers' key cache lasts at most a second
        String refused = "{\"certificates\":[{\"number\":7}]}";

        for (int i = 0; i < 3; i++) {
            assertProblem(bulk(new ApiClient(base), refused, key), 400, "invalid-request");
        }
        HttpResponse<String> spent = bulk(new ApiClient(base), refused, key);

        assertProblem(spent, 429, "too-many-requests");
        assertThat(spent.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anAdministratorSetsAKeysOwnLimitAndTheAuditLogRecordsIt() throws InterruptedException {
        TestAccount owner = calls.enterprise();
        ApiClient enterprise = new ApiClient(base);
        enterprise.signIn(owner);
        JsonObject created = VerificationCalls.createKey(enterprise, "Portfolio checks");
        long id = created.getJsonObject("key").getJsonNumber("id").longValue();
        String secret = created.getString("secret");
        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        String limit = "/api/v1/admin/api-keys/" + id + "/limit";

        JsonArray listed = array(admin.get("/api/v1/admin/api-keys?owner=" + owner.username()));
        assertThat(listed).singleElement().satisfies(key -> {
            assertThat(((JsonObject) key).getInt("perMinute")).isEqualTo(6000);
            assertThat(((JsonObject) key).getBoolean("ownLimit")).isFalse();
        });
        HttpResponse<String> lowered =
                admin.put(limit, Json.createObjectBuilder().add("perMinute", 2).build());
        assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
        assertThat(ApiClient.json(lowered).getInt("perMinute")).isEqualTo(2);
        assertThat(ApiClient.json(lowered).getBoolean("ownLimit")).isTrue();

        Thread.sleep(1100); // the servers' key cache lasts at most a second
        String number = calls.certificate().getString("number");
        assertThat(lookup(new ApiClient(base), number, secret).statusCode()).isEqualTo(200);
        assertThat(lookup(new ApiClient(base), number, secret).statusCode()).isEqualTo(200);
        assertProblem(lookup(new ApiClient(base), number, secret), 429, "too-many-requests");

        for (String wrong : List.of(
                "{\"perMinute\":0}",
                "{\"perMinute\":100000001}",
                "{\"perMinute\":\"lots\"}",
                "{\"perMinute\":2.5}",
                "{\"perMinute\":5,\"extra\":1}",
                "[]")) {
            try (JsonReader reader = Json.createReader(new StringReader(wrong))) {
                assertProblem(admin.put(limit, reader.read()), 400, "invalid-request");
            }
        }
        assertThat(array(admin.get("/api/v1/admin/api-keys?owner=" + owner.username()))
                        .getJsonObject(0)
                        .getInt("perMinute"))
                .as("refused changes change nothing")
                .isEqualTo(2);
        assertProblem(
                admin.put(
                        "/api/v1/admin/api-keys/999999999/limit",
                        Json.createObjectBuilder().add("perMinute", 5).build()),
                404,
                "not-found");
        assertProblem(
                enterprise.put(
                        limit,
                        Json.createObjectBuilder().add("perMinute", 100000).build()),
                403,
                "forbidden");

        HttpResponse<String> reset =
                admin.put(limit, Json.createObjectBuilder().addNull("perMinute").build());
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(ApiClient.json(reset).getInt("perMinute")).isEqualTo(6000);
        assertThat(ApiClient.json(reset).getBoolean("ownLimit")).isFalse();
        JsonObject audit = ApiClient.json(
                admin.get("/api/v1/admin/audit-events?type=API_KEY_LIMIT_CHANGED&person=" + owner.username()));
        assertThat(audit.getJsonArray("events").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("detail"))
                .containsExactlyInAnyOrder(
                        created.getJsonObject("key").getString("prefix") + " 2/min",
                        created.getJsonObject("key").getString("prefix") + " default");
    }

    @Test
    void bulkChecksNeedAKeyAndAtMostAThousandNumbers() {
        String key = calls.newKey();
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int serial = 1; serial <= 1001; serial++) {
            tooMany.add(Json.createObjectBuilder()
                    .add("number", new CertificateNumber(2096, QualificationLevel.JUNIOR, serial).value()));
        }
        String oneNumber = "{\"certificates\":[{\"number\":\"TB-2026-J-000001-1\"}]}";

        assertProblem(bulk(new ApiClient(base), oneNumber, null), 401, "invalid-api-key");
        assertProblem(bulk(new ApiClient(base), oneNumber, "tbk_not-a-key"), 401, "invalid-api-key");
        JsonObject problem = assertProblem(
                bulk(
                        new ApiClient(base),
                        Json.createObjectBuilder()
                                .add("certificates", tooMany)
                                .build()
                                .toString(),
                        key),
                400,
                "invalid-request");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("certificates");
        JsonObject wrongEntry = assertProblem(
                bulk(new ApiClient(base), "{\"certificates\":[{\"number\":7,\"extra\":true}]}", key),
                400,
                "invalid-request");
        assertThat(wrongEntry.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")))
                .containsExactly("certificates[0].extra", "certificates[0].number");
    }

    @Test
    void aRevocationAndASuspensionFlipTheirBitsAtOnce() {
        String key = calls.newKey();
        String revoked = calls.certificate().getString("number");
        String suspended = calls.certificate().getString("number");
        JsonObject revokedEntry = entry(revoked, key, 0);
        JsonObject suspendedEntry = entry(suspended, key, 1);
        int revokedIndex = Integer.parseInt(revokedEntry.getString("statusListIndex"));
        int suspendedIndex = Integer.parseInt(suspendedEntry.getString("statusListIndex"));

        assertThat(bit(revokedEntry, revokedIndex)).isFalse();
        assertThat(bit(suspendedEntry, suspendedIndex)).isFalse();

        calls.revoke(revoked);
        calls.suspend(suspended);

        assertThat(bit(revokedEntry, revokedIndex)).as("revocation bit").isTrue();
        assertThat(bit(entry(revoked, key, 1), revokedIndex))
                .as("a revoked one is not suspended")
                .isFalse();
        assertThat(bit(suspendedEntry, suspendedIndex)).as("suspension bit").isTrue();
        assertThat(bit(entry(suspended, key, 0), suspendedIndex))
                .as("a suspended one is not revoked")
                .isFalse();
        assertThat(ApiClient.json(lookup(new ApiClient(base), revoked, key)).getString("status"))
                .isEqualTo("REVOKED");
    }

    @Test
    void aStatusListIsABitstringStatusListCredential() {
        String key = calls.newKey();
        JsonObject entry = entry(calls.certificate().getString("number"), key, 0);
        String url = entry.getString("statusListCredential");
        String path = url.substring(url.indexOf("/api/v1/"));

        HttpResponse<String> response = new ApiClient(base).get(path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject credential = ApiClient.json(response);
        assertThat(credential.getJsonArray("@context").getString(0)).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.getString("id")).isEqualTo(url);
        assertThat(credential.getJsonArray("type").getValuesAs(JsonValue::toString))
                .containsExactly("\"VerifiableCredential\"", "\"BitstringStatusListCredential\"");
        assertThat(url).startsWith(credential.getString("issuer"));
        assertThat(credential.getString("validFrom")).endsWith("Z");
        JsonObject subject = credential.getJsonObject("credentialSubject");
        assertThat(subject.getString("type")).isEqualTo("BitstringStatusList");
        assertThat(subject.getString("statusPurpose")).isEqualTo("revocation");
        assertThat(BitstringStatusList.decode(subject.getString("encodedList"))).hasSize(131_072 / 8);

        assertProblem(new ApiClient(base).get("/api/v1/status-lists/999999-revocation"), 404, "not-found");
        assertProblem(new ApiClient(base).get("/api/v1/status-lists/1-expiry"), 404, "not-found");
    }

    @Test
    void aHolderSeesWhichEnterprisesCheckedTheirCertificate() {
        JsonObject issued = calls.certificate();
        String number = issued.getString("number");
        ApiClient enterprise = new ApiClient(base);
        TestAccount enterpriseAccount = calls.enterprise();
        enterprise.signIn(enterpriseAccount);
        String key = VerificationCalls.createKey(enterprise, "Checks").getString("secret");
        assertThat(lookup(new ApiClient(base), number, key).statusCode()).isEqualTo(200);
        assertThat(lookup(new ApiClient(base), number, key).statusCode()).isEqualTo(200);
        assertThat(lookup(new ApiClient(base), number, null).statusCode()).isEqualTo(200);
        calls.flushLog();

        ApiClient holder = new ApiClient(base);
        holder.signIn(new TestAccount(issued.getString("username"), issued.getString("password"), null, null, null));
        HttpResponse<String> response = holder.get("/api/v1/me/certificates/" + number + "/verifications");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject page = ApiClient.json(response);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getInt("first")).isZero();
        assertThat(page.getInt("size")).isEqualTo(50);
        JsonArray checks = page.getJsonArray("checks");
        assertThat(checks).as("the anonymous check is not listed").hasSize(1);
        JsonObject check = checks.getJsonObject(0);
        assertThat(check.getString("channel")).isEqualTo("API");
        assertThat(check.getInt("count"))
                .as("both checks of the minute in one entry")
                .isEqualTo(2);
        Instant first = Instant.parse(check.getString("checkedAt"));
        Instant last = Instant.parse(check.getString("lastCheckedAt"));
        assertThat(last).isAfterOrEqualTo(first);
        assertThat(check.getString("enterprise")).isEqualTo("Techbroker tests");

        assertProblem(enterprise.get("/api/v1/me/certificates/" + number + "/verifications"), 404, "not-found");
    }

    @Test
    void theHoldersChecksComeAPageAtATimeNewestFirst() {
        JsonObject issued = calls.certificate();
        String number = issued.getString("number");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(calls.newKey());
        }
        // One entry per enterprise, each written by its own flush so that their times are ordered.
        for (String key : keys) {
            assertThat(lookup(new ApiClient(base), number, key).statusCode()).isEqualTo(200);
            calls.flushLog();
        }
        ApiClient holder = new ApiClient(base);
        holder.signIn(new TestAccount(issued.getString("username"), issued.getString("password"), null, null, null));
        String path = "/api/v1/me/certificates/" + number + "/verifications";

        JsonObject all = ApiClient.json(holder.get(path));
        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(3);
        JsonArray everyCheck = all.getJsonArray("checks");
        assertThat(everyCheck).hasSize(3);
        for (int i = 1; i < everyCheck.size(); i++) {
            assertThat(Instant.parse(everyCheck.getJsonObject(i - 1).getString("lastCheckedAt")))
                    .as("newest first")
                    .isAfterOrEqualTo(Instant.parse(everyCheck.getJsonObject(i).getString("lastCheckedAt")));
        }
        HttpResponse<String> second = holder.get(path + "?first=1&size=1");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonObject page = ApiClient.json(second);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(page.getJsonArray("checks")).hasSize(1);
        assertThat(page.getJsonArray("checks").getJsonObject(0)).isEqualTo(everyCheck.getJsonObject(1));
        assertThat(ApiClient.json(holder.get(path + "?first=3")).getJsonArray("checks"))
                .isEmpty();

        assertProblem(holder.get(path + "?size=0"), 400, "invalid-request");
        assertProblem(holder.get(path + "?size=501"), 400, "invalid-request");
        assertProblem(holder.get(path + "?first=-1"), 400, "invalid-request");
    }

    private JsonObject entry(String number, String key, int which) {
        HttpResponse<String> response = lookup(new ApiClient(base), number, key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getJsonArray("credentialStatus").getJsonObject(which);
    }

    private boolean bit(JsonObject entry, int index) {
        String url = entry.getString("statusListCredential");
        HttpResponse<String> list = new ApiClient(base).get(url.substring(url.indexOf("/api/v1/")));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        String encoded = ApiClient.json(list).getJsonObject("credentialSubject").getString("encodedList");
        return BitstringStatusList.bit(BitstringStatusList.decode(encoded), index);
    }

    private static HttpResponse<String> bulk(ApiClient client, String body, String key) {
        return key == null
                ? client.send("POST", "/api/v1/verifications", ApiClient.JSON, body)
                : client.send("POST", "/api/v1/verifications", ApiClient.JSON, body, API_KEY, key);
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
