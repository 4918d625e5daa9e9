package org.techbroker.certification.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.ExamTime;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Writes the registry: issues certificates (number, status-list place, signed PDF, first event)
 * and records status changes, each as the next link of the hash chain. Callers run it inside
 * their transaction. Every write locks the chain's head first, so writes take turns in one order
 * (head, then certificate) and serial numbers cannot be given twice.
 */
@ApplicationScoped
class Issuer {

    private final SecureRandom random = new SecureRandom();

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateDocuments documents;

    @Inject
    HolderDirectory holders;

    @Inject
    RegistrySettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<RegistryChanged> changed;

    Instant now() {
        return ExamTime.now(clock);
    }

    ChainHead lockHead() {
        return certificates.lockChainHead();
    }

    /**
     * Issues a certificate to the holder under their current names, valid until {@code expiresOn}
     * (the configured validity from today when null). The caller holds the chain head's lock.
     */
    Certificate issue(
            ChainHead head,
            AccountId holder,
            QualificationLevel level,
            Set<Track> tracks,
            Long attemptId,
            Certificate superseded,
            LocalDate expiresOn,
            AccountId by,
            String reason,
            String publicNote) {
        Instant now = now();
        // The day of the issue's own instant, so that the issue date and the recorded time agree.
        LocalDate issuedOn = LocalDate.ofInstant(now, settings.zone());
        HolderNames names = holders.names(holder)
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "registry.error.holder_unknown"));
        int serial = certificates.maxSerial(issuedOn.getYear(), level) + 1;
        if (serial > CertificateNumber.SERIAL_MAX) {
            throw new CertificationException(Kind.CONFLICT, "registry.error.serials_exhausted", issuedOn.getYear());
        }
        CertificateNumber number = new CertificateNumber(issuedOn.getYear(), level, serial);
        LocalDate expiry = expiresOn != null ? expiresOn : issuedOn.plusYears(settings.validityYears());
        if (!expiry.isAfter(issuedOn)) {
            throw new CertificationException(Kind.CONFLICT, "registry.error.already_expired", number.value());
        }
        Certificate certificate = new Certificate(
                number,
                tracks,
                holder,
                names,
                attemptId,
                superseded == null ? null : superseded.id(),
                issuedOn,
                expiry,
                now,
                place(now));
        certificates.add(certificate);
        certificates.flush();
        byte[] pdf = documents.render(new CertificateContent(
                number.value(),
                level,
                certificate.tracks(),
                names,
                issuedOn,
                expiry,
                settings.verificationUrl(number.value())));
        CertificateDocument document = new CertificateDocument(certificate, pdf, now);
        certificates.add(document);
        certificate.recordDocument(document.sha256());
        append(head, certificate, RegistryEventType.ISSUED, null, by, now, reason, publicNote);
        if (superseded != null) {
            CertificateStatus from = superseded.recordedStatus();
            superseded.moveTo(CertificateStatus.SUPERSEDED);
            append(head, superseded, RegistryEventType.SUPERSEDED, from, by, now, reason, number.value());
        }
        return certificate;
    }

    /** Records a move of the certificate to the event type's status, as the next link of the chain. */
    void record(
            ChainHead head,
            Certificate certificate,
            RegistryEventType type,
            CertificateStatus next,
            AccountId by,
            String reason,
            String publicNote) {
        CertificateStatus from = certificate.recordedStatus();
        certificate.moveTo(next);
        append(head, certificate, type, from, by, now(), reason, publicNote);
    }

    private void append(
            ChainHead head,
            Certificate certificate,
            RegistryEventType type,
            CertificateStatus from,
            AccountId by,
            Instant at,
            String reason,
            String publicNote) {
        RegistryEvent event = new RegistryEvent(
                head.lastSequence() + 1,
                certificate.id(),
                certificate.numberText(),
                type,
                from,
                certificate.recordedStatus(),
                by,
                at,
                reason,
                publicNote,
                head.lastHash());
        certificates.add(event);
        head.advance(event);
        changed.fire(new RegistryChanged(
                certificate.numberText(), certificate.statusListPlace().listId()));
    }

    /** A random free index in the newest list with room, starting a new list when it is half full. */
    private StatusListPlace place(Instant now) {
        StatusList list = certificates
                .lockNewestStatusList()
                .filter(StatusList::hasRoom)
                .orElseGet(() -> {
                    StatusList fresh = new StatusList(StatusList.DEFAULT_LENGTH, now);
                    certificates.add(fresh);
                    certificates.flush();
                    return fresh;
                });
        int index;
        do {
            index = random.nextInt(list.length());
        } while (certificates.statusIndexTaken(list.id(), index));
        list.take();
        return new StatusListPlace(list.id(), index);
    }
}
