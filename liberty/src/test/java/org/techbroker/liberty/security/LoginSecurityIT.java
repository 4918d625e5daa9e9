package org.techbroker.liberty.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * From outside: a refused login never tells why (unknown user, wrong password and locked-out
 * account answer alike), and five wrong passwords in a row lock the account out, which the audit
 * log records and an administrator can lift.
 *
 * <p>Each failed login here counts towards the per-address throttle of 127.0.0.1 (30 in 15
 * minutes by default); this class makes eight.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginSecurityIT {

    private static final int MAX_FAILURES = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        ApiClient client = new ApiClient(base);
        TestAccount trainee = client.registerTrainee("same");

        HttpResponse<String> wrongPassword = client.login(trainee.username(), trainee.password() + "x");
        HttpResponse<String> unknownUser = client.login(trainee.username() + "x", trainee.password());

        assertProblem(wrongPassword, 401, "login-failed");
        assertProblem(unknownUser, 401, "login-failed");
        assertThat(withoutInstance(unknownUser.body())).isEqualTo(withoutInstance(wrongPassword.body()));
        assertThat(unknownUser.headers().firstValue("Content-Type"))
                .isEqualTo(wrongPassword.headers().firstValue("Content-Type"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountOutUntilAnAdministratorUnlocksIt() {
        ApiClient client = new ApiClient(base);
        TestAccount trainee = client.registerTrainee("lockout");
        HttpResponse<String> firstFailure = client.login(trainee.username(), "wrong password 0");
        for (int i = 1; i < MAX_FAILURES; i++) {
            assertProblem(client.login(trainee.username(), "wrong password " + i), 401, "login-failed");
        }

        HttpResponse<String> rightPassword = client.login(trainee.username(), trainee.password());
        assertProblem(rightPassword, 401, "login-failed");
        assertThat(withoutInstance(rightPassword.body()))
                .as("a locked-out account says no more than a wrong password")
                .isEqualTo(withoutInstance(firstFailure.body()));

        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        JsonObject lockedOut = ApiClient.json(
                admin.get("/api/v1/admin/audit-events?type=ACCOUNT_LOCKED_OUT&person=" + trainee.username()));
        assertThat(lockedOut.getInt("total")).isEqualTo(1);
        assertThat(lockedOut.getJsonArray("events").getJsonObject(0).getString("subject"))
                .isEqualTo(trainee.username());
        JsonObject account = ApiClient.json(admin.get("/api/v1/admin/accounts/" + trainee.username()));
        assertThat(account.getString("lockedOutUntil", null)).isNotBlank();
        assertThat(account.getBoolean("locked"))
                .as("a lock-out is not an administrator's lock")
                .isFalse();

        HttpResponse<String> unlock = admin.delete("/api/v1/admin/accounts/" + trainee.username() + "/lock");
        assertThat(unlock.statusCode()).as(unlock.body()).isEqualTo(200);
        assertThat(ApiClient.json(unlock).getString("lockedOutUntil", null)).isNull();
        assertThat(client.login(trainee.username(), trainee.password()).statusCode())
                .isEqualTo(200);
    }

    /** The body with its {@code instance} member, the one part allowed to differ, taken out. */
    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"\\s*,?", "");
    }
}
