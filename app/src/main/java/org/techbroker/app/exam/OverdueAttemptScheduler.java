package org.techbroker.app.exam;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.exam.OverdueAttempts;

/**
 * Sweeps for overdue exam attempts on every server, from the moment the schema is ready: the first
 * sweep runs at start-up, so attempts that ran out while the server was down are submitted at
 * once. Running on several servers at the same time is safe (see {@link OverdueAttempts}).
 */
@ApplicationScoped
public class OverdueAttemptScheduler {

    private static final Logger LOG = Logger.getLogger(OverdueAttemptScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OverdueAttempts overdueAttempts;

    @Inject
    @ConfigProperty(name = "techbroker.exam.overdue-sweep-seconds", defaultValue = "10")
    int sweepSeconds;

    private ScheduledFuture<?> sweeps;

    void start(@Observes DatabaseReady ready) {
        sweeps = executor.scheduleWithFixedDelay(this::sweep, 0, Math.max(1, sweepSeconds), TimeUnit.SECONDS);
    }

    private void sweep() {
        try {
            int submitted = overdueAttempts.sweep();
            if (submitted > 0) {
                LOG.info(() -> "Submitted " + submitted + " overdue exam attempts");
            }
        } catch (RuntimeException e) {
            // A failed sweep (say, the database briefly away) must not cancel the ones that follow.
            LOG.log(Level.WARNING, "Sweep for overdue exam attempts failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }
}
