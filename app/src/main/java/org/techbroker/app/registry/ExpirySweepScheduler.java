package org.techbroker.app.registry;

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
import org.techbroker.certification.registry.CertificateRegistry;

/**
 * Records the expiry of certificates past their date, at start-up and then every few minutes, on
 * every server. The public already reads such a certificate as expired (the status is computed
 * from the date); the sweep writes the event into the history. Several servers sweeping at once
 * are safe: the registry locks the chain's head, and a recorded expiry is not due again.
 */
@ApplicationScoped
public class ExpirySweepScheduler {

    private static final Logger LOG = Logger.getLogger(ExpirySweepScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CertificateRegistry registry;

    @Inject
    @ConfigProperty(name = "techbroker.certificate.expiry-sweep-minutes", defaultValue = "10")
    int sweepMinutes;

    private ScheduledFuture<?> sweeps;

    void start(@Observes DatabaseReady ready) {
        sweeps = executor.scheduleWithFixedDelay(this::sweep, 0, Math.max(1, sweepMinutes), TimeUnit.MINUTES);
    }

    private void sweep() {
        try {
            int expired = registry.expireDue();
            if (expired > 0) {
                LOG.info(() -> "Recorded the expiry of " + expired + " certificates");
            }
        } catch (RuntimeException e) {
            // A failed sweep (say, the database briefly away) must not cancel the ones that follow.
            LOG.log(Level.WARNING, "Sweep for expired certificates failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }
}
