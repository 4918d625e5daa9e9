package org.techbroker.certification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Verification over the registry. Reads run without a transaction of their own, and without a
 * transaction interceptor (they only read, and the single lookup is the hot path: the interceptor
 * alone cost a few per cent of a lookup); the log is written off the request path.
 */
@ApplicationScoped
@ValidateOnExecution
public class DefaultVerifications implements Verifications {

    @Inject
    VerificationRepository repository;

    @Inject
    CertificateRegistry registry;

    @Inject
    VerificationLog log;

    @Inject
    CertificateLookups lookups;

    @Inject
    VerificationSettings settings;

    @Inject
    RegistrySettings registrySettings;

    @Override
    public Optional<PublicCertificate> lookup(
            CertificateNumber number, Verifier verifier, VerificationChannel channel) {
        Objects.requireNonNull(verifier);
        Objects.requireNonNull(channel);
        return lookups.find(number.value()).map(found -> {
            log.record(found.certificate(), verifier, channel);
            return publicView(found.certificate(), found.events());
        });
    }

    @Override
    public List<BulkCheck.Result> check(List<BulkCheck.Entry> entries, Verifier verifier) {
        if (entries.size() > settings.bulkMax()) {
            throw new CertificationException(Kind.INVALID, "verification.error.too_many", settings.bulkMax());
        }
        List<Optional<CertificateNumber>> parsed = new ArrayList<>(entries.size());
        Set<CertificateNumber> valid = new LinkedHashSet<>();
        for (BulkCheck.Entry entry : entries) {
            Optional<CertificateNumber> number = parse(entry.number());
            parsed.add(number);
            number.ifPresent(valid::add);
        }
        Map<CertificateNumber, Certificate> found = new HashMap<>();
        if (!valid.isEmpty()) {
            registry.findAll(List.copyOf(valid)).forEach(c -> found.put(c.number(), c));
        }
        LocalDate today = registrySettings.today();
        List<BulkCheck.Result> results = new ArrayList<>(entries.size());
        Set<Certificate> logged = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            BulkCheck.Entry entry = entries.get(i);
            Optional<CertificateNumber> number = parsed.get(i);
            Certificate certificate = number.map(found::get).orElse(null);
            if (certificate == null) {
                results.add(new BulkCheck.Result(entry.number(), number.isPresent(), false, null, null, null, null));
                continue;
            }
            if (logged.add(certificate)) {
                log.record(certificate, verifier, VerificationChannel.BULK);
            }
            Boolean nameMatches =
                    entry.holderName() == null || entry.holderName().isBlank()
                            ? null
                            : NameMatch.matches(entry.holderName(), certificate.holderNames());
            results.add(new BulkCheck.Result(
                    entry.number(),
                    true,
                    true,
                    certificate.statusOn(today),
                    certificate.level(),
                    certificate.expiresOn(),
                    nameMatches));
        }
        return results;
    }

    @Override
    public EnterpriseChecks checksOf(AccountId holder, CertificateNumber number, int first, int size) {
        Certificate certificate = registry.find(number)
                .filter(c -> c.holder().equals(holder))
                .orElseThrow(() ->
                        new CertificationException(Kind.NOT_FOUND, "verification.error.not_found", number.value()));
        List<EnterpriseCheck> checks = repository.enterpriseChecksOf(certificate.id(), first, size).stream()
                .map(r -> new EnterpriseCheck(
                        r.enterprise().orElseThrow(), r.checkedAt(), r.lastCheckedAt(), r.checkCount(), r.channel()))
                .toList();
        return new EnterpriseChecks(repository.countEnterpriseChecks(certificate.id()), checks);
    }

    private PublicCertificate publicView(Certificate certificate, List<RegistryEvent> events) {
        ZoneId zone = registrySettings.zone();
        return new PublicCertificate(
                certificate.numberText(),
                certificate.statusOn(registrySettings.today()),
                certificate.level(),
                certificate.tracks(),
                certificate.holderNames(),
                certificate.issuedOn(),
                certificate.expiresOn(),
                events.stream()
                        .map(e -> new PublicCertificate.PublicEvent(
                                e.type(),
                                LocalDate.ofInstant(e.occurredAt(), zone),
                                e.publicNote().orElse(null)))
                        .toList(),
                certificate.statusListPlace());
    }

    private static Optional<CertificateNumber> parse(String text) {
        try {
            return Optional.of(CertificateNumber.parse(text));
        } catch (CertificationException e) {
            return Optional.empty();
        }
    }
}
