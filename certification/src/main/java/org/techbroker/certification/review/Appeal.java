package org.techbroker.certification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/** A candidate's appeal against the final mark of one essay; one per script. */
@Entity
@Table(name = "review_appeal")
public class Appeal {

    public static final int MAX_REASON_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "script_id", nullable = false, updatable = false)
    private Script script;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(nullable = false, updatable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private Instant lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealState state;

    @Column(name = "points_before", nullable = false, updatable = false, precision = 10, scale = 2)
    private BigDecimal pointsBefore;

    @Column(name = "points_after", precision = 10, scale = 2)
    private BigDecimal pointsAfter;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Appeal() {
        // for JPA
    }

    Appeal(Script script, AccountId candidate, String reason, Instant lodgedAt) {
        this.script = script;
        this.candidateId = candidate.value();
        this.reason = reason.strip();
        this.lodgedAt = lodgedAt;
        this.pointsBefore = script.finalPoints().orElseThrow();
        this.state = AppealState.OPEN;
    }

    void decide(BigDecimal points, AccountId chief, Instant now) {
        this.pointsAfter = points;
        this.decidedBy = chief.value();
        this.decidedAt = now;
        this.state = points.compareTo(pointsBefore) == 0 ? AppealState.UPHELD : AppealState.CHANGED;
    }

    public Long id() {
        return id;
    }

    public Script script() {
        return script;
    }

    public AccountId candidate() {
        return new AccountId(candidateId);
    }

    public String reason() {
        return reason;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    public AppealState state() {
        return state;
    }

    public BigDecimal pointsBefore() {
        return pointsBefore;
    }

    public Optional<BigDecimal> pointsAfter() {
        return Optional.ofNullable(pointsAfter);
    }

    public Optional<AccountId> decidedBy() {
        return Optional.ofNullable(decidedBy).map(AccountId::new);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
