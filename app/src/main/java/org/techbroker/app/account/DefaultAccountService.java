package org.techbroker.app.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.app.config.AppConfig;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The account use cases, each in one transaction with its audit event.
 *
 * <p>{@code @ValidateOnExecution} makes the Bean Validation extension intercept this class: it
 * only looks for constraint annotations on the class itself, and ours sit on the interface.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultAccountService implements AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    private PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(config.pbkdf2Iterations());
    }

    /** The hasher with the configured work factor, shared with the login. */
    public PasswordHasher hasher() {
        return hasher;
    }

    @Override
    public Account register(PersonalDetails details, String password, Locale locale, Actor actor) {
        Account account = newAccount(details, password, EnumSet.of(Role.TRAINEE));
        account.preferLocale(locale);
        accounts.add(account);
        auditLog.record(
                AuditEventType.ACCOUNT_REGISTERED, account.username(), account.username(), actor.clientAddress(), null);
        return account;
    }

    @Override
    public Account create(PersonalDetails details, String password, Set<Role> roles, Actor actor) {
        Account account = newAccount(details, password, roles);
        accounts.add(account);
        auditLog.record(
                AuditEventType.ACCOUNT_CREATED,
                actor.username(),
                account.username(),
                actor.clientAddress(),
                "roles=" + account.roles());
        return account;
    }

    private Account newAccount(PersonalDetails submitted, String password, Set<Role> roles) {
        PersonalDetails details = submitted.normalised();
        if (accounts.existsByUsername(details.username())) {
            throw new AccountException(Kind.CONFLICT, "account.error.username_taken", details.username());
        }
        if (accounts.existsByEmail(details.email())) {
            throw new AccountException(Kind.CONFLICT, "account.error.email_taken", details.email());
        }
        requireAcceptable(password, details);
        return new Account(details, hasher.hash(password.toCharArray()), roles, clock.instant());
    }

    private void requireAcceptable(String password, PersonalDetails details) {
        passwordPolicy
                .violation(password, List.of(details.username(), details.email(), details.nameLatin()))
                .ifPresent(key -> {
                    throw new AccountException(Kind.INVALID, key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
                });
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return id == null ? Optional.empty() : accounts.findById(id);
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return username == null
                ? Optional.empty()
                : accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public Account getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> AccountException.notFound(username));
    }

    @Override
    public Account updateDetails(String username, PersonalDetails submitted, long expectedVersion, Actor actor) {
        Account account = getByUsername(username);
        if (account.version() != expectedVersion) {
            throw new AccountException(Kind.CONFLICT, "account.error.stale");
        }
        PersonalDetails details = new PersonalDetails(
                        account.username(),
                        submitted.email(),
                        submitted.nameZh(),
                        submitted.nameLatin(),
                        submitted.organisation())
                .normalised();
        if (!details.email().equals(account.email()) && accounts.existsByEmail(details.email())) {
            throw new AccountException(Kind.CONFLICT, "account.error.email_taken", details.email());
        }
        account.updateDetails(details);
        auditLog.record(
                AuditEventType.PROFILE_CHANGED, actor.username(), account.username(), actor.clientAddress(), null);
        return account;
    }

    @Override
    public void changePassword(String username, String currentPassword, String newPassword, Actor actor) {
        Account account = getByUsername(username);
        if (!hasher.verify(currentPassword.toCharArray(), account.passwordHash())) {
            throw new AccountException(Kind.INVALID, "account.error.current_password_wrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new AccountException(Kind.INVALID, "account.error.password_unchanged");
        }
        requireAcceptable(newPassword, account.details());
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        auditLog.record(
                AuditEventType.PASSWORD_CHANGED, actor.username(), account.username(), actor.clientAddress(), null);
    }

    @Override
    public void changePreferredLocale(String username, Locale locale) {
        getByUsername(username).preferLocale(locale);
    }

    @Override
    public Account grantRole(String username, Role role, Actor actor) {
        Account account = getByUsername(username);
        if (!account.hasRole(role)) {
            account.grant(role);
            auditLog.record(
                    AuditEventType.ROLE_GRANTED,
                    actor.username(),
                    account.username(),
                    actor.clientAddress(),
                    role.name());
        }
        return account;
    }

    @Override
    public Account revokeRole(String username, Role role, Actor actor) {
        Account account = getByUsername(username);
        if (role == Role.ADMIN && actor.is(account.username())) {
            throw new AccountException(Kind.CONFLICT, "account.error.own_admin_role");
        }
        if (account.hasRole(role)) {
            account.revoke(role);
            auditLog.record(
                    AuditEventType.ROLE_REVOKED,
                    actor.username(),
                    account.username(),
                    actor.clientAddress(),
                    role.name());
        }
        return account;
    }

    @Override
    public Account changeRoles(String username, Set<Role> roles, Actor actor) {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                grantRole(username, role, actor);
            } else {
                revokeRole(username, role, actor);
            }
        }
        return getByUsername(username);
    }

    @Override
    public Account lock(String username, Actor actor) {
        Account account = getByUsername(username);
        if (actor.is(account.username())) {
            throw new AccountException(Kind.CONFLICT, "account.error.lock_self");
        }
        if (!account.isLocked()) {
            account.lock();
            auditLog.record(
                    AuditEventType.ACCOUNT_LOCKED, actor.username(), account.username(), actor.clientAddress(), null);
        }
        return account;
    }

    @Override
    public Account unlock(String username, Actor actor) {
        Account account = getByUsername(username);
        boolean wasLocked = account.isLocked() || account.isLockedOutAt(clock.instant());
        account.unlock();
        if (wasLocked) {
            auditLog.record(
                    AuditEventType.ACCOUNT_UNLOCKED, actor.username(), account.username(), actor.clientAddress(), null);
        }
        return account;
    }

    @Override
    public List<Account> search(AccountSearch search) {
        return accounts.search(search);
    }

    @Override
    public long count(AccountSearch search) {
        return accounts.count(search);
    }
}
