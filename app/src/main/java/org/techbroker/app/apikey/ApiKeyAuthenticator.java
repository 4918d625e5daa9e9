package org.techbroker.app.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.techbroker.app.account.AccountRepository;
import org.techbroker.app.account.Role;
import org.techbroker.certification.verification.VerificationSettings;
import org.techbroker.courses.shared.AccountId;

/**
 * Finds the key of an {@code X-Api-Key} header on every verification. The answer for a secret's
 * hash (a key, or none) is kept for techbroker.verification.cache-millis (at most a second), so a
 * busy client costs one query a second, and a revocation made on any server bites everywhere
 * within that second. Last uses are gathered in memory and written by {@link #writeLastUses()},
 * which a scheduler calls about once a second.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApiKeyAuthenticator {

    @Inject
    ApiKeyRepository keys;

    @Inject
    AccountRepository accounts;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    private Cache<String, Optional<ActiveKey>> byHash;

    private final ConcurrentHashMap<Long, Instant> lastUses = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        byHash = Caffeine.newBuilder()
                .maximumSize(settings.trackedClients())
                .expireAfterWrite(settings.cacheTime())
                .build();
    }

    /** The active key of this secret; empty for an unknown or revoked one. */
    public Optional<ActiveKey> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > ApiKeySecrets.MAX_LENGTH) {
            return Optional.empty();
        }
        String hash = ApiKeySecrets.hash(secret.strip());
        Optional<ActiveKey> key = settings.cacheTime().isZero() ? load(hash) : byHash.get(hash, this::load);
        key.ifPresent(k -> lastUses.put(k.id(), clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return key;
    }

    /**
     * The key, if it is not revoked and its owner may still verify: an enterprise account that
     * exists, is not locked by an administrator and still has the role. A lock or a lost role thus
     * stops the owner's keys within the cache time on every server.
     */
    private Optional<ActiveKey> load(String hash) {
        return keys.findBySecretHash(hash)
                .filter(k -> !k.isRevoked())
                .filter(k -> accounts.findById(k.owner())
                        .filter(owner -> !owner.isLocked() && owner.hasRole(Role.ENTERPRISE))
                        .isPresent())
                .map(k -> new ActiveKey(k.id(), k.owner(), k.perMinute().orElse(settings.keyPerMinute())));
    }

    /** Forgets a revoked key at once on this server, once the revocation is committed. */
    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyRevoked revoked) {
        byHash.invalidate(revoked.secretSha256());
    }

    /** Writes the last uses gathered since the previous call; answers how many keys were used. */
    @Transactional
    public int writeLastUses() {
        Map<Long, Instant> batch = new HashMap<>();
        for (Long id : lastUses.keySet()) {
            Instant at = lastUses.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        if (!batch.isEmpty()) {
            keys.recordUse(batch);
        }
        return batch.size();
    }

    /** A key that opens the verification API: whose it is and its limit of lookups a minute. */
    public record ActiveKey(long id, AccountId owner, int perMinute) {}
}
