package org.techbroker.certification.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import org.techbroker.certification.registry.RegistryChanged;
import org.techbroker.certification.verification.VerificationRepository.CertificateWithHistory;

/**
 * The certificates (and unknown numbers) looked up lately, kept in this server's memory so that a
 * lookup, the hot path of verification, does not query the database each time. It never answers
 * with a status older than the registry's:
 *
 * <ul>
 *   <li>a change made on this server forgets the certificate as soon as its transaction commits
 *       ({@link RegistryChanged});
 *   <li>every server follows the registry's history ({@link #follow()}, every {@code
 *       techbroker.verification.follow-millis}, 250 ms by default, at most 1,000) and forgets the
 *       certificates of every event it has not seen, so a change made on another server shows
 *       within a second. Every change of a certificate, its issue included, is such an event.
 * </ul>
 *
 * An expiry by date needs no event: the status is computed from the date at each lookup. A load
 * and a forgetting of the same number cannot cross (Caffeine waits for the load to finish before
 * it removes the entry), so a stale load is never kept.
 */
@ApplicationScoped
public class CertificateLookups {

    @Inject
    VerificationRepository repository;

    @Inject
    VerificationSettings settings;

    private Cache<String, Optional<CertificateWithHistory>> lookups;

    /** The last event this server has followed; -1 until the first {@link #follow()}. */
    private volatile long followed = -1;

    /** When the last {@link #follow()} succeeded ({@link System#nanoTime()}). */
    private volatile long followedAt;

    /** Beyond this since the last successful follow, lookups read the database: memory may be stale. */
    private static final long FRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    @PostConstruct
    void create() {
        lookups = Caffeine.newBuilder().maximumSize(settings.lookupCacheSize()).build();
    }

    /** The certificate of the number and its history, from memory or else from the database. */
    public Optional<CertificateWithHistory> find(String number) {
        if (followed < 0 || System.nanoTime() - followedAt > FRESH_NANOS) {
            // Not following the history (yet, or the database did not answer the last rounds): read
            // through, so that a change made elsewhere is never hidden for more than a second.
            return repository.certificateWithHistory(number);
        }
        return lookups.get(number, repository::certificateWithHistory);
    }

    void forgetOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged change) {
        lookups.invalidate(change.number());
    }

    /**
     * Reads the events written since the last call, on this server or any other, and forgets their
     * certificates. The first call only notes where the history ends.
     */
    public synchronized void follow() {
        if (followed < 0) {
            long last = repository.lastEventSequence();
            lookups.invalidateAll();
            followed = last;
            followedAt = System.nanoTime();
            return;
        }
        VerificationRepository.ChangesSince changes = repository.changesSince(followed);
        if (System.nanoTime() - followedAt > FRESH_NANOS) {
            // Lookups read through meanwhile; what memory holds from before may be stale.
            lookups.invalidateAll();
        } else {
            lookups.invalidateAll(changes.numbers());
        }
        followed = changes.upTo();
        followedAt = System.nanoTime();
    }
}
