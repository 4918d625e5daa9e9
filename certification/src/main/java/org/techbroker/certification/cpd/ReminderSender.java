package org.techbroker.certification.cpd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.techbroker.certification.exam.ExamTime;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateStatus;

/**
 * Records and sends one reminder in a transaction of its own: the record is written (and its
 * unique key checked) first, then the mail goes; a failure of either rolls the record back.
 */
@ApplicationScoped
public class ReminderSender {

    @Inject
    CpdRepository repository;

    @Inject
    CpdSettings settings;

    @Inject
    CpdContacts contacts;

    @Inject
    ReminderMail mail;

    @Inject
    Clock clock;

    /** Whether a mail went; false when the holder has no address or the certificate moved on. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean send(long certificateId, int daysBefore) {
        Optional<Certificate> found = repository.certificate(certificateId);
        if (found.isEmpty() || found.get().recordedStatus() != CertificateStatus.ACTIVE) {
            return false;
        }
        Certificate certificate = found.get();
        Optional<String> to = contacts.email(certificate.holder());
        if (to.isEmpty()) {
            return false;
        }
        repository.add(new CpdReminder(certificateId, daysBefore, ExamTime.now(clock)));
        repository.flush();
        Map<CpdCategory, BigDecimal> approved = new EnumMap<>(CpdCategory.class);
        repository.ofCertificate(certificateId).stream()
                .filter(a -> a.state() == CpdState.APPROVED)
                .forEach(a -> approved.merge(a.category(), a.credits(), BigDecimal::add));
        CpdStanding standing = settings.tariff().standing(approved, BigDecimal.ZERO);
        mail.send(new ReminderMail.Letter(
                to.get(),
                certificate.holderNames(),
                certificate.numberText(),
                certificate.level(),
                certificate.expiresOn(),
                daysBefore,
                standing.total(),
                standing.required()));
        return true;
    }
}
