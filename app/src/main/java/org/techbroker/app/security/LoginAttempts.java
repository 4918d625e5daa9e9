package org.techbroker.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountRepository;
import org.techbroker.app.account.DefaultAccountService;
import org.techbroker.app.account.PasswordHasher;
import org.techbroker.app.account.Role;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.app.config.AppConfig;

/**
 * Decides one login attempt, with throttling per account and per client address.
 *
 * <p>Every refusal looks the same to the caller (an empty result): an unknown username, a wrong
 * password, a locked account and a throttled address cannot be told apart, neither by the answer
 * nor by its timing, since a password hash is computed in every case. The reason goes to the audit
 * log only. The counts live in the database (the account row and the audit log), so that every
 * server of a cluster throttles alike.
 */
@ApplicationScoped
public class LoginAttempts {

    /** Verifying against this keeps the time of a refusal for an unknown user equal to a wrong password's. */
    private String decoyHash;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    DefaultAccountService accountService;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    /** The signed-in person's username and roles, or empty for any refusal. */
    @Transactional
    public Optional<SignedIn> attempt(String rawUsername, char[] password, String clientAddress) {
        PasswordHasher hasher = accountService.hasher();
        String username = rawUsername == null ? "" : rawUsername.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();

        if (addressIsThrottled(clientAddress, now)) {
            hasher.verify(password, decoyHash(hasher));
            return refuse(username, clientAddress, "address-throttled");
        }
        Optional<Account> found = username.isEmpty() || username.length() > Account.USERNAME_MAX
                ? Optional.empty()
                : accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash(hasher));
            return refuse(username, clientAddress, "unknown-user");
        }
        Account account = found.get();
        boolean passwordMatches = hasher.verify(password, account.passwordHash());
        if (!account.acceptsLoginAt(now)) {
            return refuse(username, clientAddress, account.isLocked() ? "account-locked" : "account-locked-out");
        }
        if (!passwordMatches) {
            boolean lockedOut = account.recordFailedLogin(now, config.maxFailedLogins(), config.lockout());
            auditLog.record(AuditEventType.LOGIN_FAILED, null, username, clientAddress, "wrong-password");
            if (lockedOut) {
                auditLog.record(
                        AuditEventType.ACCOUNT_LOCKED_OUT,
                        null,
                        username,
                        clientAddress,
                        "after " + config.maxFailedLogins() + " failures, for "
                                + config.lockout().toMinutes() + " min");
            }
            return Optional.empty();
        }
        if (hasher.needsRehash(account.passwordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        account.recordSuccessfulLogin(now);
        auditLog.record(AuditEventType.LOGIN_SUCCEEDED, username, username, clientAddress, null);
        return Optional.of(new SignedIn(account.username(), account.roles()));
    }

    private boolean addressIsThrottled(String clientAddress, Instant now) {
        return clientAddress != null
                && auditLog.countFromAddress(
                                AuditEventType.LOGIN_FAILED, clientAddress, now.minus(config.addressWindow()))
                        >= config.maxFailedLoginsPerAddress();
    }

    private Optional<SignedIn> refuse(String username, String clientAddress, String reason) {
        auditLog.record(AuditEventType.LOGIN_FAILED, null, username.isEmpty() ? null : username, clientAddress, reason);
        return Optional.empty();
    }

    private String decoyHash(PasswordHasher hasher) {
        if (decoyHash == null) {
            decoyHash = hasher.hash("not a password of anyone".toCharArray());
        }
        return decoyHash;
    }

    /** Who signed in, with the roles they hold now. */
    public record SignedIn(String username, Set<Role> roles) {}
}
