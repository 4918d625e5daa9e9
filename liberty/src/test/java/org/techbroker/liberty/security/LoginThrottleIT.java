package org.techbroker.liberty.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditFilter;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.app.config.AppConfig;
import org.techbroker.app.security.LoginAttempts;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * In the server: the per-address throttle. It is tested here, from made-up documentation
 * addresses (RFC 3849), rather than over HTTP: from 127.0.0.1 it would refuse every login of
 * every other test for the length of the window. The failures that trip it are seeded into the
 * audit log, where the throttle counts them, instead of being made one slow hash at a time.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(LoginThrottleIT.class);
    }

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    AppConfig config;

    @Test
    void anAddressWithTooManyRecentFailuresIsRefusedEvenTheRightPassword() {
        TestAccount trainee = register("thr");
        String attacker = documentationAddress();
        String someoneElse = documentationAddress();
        for (int i = 0; i < config.maxFailedLoginsPerAddress(); i++) {
            auditLog.record(AuditEventType.LOGIN_FAILED, null, "someone-" + i, attacker, "wrong-password");
        }

        assertThat(loginAttempts.attempt(trainee.username(), trainee.password().toCharArray(), attacker))
                .isEmpty();
        assertThat(auditLog.find(
                        new AuditFilter(AuditEventType.LOGIN_FAILED, trainee.username(), attacker, null, null), 0, 5))
                .singleElement()
                .satisfies(event -> assertThat(event.getDetail()).isEqualTo("address-throttled"));
        // The account itself is not punished: from another address the same login succeeds.
        assertThat(loginAttempts.attempt(trainee.username(), trainee.password().toCharArray(), someoneElse))
                .hasValueSatisfying(signedIn -> assertThat(signedIn.username()).isEqualTo(trainee.username()));
    }

    @Test
    void anAddressBelowTheLimitIsNotThrottled() {
        TestAccount trainee = register("thr");
        String address = documentationAddress();
        for (int i = 0; i < config.maxFailedLoginsPerAddress() - 1; i++) {
            auditLog.record(AuditEventType.LOGIN_FAILED, null, "someone-" + i, address, "wrong-password");
        }

        assertThat(loginAttempts.attempt(trainee.username(), trainee.password().toCharArray(), address))
                .isPresent();
    }

    private TestAccount register(String purpose) {
        TestAccount trainee = TestAccount.fresh(purpose);
        accounts.register(trainee.details(), trainee.password(), Locale.ENGLISH, Actor.system());
        return trainee;
    }

    private static String documentationAddress() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return ("2001:db8::" + hex.substring(0, 4) + ":" + hex.substring(4)).toLowerCase(Locale.ROOT);
    }
}
