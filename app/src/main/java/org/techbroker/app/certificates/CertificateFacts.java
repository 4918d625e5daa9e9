package org.techbroker.app.certificates;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.verification.PublicCertificate;

/**
 * What every page says of a certificate, read once from the entity so that views never touch it.
 * The status is the one of the day ({@link Certificate#statusOn}): a certificate past its expiry
 * date reads expired at once. Enum values are kept by name; pages label them from the bundles
 * ({@code CertificateStatus.…}, {@code QualificationLevel.…}, {@code Track.…}).
 */
public record CertificateFacts(
        String number,
        CertificateStatus status,
        String level,
        List<String> tracks,
        String nameZh,
        String nameLatin,
        String issuedOn,
        String expiresOn)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static CertificateFacts of(Certificate certificate, LocalDate today) {
        return new CertificateFacts(
                certificate.numberText(),
                certificate.statusOn(today),
                certificate.level().name(),
                certificate.tracks().stream().map(Enum::name).toList(),
                certificate.holderNames().zh(),
                certificate.holderNames().latin(),
                certificate.issuedOn().toString(),
                certificate.expiresOn().toString());
    }

    /** The same facts from the public view of a verification (its status is already the one of the day). */
    public static CertificateFacts of(PublicCertificate certificate) {
        return new CertificateFacts(
                certificate.number(),
                certificate.status(),
                certificate.level().name(),
                certificate.tracks().stream().map(Enum::name).toList(),
                certificate.holderNames().zh(),
                certificate.holderNames().latin(),
                certificate.issuedOn().toString(),
                certificate.expiresOn().toString());
    }

    /** The style of the status: {@code status-active}, {@code status-revoked}, … */
    public String statusClass() {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** Only an active certificate vouches for its holder today. */
    public boolean active() {
        return status == CertificateStatus.ACTIVE;
    }
}
