package org.techbroker.liberty.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.PasswordHasher;
import org.techbroker.app.account.Role;
import org.techbroker.app.audit.AuditEvent;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditFilter;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * In the server, against the real database: every account change is written to the audit log with
 * its actor, and passwords are stored only as PBKDF2 hashes with the configured work factor.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String ADDRESS = "192.0.2.10";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AuditLog auditLog;

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    @Test
    void registrationMakesATraineeAndIsAudited() {
        TestAccount trainee = TestAccount.fresh("reg");

        Account account =
                accounts.register(trainee.details(), trainee.password(), Locale.ENGLISH, Actor.anonymous(ADDRESS));

        assertThat(account.roles()).containsExactly(Role.TRAINEE);
        assertThat(eventsAbout(trainee.username(), AuditEventType.ACCOUNT_REGISTERED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getSubject()).isEqualTo(trainee.username());
                    assertThat(event.getClientAddress()).isEqualTo(ADDRESS);
                });
    }

    @Test
    void lockAndGrantAreAuditedWithTheirActor() {
        TestAccount trainee = register("lock");
        Actor admin = new Actor("admin-of-" + trainee.username().substring(0, 10), ADDRESS);

        accounts.grantRole(trainee.username(), Role.EXAMINER, admin);
        accounts.lock(trainee.username(), admin);

        assertThat(accounts.getByUsername(trainee.username()).roles()).contains(Role.TRAINEE, Role.EXAMINER);
        assertThat(accounts.getByUsername(trainee.username()).isLocked()).isTrue();
        assertThat(eventsAbout(trainee.username(), AuditEventType.ROLE_GRANTED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getActor()).isEqualTo(admin.username());
                    assertThat(event.getDetail()).isEqualTo("EXAMINER");
                });
        assertThat(eventsAbout(trainee.username(), AuditEventType.ACCOUNT_LOCKED))
                .singleElement()
                .satisfies(event -> assertThat(event.getActor()).isEqualTo(admin.username()));
    }

    @Test
    void grantingARoleHeldAlreadyChangesNothingAndAuditsNothing() {
        TestAccount trainee = register("again");

        accounts.grantRole(trainee.username(), Role.TRAINEE, Actor.system());

        assertThat(eventsAbout(trainee.username(), AuditEventType.ROLE_GRANTED)).isEmpty();
    }

    @Test
    void storesOnlyAPbkdf2HashWithTheConfiguredWorkFactor() throws SQLException {
        TestAccount trainee = register("hash");

        String stored;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select password_hash from account where username = ?")) {
            query.setString(1, trainee.username());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                stored = rows.getString(1);
            }
        }

        assertThat(stored)
                .startsWith("pbkdf2-sha256$" + PasswordHasher.MINIMUM_ITERATIONS + "$")
                .doesNotContain(trainee.password());
        assertThat(stored.split("\\$")).hasSize(4);
        assertThat(new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS)
                        .verify(trainee.password().toCharArray(), stored))
                .isTrue();
    }

    private TestAccount register(String purpose) {
        TestAccount trainee = TestAccount.fresh(purpose);
        accounts.register(trainee.details(), trainee.password(), Locale.ENGLISH, Actor.anonymous(ADDRESS));
        return trainee;
    }

    private List<AuditEvent> eventsAbout(String username, AuditEventType type) {
        return auditLog.find(new AuditFilter(type, username, null, null, null), 0, 50);
    }
}
