package org.techbroker.app.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/** Where API keys are kept. */
public interface ApiKeyRepository {

    void add(ApiKey key);

    Optional<ApiKey> findById(long id);

    /** The key whose secret has this SHA-256 (hex), revoked or not. */
    Optional<ApiKey> findBySecretHash(String sha256);

    /** The account's keys, newest first. */
    List<ApiKey> ownedBy(AccountId owner);

    /** Moves each key's last use forward to the instant given, if later. */
    void recordUse(Map<Long, Instant> lastUses);
}
