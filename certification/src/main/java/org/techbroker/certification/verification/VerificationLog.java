package org.techbroker.certification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.techbroker.certification.registry.Certificate;

/**
 * The log of verifications. A lookup only puts its record on an in-memory queue (no database
 * write on the request's path); a scheduler of the application calls {@link #flush()} about once a
 * second (techbroker.verification.log-flush-millis), which writes everything queued in one
 * transaction. The queue is bounded (techbroker.verification.log-queue-max): should the database
 * fall behind for long, further records are dropped and counted rather than exhausting memory.
 * Records still queued when a server stops are written by the last flush at shutdown; a crash loses
 * at most the last second's records.
 */
@ApplicationScoped
public class VerificationLog {

    private static final Logger LOG = Logger.getLogger(VerificationLog.class.getName());

    /** The most records written in one transaction; a longer queue takes several flushes' turns at once. */
    static final int FLUSH_BATCH = 5000;

    private final ConcurrentLinkedQueue<VerificationRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    @Inject
    VerificationRepository repository;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /** Queues the record of a check of the certificate; never blocks and never touches the database. */
    public void record(Certificate certificate, Verifier verifier, VerificationChannel channel) {
        if (queued.incrementAndGet() > settings.logQueueMax()) {
            queued.decrementAndGet();
            long count = dropped.incrementAndGet();
            if (count == 1 || count % 10_000 == 0) {
                LOG.warning(() -> "Verification log queue full; " + count + " records dropped so far");
            }
            return;
        }
        queue.add(new VerificationRecord(
                certificate.id(),
                certificate.numberText(),
                verifier,
                channel,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** Writes the queued records, at most {@link #FLUSH_BATCH} of them; answers how many. */
    @Transactional
    public int flush() {
        List<VerificationRecord> batch = new ArrayList<>();
        VerificationRecord next;
        while (batch.size() < FLUSH_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (!batch.isEmpty()) {
            queued.addAndGet(-batch.size());
            repository.addAll(batch);
        }
        return batch.size();
    }

    /** Records waiting to be written. */
    public int pending() {
        return queued.get();
    }

    /** Records dropped because the queue was full, since start. */
    public long dropped() {
        return dropped.get();
    }
}
