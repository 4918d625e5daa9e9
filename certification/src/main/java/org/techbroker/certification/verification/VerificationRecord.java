package org.techbroker.certification.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.courses.shared.AccountId;

/**
 * One check of one certificate: which, by whom (an enterprise account and its key, or anonymous),
 * when and through which channel. Insert-only; written in batches by {@link VerificationLog}.
 */
@Entity
@Table(name = "verification_log")
public class VerificationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "certificate_number", nullable = false, updatable = false, length = CertificateNumber.LENGTH)
    private String certificateNumber;

    @Column(name = "enterprise_id", updatable = false)
    private Long enterpriseId;

    @Column(name = "api_key_id", updatable = false)
    private Long apiKeyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private VerificationChannel channel;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    protected VerificationRecord() {
        // for JPA
    }

    VerificationRecord(
            long certificateId,
            String certificateNumber,
            Verifier verifier,
            VerificationChannel channel,
            Instant checkedAt) {
        this.certificateId = certificateId;
        this.certificateNumber = certificateNumber;
        this.enterpriseId = verifier.enterprise().map(AccountId::value).orElse(null);
        this.apiKeyId = verifier.apiKeyId().orElse(null);
        this.channel = channel;
        this.checkedAt = checkedAt;
    }

    public Long id() {
        return id;
    }

    public long certificateId() {
        return certificateId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** The enterprise that checked; empty for an anonymous check. */
    public Optional<AccountId> enterprise() {
        return Optional.ofNullable(enterpriseId).map(AccountId::new);
    }

    public Optional<Long> apiKeyId() {
        return Optional.ofNullable(apiKeyId);
    }

    public VerificationChannel channel() {
        return channel;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
