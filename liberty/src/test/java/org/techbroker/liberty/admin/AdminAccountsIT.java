package org.techbroker.liberty.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * From outside, as an administrator: finding accounts, creating one, granting and revoking roles,
 * locking and unlocking, each change visible in the audit log under the administrator's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAccountsIT {

    private static final String ACCOUNTS = "/api/v1/admin/accounts";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin;
    private TestAccount adminAccount;

    @BeforeEach
    void signInAsAdministrator() {
        admin = new ApiClient(base);
        adminAccount = admin.createAdmin();
        admin.signIn(adminAccount);
    }

    @Test
    void findsAccountsByTextAndRoleAPageAtATime() {
        byte[] random = new byte[2];
        new SecureRandom().nextBytes(random);
        // "find" holds letters that are no hex digit, so no other test's random username contains it.
        String marker = "find" + HexFormat.of().formatHex(random);
        ApiClient visitor = new ApiClient(base);
        TestAccount one = visitor.registerTrainee(marker);
        TestAccount two = visitor.registerTrainee(marker);
        List<String> expected =
                List.of(one.username(), two.username()).stream().sorted().toList();

        JsonObject all = list("?q=" + marker.toUpperCase());
        assertThat(all.getInt("total")).isEqualTo(2);
        assertThat(usernames(all)).containsExactlyElementsOf(expected);

        JsonObject secondPage = list("?q=" + marker + "&first=1&size=1");
        assertThat(secondPage.getInt("total")).isEqualTo(2);
        assertThat(usernames(secondPage)).containsExactly(expected.get(1));

        assertThat(usernames(list("?q=" + marker + "&role=TRAINEE"))).containsExactlyElementsOf(expected);
        assertThat(list("?q=" + marker + "&role=ADMIN").getInt("total")).isZero();
        assertThat(usernames(list("?q=" + adminAccount.username() + "&role=admin")))
                .containsExactly(adminAccount.username());
        assertThat(list("?q=" + one.username())
                        .getJsonArray("accounts")
                        .getJsonObject(0)
                        .containsKey("passwordHash"))
                .isFalse();
    }

    @Test
    void createsAnAccountWithRolesThatCanSignIn() {
        TestAccount examiner = TestAccount.fresh("exam");
        JsonObject body = Json.createObjectBuilder()
                .add("details", examiner.registration().getJsonObject("details"))
                .add("password", examiner.password())
                .add("roles", Json.createArrayBuilder().add("EXAMINER").add("TRAINEE"))
                .build();

        HttpResponse<String> created = admin.post(ACCOUNTS, body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(ACCOUNTS + "/" + examiner.username()));
        assertThat(roles(ApiClient.json(created))).containsExactly("TRAINEE", "EXAMINER");
        assertThat(auditEvents("ACCOUNT_CREATED", examiner.username()))
                .singleElement()
                .satisfies(event -> assertThat(event.getString("actor")).isEqualTo(adminAccount.username()));
        JsonObject signedIn = new ApiClient(base).signIn(examiner);
        assertThat(signedIn.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("TRAINEE", "EXAMINER");
    }

    @Test
    void grantsAndRevokesARoleWithAnAuditTrail() {
        TestAccount trainee = new ApiClient(base).registerTrainee("grant");
        String examinerRole = ACCOUNTS + "/" + trainee.username() + "/roles/EXAMINER";

        HttpResponse<String> granted = admin.put(examinerRole);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(roles(ApiClient.json(granted))).containsExactly("TRAINEE", "EXAMINER");
        assertThat(admin.put(examinerRole).statusCode())
                .as("granting again changes nothing")
                .isEqualTo(200);

        assertThat(auditEvents("ROLE_GRANTED", trainee.username()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getString("actor")).isEqualTo(adminAccount.username());
                    assertThat(event.getString("subject")).isEqualTo(trainee.username());
                    assertThat(event.getString("detail")).isEqualTo("EXAMINER");
                });

        HttpResponse<String> revoked = admin.delete(examinerRole);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(roles(ApiClient.json(revoked))).containsExactly("TRAINEE");
        assertThat(auditEvents("ROLE_REVOKED", trainee.username())).hasSize(1);
    }

    @Test
    void locksAndUnlocksAnAccount() {
        ApiClient visitor = new ApiClient(base);
        TestAccount trainee = visitor.registerTrainee("lock");
        String lock = ACCOUNTS + "/" + trainee.username() + "/lock";

        HttpResponse<String> locked = admin.put(lock);
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
        assertThat(ApiClient.json(locked).getBoolean("locked")).isTrue();
        assertProblem(visitor.login(trainee.username(), trainee.password()), 401, "login-failed");

        HttpResponse<String> unlocked = admin.delete(lock);
        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(ApiClient.json(unlocked).getBoolean("locked")).isFalse();
        assertThat(visitor.login(trainee.username(), trainee.password()).statusCode())
                .isEqualTo(200);

        assertThat(auditEvents("ACCOUNT_LOCKED", trainee.username()))
                .singleElement()
                .satisfies(event -> assertThat(event.getString("actor")).isEqualTo(adminAccount.username()));
        assertThat(auditEvents("ACCOUNT_UNLOCKED", trainee.username())).hasSize(1);
    }

    @Test
    void refusesWhatMakesNoSense() {
        assertProblem(admin.put(ACCOUNTS + "/" + adminAccount.username() + "/lock"), 409, "conflict");
        assertProblem(admin.delete(ACCOUNTS + "/" + adminAccount.username() + "/roles/ADMIN"), 409, "conflict");
        assertProblem(admin.get(ACCOUNTS + "/no-such-person"), 404, "not-found");
        assertProblem(admin.put(ACCOUNTS + "/no-such-person/lock"), 404, "not-found");
    }

    @Test
    void changesNeedTheSessionsCsrfToken() {
        TestAccount trainee = new ApiClient(base).registerTrainee("csrf");

        assertProblem(
                admin.send("PUT", ACCOUNTS + "/" + trainee.username() + "/lock", null, null),
                403,
                "csrf-token-missing");
        assertThat(ApiClient.json(admin.get(ACCOUNTS + "/" + trainee.username()))
                        .getBoolean("locked"))
                .isFalse();
    }

    private JsonObject list(String query) {
        HttpResponse<String> response = admin.get(ACCOUNTS + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private List<JsonObject> auditEvents(String type, String person) {
        HttpResponse<String> response = admin.get("/api/v1/admin/audit-events?type=" + type + "&person=" + person);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getJsonArray("events").getValuesAs(JsonObject.class);
    }

    private static List<String> usernames(JsonObject page) {
        return page.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .map(account -> account.getString("username"))
                .toList();
    }

    private static List<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(JsonString::getString);
    }
}
