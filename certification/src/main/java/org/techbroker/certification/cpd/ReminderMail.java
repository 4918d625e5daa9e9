package org.techbroker.certification.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Sends the expiry reminders, answered by the module that holds the words and the mail
 * configuration. Sending throws when the mail server refuses, so that the reminder is not recorded
 * and goes again on the next run.
 */
public interface ReminderMail {

    /** False when no mail server is configured: reminders then wait, unrecorded. */
    boolean enabled();

    void send(Letter letter);

    /** Everything a reminder says. */
    record Letter(
            String to,
            HolderNames names,
            String certificateNumber,
            QualificationLevel level,
            LocalDate expiresOn,
            int daysBefore,
            BigDecimal credits,
            BigDecimal required) {}
}
