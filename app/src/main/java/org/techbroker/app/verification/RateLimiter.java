package org.techbroker.app.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.techbroker.certification.verification.VerificationSettings;

/**
 * Token buckets of the verification API (Bucket4j), one per anonymous client address and one per
 * API key, each refilled evenly over a minute up to its limit. Buckets live in this server's memory
 * in a bounded map (Caffeine; techbroker.verification.tracked-clients entries, dropped two minutes
 * after their last use, when they are full again anyway): in a cluster each server limits on its
 * own, so a client spread over n servers gets up to n times the limit.
 */
@ApplicationScoped
public class RateLimiter {

    static final Duration PERIOD = Duration.ofMinutes(1);

    @Inject
    VerificationSettings settings;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder()
                .maximumSize(settings.trackedClients())
                .expireAfterAccess(PERIOD.multipliedBy(2))
                .build();
    }

    /** Takes one lookup from the address's bucket. */
    public Decision anonymous(String clientAddress) {
        return take("a:" + clientAddress, settings.anonymousPerMinute(), 1);
    }

    /**
     * Takes one lookup from the address's bucket for the public verification page: the same limit
     * as the API without a key, kept apart so that a person reading the page and a script calling
     * the API from one office do not spend each other's allowance.
     */
    public Decision page(String clientAddress) {
        return take("p:" + clientAddress, settings.anonymousPerMinute(), 1);
    }

    /** Takes {@code lookups} from the key's bucket, whose size is the key's limit. */
    public Decision key(long keyId, int perMinute, int lookups) {
        // The limit is part of the name: a key whose limit changes starts a bucket of the new size.
        return take("k:" + keyId + ":" + perMinute, perMinute, lookups);
    }

    private Decision take(String name, int perMinute, int lookups) {
        int limit = Math.max(1, perMinute);
        Bucket bucket = buckets.get(name, n -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillGreedy(limit, PERIOD)
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.max(1, lookups));
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0, limit);
        }
        long waitNanos = lookups > limit ? PERIOD.toNanos() : probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, probe.getRemainingTokens(), seconds, limit);
    }

    /**
     * Whether a call may go ahead.
     *
     * @param allowed whether the lookups were taken
     * @param remaining lookups left in the bucket now
     * @param retryAfterSeconds when refused, the seconds after which the call would succeed
     * @param limit the bucket's lookups a minute
     */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds, int limit) {}
}
