package org.techbroker.certification.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A passed result that qualifies its candidate for a certificate. One per attempt, so a result
 * announced twice issues once. Issued at once by default; where a centre requires approval, it
 * waits for an administrator.
 */
@Entity
@Table(name = "issuance_request")
public class IssuanceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(name = "sitting_id", nullable = false, updatable = false)
    private long sittingId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private QualificationLevel level;

    @Column(name = "passed_at", nullable = false, updatable = false)
    private Instant passedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IssuanceState state;

    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = RegistryEvent.REASON_MAX)
    private String reason;

    @Version
    private long version;

    protected IssuanceRequest() {
        // for JPA
    }

    IssuanceRequest(long attemptId, long sittingId, AccountId candidate, QualificationLevel level, Instant passedAt) {
        this.attemptId = attemptId;
        this.sittingId = sittingId;
        this.candidateId = candidate.value();
        this.level = level;
        this.passedAt = passedAt;
        this.state = IssuanceState.PENDING;
    }

    void issued(Certificate certificate, AccountId by, Instant at) {
        state = IssuanceState.ISSUED;
        certificateId = certificate.id();
        decidedBy = by == null ? null : by.value();
        decidedAt = at;
    }

    /** Pending again: the result it rests on, once withdrawn, is a pass again. */
    void reopen() {
        state = IssuanceState.PENDING;
        certificateId = null;
        decidedBy = null;
        decidedAt = null;
        reason = null;
    }

    /** The result it rests on is no longer a pass, whether it was waiting or had issued. */
    void withdrawn(Instant at, String why) {
        state = IssuanceState.WITHDRAWN;
        decidedBy = null;
        decidedAt = at;
        reason = why;
    }

    void rejected(AccountId by, Instant at, String why) {
        state = IssuanceState.REJECTED;
        decidedBy = by.value();
        decidedAt = at;
        reason = why;
    }

    public Long id() {
        return id;
    }

    public long attemptId() {
        return attemptId;
    }

    public long sittingId() {
        return sittingId;
    }

    public AccountId candidate() {
        return new AccountId(candidateId);
    }

    public QualificationLevel level() {
        return level;
    }

    public Instant passedAt() {
        return passedAt;
    }

    public IssuanceState state() {
        return state;
    }

    public Optional<Long> certificateId() {
        return Optional.ofNullable(certificateId);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
