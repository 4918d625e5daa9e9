package org.techbroker.certification.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/** The registry's use cases over the repository; every write is one chained event or more. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultCertificateRegistry implements CertificateRegistry {

    static final int SEARCH_LIMIT = 100;

    static final String EXPIRED_REASON = "registry.reason.expired";

    static final String RENEWED_REASON = "registry.reason.renewed";

    @Inject
    CertificateRepository certificates;

    @Inject
    Issuer issuer;

    @Inject
    Issuance issuance;

    @Inject
    CertificateDocuments documents;

    @Inject
    RegistrySettings settings;

    @Override
    public Optional<Certificate> find(CertificateNumber number) {
        return certificates.find(number.value());
    }

    @Override
    public List<Certificate> findAll(List<CertificateNumber> numbers) {
        return certificates.findAll(
                numbers.stream().map(CertificateNumber::value).distinct().toList());
    }

    @Override
    public List<Certificate> certificatesOf(AccountId holder) {
        return certificates.heldBy(holder);
    }

    @Override
    public byte[] document(AccountId holder, CertificateNumber number) {
        Certificate certificate = certificates
                .find(number.value())
                .filter(c -> c.holder().equals(holder))
                .orElseThrow(() -> notFound(number));
        return certificates
                .document(certificate.id())
                .orElseThrow(() -> notFound(number))
                .content();
    }

    @Override
    public List<RegistryEvent> history(CertificateNumber number) {
        Certificate certificate = certificates.find(number.value()).orElseThrow(() -> notFound(number));
        return certificates.events(certificate.id());
    }

    @Override
    public List<Certificate> search(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return certificates.search(text, SEARCH_LIMIT);
    }

    @Override
    public Certificate suspend(CertificateNumber number, AccountId by, String reason, String publicNote) {
        return change(number, CertificateStatus.SUSPENDED, RegistryEventType.SUSPENDED, by, reason, publicNote);
    }

    @Override
    public Certificate reinstate(CertificateNumber number, AccountId by, String reason, String publicNote) {
        return change(number, CertificateStatus.ACTIVE, RegistryEventType.REINSTATED, by, reason, publicNote);
    }

    @Override
    public Certificate revoke(CertificateNumber number, AccountId by, String reason, String publicNote) {
        return change(number, CertificateStatus.REVOKED, RegistryEventType.REVOKED, by, reason, publicNote);
    }

    @Override
    public Certificate reissue(CertificateNumber number, AccountId by, String reason, String publicNote) {
        ChainHead head = issuer.lockHead();
        Certificate old = current(head, number);
        if (old.recordedStatus() != CertificateStatus.ACTIVE) {
            throw refused(old.recordedStatus(), CertificateStatus.SUPERSEDED);
        }
        return issuer.issue(
                head,
                old.holder(),
                old.level(),
                old.tracks(),
                old.attemptId().orElse(null),
                old,
                old.expiresOn(),
                by,
                reason.strip(),
                publicNote);
    }

    @Override
    public Certificate renew(CertificateNumber number, AccountId holder, LocalDate expiresOn) {
        ChainHead head = issuer.lockHead();
        Certificate old = current(head, number);
        if (!old.holder().equals(holder)) {
            throw notFound(number);
        }
        if (old.recordedStatus() != CertificateStatus.ACTIVE && old.recordedStatus() != CertificateStatus.EXPIRED) {
            throw refused(old.recordedStatus(), CertificateStatus.SUPERSEDED);
        }
        return issuer.issue(
                head,
                old.holder(),
                old.level(),
                old.tracks(),
                old.attemptId().orElse(null),
                old,
                expiresOn,
                holder,
                RENEWED_REASON,
                null);
    }

    @Override
    public Certificate issue(
            AccountId holder, QualificationLevel level, Set<Track> tracks, AccountId by, String reason) {
        ChainHead head = issuer.lockHead();
        return issuer.issue(head, holder, level, tracks, null, null, null, by, reason.strip(), null);
    }

    @Override
    public int expireDue() {
        ChainHead head = issuer.lockHead();
        LocalDate today = settings.today();
        List<Certificate> due = certificates.dueToExpire(today);
        due.forEach(c -> issuer.record(
                head, c, RegistryEventType.EXPIRED, CertificateStatus.EXPIRED, null, EXPIRED_REASON, null));
        return due.size();
    }

    @Override
    public List<IssuanceRequest> pendingRequests() {
        return certificates.pendingRequests();
    }

    @Override
    public Certificate approve(long requestId, AccountId by) {
        // The chain's head first: a second administrator approving at the same moment waits here
        // and then reads the request as decided, instead of issuing a second certificate.
        issuer.lockHead();
        IssuanceRequest request = pending(requestId);
        return issuance.issue(request, by);
    }

    @Override
    public IssuanceRequest reject(long requestId, AccountId by, String reason) {
        issuer.lockHead();
        IssuanceRequest request = pending(requestId);
        request.rejected(by, issuer.now(), reason.strip());
        return request;
    }

    @Override
    public RegistryChain.ChainCheck checkChain() {
        ChainHead head = certificates.chainHead();
        return RegistryChain.check(certificates.allEvents(), head.lastSequence(), head.lastHash());
    }

    @Override
    public DocumentCheck checkDocument(byte[] pdf) {
        Optional<Certificate> issued = certificates
                .documentByHash(RegistryChain.sha256(pdf))
                .flatMap(d -> certificates.findById(d.certificateId()));
        return new DocumentCheck(issued, documents.checkSignature(pdf));
    }

    private Certificate change(
            CertificateNumber number,
            CertificateStatus next,
            RegistryEventType type,
            AccountId by,
            String reason,
            String publicNote) {
        ChainHead head = issuer.lockHead();
        Certificate certificate = current(head, number);
        if (!certificate.recordedStatus().canBecome(next)) {
            throw refused(certificate.recordedStatus(), next);
        }
        issuer.record(head, certificate, type, next, by, reason.strip(), publicNote);
        return certificate;
    }

    /**
     * The certificate, locked, with its expiry recorded first when its date has passed, so that
     * every decision is taken on the status the public already sees.
     */
    private Certificate current(ChainHead head, CertificateNumber number) {
        Certificate certificate = certificates.lock(number.value()).orElseThrow(() -> notFound(number));
        if (certificate.statusOn(settings.today()) == CertificateStatus.EXPIRED
                && certificate.recordedStatus() != CertificateStatus.EXPIRED) {
            issuer.record(
                    head,
                    certificate,
                    RegistryEventType.EXPIRED,
                    CertificateStatus.EXPIRED,
                    null,
                    EXPIRED_REASON,
                    null);
        }
        return certificate;
    }

    private IssuanceRequest pending(long requestId) {
        IssuanceRequest request = certificates
                .findRequest(requestId)
                .orElseThrow(() ->
                        new CertificationException(Kind.NOT_FOUND, "registry.error.request_not_found", requestId));
        if (request.state() != IssuanceState.PENDING) {
            throw new CertificationException(Kind.CONFLICT, "registry.error.request_decided", requestId);
        }
        return request;
    }

    private static CertificationException notFound(CertificateNumber number) {
        return new CertificationException(Kind.NOT_FOUND, "registry.error.certificate_not_found", number.value());
    }

    private static CertificationException refused(CertificateStatus from, CertificateStatus to) {
        return new CertificationException(Kind.CONFLICT, "registry.error.transition_refused", from, to);
    }
}
