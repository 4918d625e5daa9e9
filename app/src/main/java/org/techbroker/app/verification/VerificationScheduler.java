package org.techbroker.app.verification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.techbroker.app.apikey.ApiKeyAuthenticator;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.verification.CertificateLookups;
import org.techbroker.certification.verification.VerificationLog;
import org.techbroker.certification.verification.VerificationSettings;

/**
 * Writes, on every server and about once a second (techbroker.verification.log-flush-millis), what
 * verifications gathered in memory: the verification log's tallies whose window has closed and the
 * API keys' last uses. A lookup thus never waits for a database write; at shutdown every tally is
 * written, closed or not.
 * It also follows the registry's history every quarter of a second, so that the lookups a server
 * keeps in memory never lag a change made on another server by more than a second.
 */
@ApplicationScoped
public class VerificationScheduler {

    private static final Logger LOG = Logger.getLogger(VerificationScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    VerificationLog log;

    @Inject
    ApiKeyAuthenticator keys;

    @Inject
    VerificationSettings settings;

    static final int MAX_ROUNDS = 20;

    @Inject
    CertificateLookups lookups;

    private ScheduledFuture<?> flushes;

    private ScheduledFuture<?> follows;

    void start(@Observes DatabaseReady ready) {
        long millis = settings.logFlushInterval().toMillis();
        flushes = executor.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
        long followMillis = settings.followInterval().toMillis();
        follows = executor.scheduleWithFixedDelay(this::follow, 0, followMillis, TimeUnit.MILLISECONDS);
    }

    /** Keeps this server's lookups as fresh as the registry's history (see {@link CertificateLookups}). */
    void follow() {
        try {
            lookups.follow();
        } catch (RuntimeException e) {
            // The next round reads from where this one stopped.
            LOG.log(Level.WARNING, "Following the registry's history failed", e);
        }
    }

    void flush() {
        try {
            // A backlog is written in several transactions in a row, not one batch a second.
            for (int round = 0; round < MAX_ROUNDS && log.flush() == VerificationLog.FLUSH_BATCH; round++) {
                LOG.fine("Verification log backlog being written");
            }
            keys.writeLastUses();
        } catch (RuntimeException e) {
            // A failed write (the database briefly away) keeps its rows for the next round.
            LOG.log(Level.WARNING, "Writing the verification log failed", e);
        }
    }

    /**
     * Writes every tally, its window closed or not, so that a stop loses nothing the database takes.
     * It runs as the application begins to stop, not at the bean's destruction: by then the
     * persistence unit is already closed.
     */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (follows != null) {
            follows.cancel(false);
        }
        if (flushes != null) {
            flushes.cancel(false);
            try {
                while (log.pending() > 0 && log.flushAll() > 0) {
                    // until every tally is written
                }
                keys.writeLastUses();
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Writing the verification log at shutdown failed; " + log.pending() + " tallies are lost",
                        e);
            }
        }
    }
}
