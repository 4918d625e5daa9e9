package org.techbroker.certification.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * One CPD activity of a holder, with the credits it earns under the tariff of the day it was
 * logged. It counts towards the certificate that was current when it was logged (none for a
 * course completed before the person held one). External entries wait for an administrator; one
 * drawn for audit needs its evidence reviewed, so it can only be approved once evidence is there.
 */
@Entity
@Table(name = "cpd_activity")
public class CpdActivity {

    public static final int TITLE_MAX = 200;
    public static final int REASON_MAX = 1000;
    public static final int FILE_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private long holderId;

    @Column(name = "certificate_id", updatable = false)
    private Long certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CpdCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CpdSource source;

    @Column(nullable = false, updatable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "course_code", updatable = false, length = 40)
    private String courseCode;

    @Column(name = "activity_date", nullable = false, updatable = false)
    private LocalDate activityDate;

    @Column(nullable = false, updatable = false, precision = 8, scale = 2)
    private BigDecimal quantity;

    @Column(nullable = false, updatable = false, precision = 9, scale = 2)
    private BigDecimal credits;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CpdState state;

    @Column(nullable = false)
    private boolean audited;

    @Column(name = "evidence_name", length = FILE_NAME_MAX)
    private String evidenceName;

    @Column(name = "evidence_type", length = 40)
    private String evidenceType;

    @Column(name = "evidence_sha256", length = 64)
    private String evidenceSha256;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reject_reason", length = REASON_MAX)
    private String rejectReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CpdActivity() {
        // for JPA
    }

    private CpdActivity(
            AccountId holder,
            Long certificateId,
            CpdCategory category,
            CpdSource source,
            String title,
            String courseCode,
            LocalDate activityDate,
            BigDecimal quantity,
            BigDecimal credits,
            Instant createdAt) {
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A title of 1 to " + TITLE_MAX + " characters");
        }
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("A positive quantity");
        }
        this.holderId = holder.value();
        this.certificateId = certificateId;
        this.category = Objects.requireNonNull(category);
        this.source = source;
        this.title = title.strip();
        this.courseCode = courseCode;
        this.activityDate = Objects.requireNonNull(activityDate);
        this.quantity = quantity;
        this.credits = credits;
        this.createdAt = createdAt;
        this.state = CpdState.PENDING;
    }

    /** An external entry logged by the holder; it waits for an administrator, audited or not. */
    static CpdActivity logged(
            AccountId holder,
            long certificateId,
            CpdCategory category,
            String title,
            LocalDate activityDate,
            BigDecimal quantity,
            BigDecimal credits,
            boolean audited,
            Instant at) {
        CpdActivity activity = new CpdActivity(
                holder, certificateId, category, CpdSource.HOLDER, title, null, activityDate, quantity, credits, at);
        activity.audited = audited;
        return activity;
    }

    /** A completed Techbroker course, approved at once: the course itself is the evidence. */
    static CpdActivity courseCompleted(
            AccountId holder,
            Long certificateId,
            String courseCode,
            String title,
            LocalDate completedOn,
            BigDecimal hours,
            BigDecimal credits,
            Instant at) {
        CpdActivity activity = new CpdActivity(
                holder,
                certificateId,
                CpdCategory.COURSE,
                CpdSource.TECHBROKER_COURSE,
                title,
                courseCode,
                completedOn,
                hours,
                credits,
                at);
        activity.state = CpdState.APPROVED;
        activity.decidedAt = at;
        return activity;
    }

    /** Records the evidence file's description; the bytes are kept apart ({@link CpdEvidence}). */
    void attachEvidence(String fileName, String contentType, String sha256) {
        requirePending();
        this.evidenceName = fileName;
        this.evidenceType = contentType;
        this.evidenceSha256 = sha256;
    }

    void approve(AccountId by, Instant at) {
        requirePending();
        if (audited && evidenceSha256 == null) {
            throw new CertificationException(Kind.CONFLICT, "cpd.error.audit_needs_evidence", title);
        }
        state = CpdState.APPROVED;
        decidedBy = by.value();
        decidedAt = at;
    }

    void reject(AccountId by, Instant at, String reason) {
        requirePending();
        state = CpdState.REJECTED;
        decidedBy = by.value();
        decidedAt = at;
        rejectReason = reason;
    }

    private void requirePending() {
        if (state != CpdState.PENDING) {
            throw new CertificationException(Kind.CONFLICT, "cpd.error.already_decided", title);
        }
    }

    public Long id() {
        return id;
    }

    public AccountId holder() {
        return new AccountId(holderId);
    }

    public Optional<Long> certificateId() {
        return Optional.ofNullable(certificateId);
    }

    public CpdCategory category() {
        return category;
    }

    public CpdSource source() {
        return source;
    }

    public String title() {
        return title;
    }

    public Optional<String> courseCode() {
        return Optional.ofNullable(courseCode);
    }

    public LocalDate activityDate() {
        return activityDate;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal credits() {
        return credits;
    }

    public CpdState state() {
        return state;
    }

    public boolean audited() {
        return audited;
    }

    public boolean hasEvidence() {
        return evidenceSha256 != null;
    }

    public Optional<String> evidenceName() {
        return Optional.ofNullable(evidenceName);
    }

    public Optional<String> evidenceType() {
        return Optional.ofNullable(evidenceType);
    }

    public Optional<AccountId> decidedBy() {
        return Optional.ofNullable(decidedBy).map(AccountId::new);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> rejectReason() {
        return Optional.ofNullable(rejectReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
