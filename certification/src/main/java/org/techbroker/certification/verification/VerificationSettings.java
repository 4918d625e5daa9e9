package org.techbroker.certification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Verification's configuration ({@code techbroker.verification.*}). */
@ApplicationScoped
public class VerificationSettings {

    @Inject
    @ConfigProperty(name = "techbroker.verification.anonymous-per-minute", defaultValue = "60")
    int anonymousPerMinute;

    @Inject
    @ConfigProperty(name = "techbroker.verification.key-per-minute", defaultValue = "6000")
    int keyPerMinute;

    @Inject
    @ConfigProperty(name = "techbroker.verification.bulk-max", defaultValue = "1000")
    int bulkMax;

    @Inject
    @ConfigProperty(name = "techbroker.verification.log-flush-millis", defaultValue = "1000")
    int logFlushMillis;

    @Inject
    @ConfigProperty(name = "techbroker.verification.log-pending-max", defaultValue = "100000")
    int logPendingMax;

    @Inject
    @ConfigProperty(name = "techbroker.verification.log-window-seconds", defaultValue = "60")
    int logWindowSeconds;

    @Inject
    @ConfigProperty(name = "techbroker.verification.cache-millis", defaultValue = "1000")
    int cacheMillis;

    @Inject
    @ConfigProperty(name = "techbroker.verification.tracked-clients", defaultValue = "100000")
    int trackedClients;

    @Inject
    @ConfigProperty(name = "techbroker.verification.lookup-cache-size", defaultValue = "200000")
    int lookupCacheSize;

    @Inject
    @ConfigProperty(name = "techbroker.verification.follow-millis", defaultValue = "250")
    int followMillis;

    /** How many certificates (and unknown numbers) a server keeps ready for lookups. */
    public int lookupCacheSize() {
        return lookupCacheSize;
    }

    /**
     * How often a server reads the registry's new events to forget the lookups they changed: at
     * most 1,000 ms, so a change made on another server shows within a second.
     */
    public Duration followInterval() {
        return Duration.ofMillis(Math.max(50, Math.min(followMillis, 1000)));
    }

    /** Lookups a minute for a client address without an API key. */
    public int anonymousPerMinute() {
        return anonymousPerMinute;
    }

    /** Lookups a minute for an API key that sets no limit of its own. */
    public int keyPerMinute() {
        return keyPerMinute;
    }

    /** The most numbers one bulk check may hold. */
    public int bulkMax() {
        return bulkMax;
    }

    /** How often the verification log writes the tallies whose window has closed. */
    public Duration logFlushInterval() {
        return Duration.ofMillis(Math.max(100, logFlushMillis));
    }

    /**
     * How long one row of the verification log counts the checks of one certificate by one verifier
     * through one channel: between 1 second and an hour.
     */
    public Duration logWindow() {
        return Duration.ofSeconds(Math.max(1, Math.min(logWindowSeconds, 3600)));
    }

    /**
     * The most tallies waiting to be written; beyond it, checks that would open a new one are
     * dropped (and counted).
     */
    public int logPendingMax() {
        return logPendingMax;
    }

    /**
     * How long a server may answer from what it read before (API keys, encoded status lists): the
     * delay after which a change made on another server bites here.
     */
    public Duration cacheTime() {
        return Duration.ofMillis(Math.max(0, Math.min(cacheMillis, 1000)));
    }

    /** The most client addresses and keys whose rate-limit buckets are kept in memory. */
    public int trackedClients() {
        return trackedClients;
    }
}
