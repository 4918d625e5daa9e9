package org.techbroker.certification.cpd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.RegistrySettings;

/**
 * Sends the expiry reminders that are due. For each configured number of days before expiry (90,
 * 60, 30 by default) a certificate is due once its expiry comes within that many days and is still
 * further off than the next smaller number: a run missed on the exact day is caught up the next
 * day, and a certificate issued 45 days before expiry gets the 60-day reminder, not the 90-day one.
 * Each reminder is recorded under a unique (certificate, days) key in its own transaction before
 * its mail goes, so that of several servers running the job at once exactly one sends it; a mail
 * the server refuses rolls the record back and goes on the next run.
 */
@ApplicationScoped
public class CpdReminders {

    private static final Logger LOG = Logger.getLogger(CpdReminders.class.getName());

    @Inject
    CpdRepository repository;

    @Inject
    CpdSettings settings;

    @Inject
    RegistrySettings registrySettings;

    @Inject
    ReminderSender sender;

    @Inject
    ReminderMail mail;

    /** Sends what is due today; returns how many mails went. */
    public int sendDue() {
        return sendDue(registrySettings.today());
    }

    /** Sends what is due on the day; returns how many mails went. */
    public int sendDue(LocalDate today) {
        if (!mail.enabled()) {
            return 0;
        }
        List<Integer> days = settings.reminderDays();
        int sent = 0;
        for (int i = 0; i < days.size(); i++) {
            int before = days.get(i);
            LocalDate after = today.plusDays(i + 1 < days.size() ? days.get(i + 1) : 0);
            for (Certificate certificate : repository.activeExpiringBetween(after, today.plusDays(before))) {
                if (repository.reminderSent(certificate.id(), before)) {
                    continue;
                }
                try {
                    if (sender.send(certificate.id(), before)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // Another server recorded it first, or the mail server refused: the next run decides.
                    LOG.log(Level.FINE, "Reminder not sent for certificate " + certificate.numberText(), e);
                }
            }
        }
        return sent;
    }
}
