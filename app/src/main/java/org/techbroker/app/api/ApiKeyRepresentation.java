package org.techbroker.app.api;

import java.time.Instant;
import org.techbroker.app.apikey.ApiKey;

/**
 * An API key as its owner and administrators see it through the API: never the secret, which
 * only the answer of its creation holds. perMinute is the limit in force; ownLimit says whether the
 * key has one of its own (set by an administrator) or takes the configured default.
 */
public record ApiKeyRepresentation(
        long id,
        String name,
        String prefix,
        int perMinute,
        boolean ownLimit,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean active) {

    static ApiKeyRepresentation of(ApiKey key, int defaultPerMinute) {
        return new ApiKeyRepresentation(
                key.id(),
                key.name(),
                key.prefix(),
                key.perMinute().orElse(defaultPerMinute),
                key.perMinute().isPresent(),
                key.createdAt(),
                key.lastUsedAt().orElse(null),
                key.revokedAt().orElse(null),
                !key.isRevoked());
    }
}
