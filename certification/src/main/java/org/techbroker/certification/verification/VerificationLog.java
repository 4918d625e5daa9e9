package org.techbroker.certification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.courses.shared.AccountId;

/**
 * The log of verifications, kept as tallies: the checks of one certificate by one verifier through
 * one channel within a window (techbroker.verification.log-window-seconds, a minute by default)
 * become one row with the first and last time and the count. A lookup only counts in memory (no
 * database write on the request's path); a scheduler of the application calls {@link #flush()}
 * about once a second, which writes the tallies whose window has closed. An enterprise checking a
 * portfolio of brokers all day thus writes a row per broker a minute, not a row per request.
 *
 * <p>The tallies held are bounded (techbroker.verification.log-pending-max): past half of it they
 * are written before their window closes, and should the database fall behind for long, checks
 * that would open a new tally are dropped and counted rather than exhausting memory. A write that
 * fails keeps its tallies for the next flush. Tallies still open when a server stops are written
 * at shutdown ({@link #flushAll()}); a crash loses at most the last window's checks.
 */
@ApplicationScoped
public class VerificationLog {

    private static final Logger LOG = Logger.getLogger(VerificationLog.class.getName());

    /** The most rows written in one transaction; a longer backlog takes several flushes' turns. */
    public static final int FLUSH_BATCH = 5000;

    /**
     * The open tallies. Every change to one happens inside the map's compute or remove for its key,
     * under the lock of its bin, so a tally removed for writing can no longer be counted into: a
     * check after the removal opens a new tally.
     */
    private final ConcurrentHashMap<TallyKey, Tally> tallies = new ConcurrentHashMap<>();

    private final AtomicLong dropped = new AtomicLong();

    @Inject
    VerificationRepository repository;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /** Counts a check of the certificate; never blocks on the database. */
    public void record(Certificate certificate, Verifier verifier, VerificationChannel channel) {
        count(certificate.id(), certificate.numberText(), verifier, channel);
    }

    void count(long certificateId, String certificateNumber, Verifier verifier, VerificationChannel channel) {
        TallyKey key = new TallyKey(
                certificateId,
                certificateNumber,
                verifier.enterprise().map(AccountId::value).orElse(null),
                verifier.apiKeyId().orElse(null),
                channel);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (tallies.size() >= settings.logPendingMax() && !tallies.containsKey(key)) {
            long count = dropped.incrementAndGet();
            if (count == 1 || count % 10_000 == 0) {
                LOG.warning(() -> "Verification log full; " + count + " checks dropped so far");
            }
            return;
        }
        tallies.compute(key, (k, open) -> open == null ? new Tally(now) : open.count(now));
    }

    /**
     * Writes the tallies whose window has closed, at most {@link #FLUSH_BATCH} of them; answers how
     * many. Past half of techbroker.verification.log-pending-max open tallies, it writes them
     * whatever their window, so that checks are dropped only when the database falls behind. Runs
     * without a transaction of its own: the repository's write commits before this returns, and
     * rows whose write fails are counted back in, to be written by a later flush.
     */
    public int flush() {
        if (tallies.size() > settings.logPendingMax() / 2) {
            return write(tally -> true);
        }
        Instant closedBefore = clock.instant().minus(settings.logWindow());
        return write(tally -> !tally.first().isAfter(closedBefore));
    }

    /** Writes the open tallies whatever their window, at most {@link #FLUSH_BATCH}: at shutdown. */
    public int flushAll() {
        return write(tally -> true);
    }

    private int write(Predicate<Tally> due) {
        Map<TallyKey, Tally> taken = new LinkedHashMap<>();
        for (Map.Entry<TallyKey, Tally> entry : tallies.entrySet()) {
            if (taken.size() >= FLUSH_BATCH) {
                break;
            }
            if (due.test(entry.getValue())) {
                Tally removed = tallies.remove(entry.getKey());
                if (removed != null) {
                    // The iteration may meet a key again (re-counted after its removal, or seen
                    // twice across a resize of the map): both tallies count.
                    taken.merge(entry.getKey(), removed, Tally::plus);
                }
            }
        }
        if (taken.isEmpty()) {
            return 0;
        }
        try {
            repository.addAll(taken.entrySet().stream()
                    .map(e -> e.getKey().row(e.getValue()))
                    .toList());
        } catch (RuntimeException e) {
            // The database is away: nothing was written, so the checks go back to be written later,
            // joined with any counted since.
            taken.forEach((key, tally) -> tallies.merge(key, tally, Tally::plus));
            throw e;
        }
        return taken.size();
    }

    /** Tallies waiting to be written. */
    public int pending() {
        return tallies.size();
    }

    /** Checks dropped because the log was full, since start. */
    public long dropped() {
        return dropped.get();
    }

    /** What one tally counts: a certificate, a verifier (ids; both empty for anonymous), a channel. */
    private record TallyKey(
            long certificateId,
            String certificateNumber,
            Long enterpriseId,
            Long apiKeyId,
            VerificationChannel channel) {

        VerificationRecord row(Tally tally) {
            Verifier verifier =
                    new Verifier(Optional.ofNullable(enterpriseId).map(AccountId::new), Optional.ofNullable(apiKeyId));
            return new VerificationRecord(
                    certificateId, certificateNumber, verifier, channel, tally.first(), tally.last(), tally.count());
        }
    }

    /** Immutable, so that a tally read for writing is exactly what was counted. */
    private record Tally(Instant first, Instant last, int count) {

        Tally(Instant at) {
            this(at, at, 1);
        }

        Tally count(Instant at) {
            return plus(new Tally(at));
        }

        /** The checks of both, as one tally. */
        Tally plus(Tally other) {
            return new Tally(
                    first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last,
                    (int) Math.min(Integer.MAX_VALUE, (long) count + other.count));
        }
    }
}
