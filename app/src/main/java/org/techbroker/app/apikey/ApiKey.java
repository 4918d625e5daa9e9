package org.techbroker.app.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.techbroker.courses.shared.AccountId;

/**
 * An enterprise account's key to the verification API. The secret itself is never stored: only
 * its SHA-256 (the secret is 256 random bits, so a plain hash cannot be reversed by guessing) and a
 * short prefix by which the owner recognises the key in a list. A revoked key stays, for the
 * verification log's sake, but opens nothing.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    public static final int NAME_MAX = 60;
    public static final int PREFIX_LENGTH = 12;

    /** The highest limit a key may be given: a hundred million lookups a minute. */
    public static final int PER_MINUTE_MAX = 100_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, updatable = false, length = PREFIX_LENGTH)
    private String prefix;

    @Column(name = "secret_sha256", nullable = false, updatable = false, length = 64)
    private String secretSha256;

    @Column(name = "per_minute")
    private Integer perMinute;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {
        // for JPA
    }

    ApiKey(AccountId owner, String name, String prefix, String secretSha256, Instant createdAt) {
        this.accountId = owner.value();
        this.name = Objects.requireNonNull(name).strip();
        this.prefix = Objects.requireNonNull(prefix);
        this.secretSha256 = Objects.requireNonNull(secretSha256);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Its own limit, or empty for the configured default. */
    void limit(OptionalInt lookupsPerMinute) {
        perMinute = lookupsPerMinute.isPresent() ? lookupsPerMinute.getAsInt() : null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public AccountId owner() {
        return new AccountId(accountId);
    }

    public String name() {
        return name;
    }

    /** The first characters of the secret, to tell keys apart; not enough to use one. */
    public String prefix() {
        return prefix;
    }

    public String secretSha256() {
        return secretSha256;
    }

    /** The key's own limit of lookups a minute; empty for the configured default. */
    public OptionalInt perMinute() {
        return perMinute == null ? OptionalInt.empty() : OptionalInt.of(perMinute);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey that && secretSha256.equals(that.secretSha256);
    }

    @Override
    public int hashCode() {
        return secretSha256.hashCode();
    }
}
