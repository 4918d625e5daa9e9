package org.techbroker.app.cpd;

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
import org.techbroker.certification.cpd.CpdReminders;

/**
 * Runs the expiry reminders on every server: a few minutes after start-up, then every {@code
 * techbroker.cpd.reminder-check-hours} hours (6 by default, so each day is looked at several
 * times). Running often and on several servers at once is safe: each reminder is recorded once
 * ({@link CpdReminders}).
 */
@ApplicationScoped
public class CpdReminderScheduler {

    private static final Logger LOG = Logger.getLogger(CpdReminderScheduler.class.getName());

    static final long FIRST_RUN_MINUTES = 2;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CpdReminders reminders;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.reminder-check-hours")
    int checkHours;

    private ScheduledFuture<?> runs;

    void start(@Observes DatabaseReady ready) {
        runs = executor.scheduleWithFixedDelay(
                this::run, FIRST_RUN_MINUTES, Math.max(1, checkHours) * 60L, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info(() -> "Sent " + sent + " certificate expiry reminders");
            }
        } catch (RuntimeException e) {
            // A failed run (the database or the mail server briefly away) must not cancel the ones that follow.
            LOG.log(Level.WARNING, "Certificate expiry reminders failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
