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
 * The checks of one certificate by one verifier (an enterprise account and its key, or anonymous)
 * through one channel within one window of the log: when first and last, and how many. Insert-only;
 * written in batches by {@link VerificationLog}.
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

    @Column(name = "last_checked_at", nullable = false, updatable = false)
    private Instant lastCheckedAt;

    @Column(name = "check_count", nullable = false, updatable = false)
    private int checkCount;

    protected VerificationRecord() {
        // for JPA
    }

    VerificationRecord(
            long certificateId,
            String certificateNumber,
            Verifier verifier,
            VerificationChannel channel,
            Instant checkedAt,
            Instant lastCheckedAt,
            int checkCount) {
        this.certificateId = certificateId;
        this.certificateNumber = certificateNumber;
        this.enterpriseId = verifier.enterprise().map(AccountId::value).orElse(null);
        this.apiKeyId = verifier.apiKeyId().orElse(null);
        this.channel = channel;
        this.checkedAt = checkedAt;
        this.lastCheckedAt = lastCheckedAt;
        this.checkCount = checkCount;
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

    /** The first check of the window. */
    public Instant checkedAt() {
        return checkedAt;
    }

    /** The last check of the window (the first, for a single check). */
    public Instant lastCheckedAt() {
        return lastCheckedAt;
    }

    /** How many checks the window counted. */
    public int checkCount() {
        return checkCount;
    }
}
