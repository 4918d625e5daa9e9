package org.techbroker.app.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.techbroker.courses.shared.AccountId;

/**
 * A person who signs in to Techbroker. Other modules know an account only by its {@link
 * AccountId}. The username is the business key: lower case, unique, never changed.
 *
 * <p>Two kinds of lock are kept apart on purpose: an administrator's lock ({@link #lock()}) lasts
 * until an administrator lifts it; the temporary lock-out after repeated failed logins ({@link
 * #lockedUntil}) ends by itself.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = 32;
    public static final int EMAIL_MAX = 254;
    public static final int NAME_ZH_MAX = 40;
    public static final int NAME_LATIN_MAX = 100;
    public static final int ORGANISATION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = USERNAME_MAX)
    private String username;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "name_zh", nullable = false, length = NAME_ZH_MAX)
    private String nameZh;

    @Column(name = "name_latin", nullable = false, length = NAME_LATIN_MAX)
    private String nameLatin;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(PersonalDetails details, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(details.username(), "username");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        updateDetails(details);
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameLatin() {
        return nameLatin;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(preferredLocale).map(Locale::forLanguageTag);
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isLocked() {
        return locked;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public long version() {
        return version;
    }

    /** Whether a login may be tried now: not locked by an administrator nor locked out. */
    public boolean acceptsLoginAt(Instant now) {
        return !locked && !isLockedOutAt(now);
    }

    public boolean isLockedOutAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void updateDetails(PersonalDetails details) {
        if (!username.equals(details.username())) {
            throw new IllegalArgumentException("The username of an account never changes");
        }
        this.email = details.email();
        this.nameZh = details.nameZh();
        this.nameLatin = details.nameLatin();
        this.organisation = details.organisation();
    }

    public PersonalDetails details() {
        return new PersonalDetails(username, email, nameZh, nameLatin, organisation);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void preferLocale(Locale locale) {
        this.preferredLocale = locale == null ? null : locale.toLanguageTag();
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void lock() {
        this.locked = true;
    }

    /** Lifts an administrator's lock and any temporary lock-out. */
    public void unlock() {
        this.locked = false;
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    /**
     * Counts a failed login; at the threshold the account is locked out for the given time and
     * the count starts again. Returns whether this failure caused a lock-out.
     */
    public boolean recordFailedLogin(Instant now, int threshold, Duration lockOut) {
        failedLogins++;
        if (failedLogins >= threshold) {
            failedLogins = 0;
            lockedUntil = now.plus(lockOut);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
