package org.techbroker.certification.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * One examiner's work on one script. Every save carries the version the examiner read, so two
 * tabs or two people never overwrite each other silently; once submitted it never changes.
 */
@Entity
@Table(name = "review_marking")
public class Marking {

    public static final int MAX_FEEDBACK_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "script_id", nullable = false, updatable = false)
    private Script script;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MarkingRole role;

    @Column(name = "examiner_id")
    private Long examinerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MarkingState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_criterion_mark", joinColumns = @JoinColumn(name = "marking_id"))
    @OrderColumn(name = "position")
    private List<CriterionMark> criteria = new ArrayList<>();

    @Column(name = "overall_feedback", length = MAX_FEEDBACK_LENGTH)
    private String overallFeedback;

    @Column(length = MAX_FEEDBACK_LENGTH)
    private String reason;

    @Column(name = "total_points", precision = 10, scale = 2)
    private BigDecimal totalPoints;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Marking() {
        // for JPA
    }

    Marking(Script script, MarkingRole role, AccountId examiner, Instant assignedAt) {
        this.script = Objects.requireNonNull(script, "script");
        this.role = Objects.requireNonNull(role, "role");
        this.examinerId = examiner == null ? null : examiner.value();
        this.state = MarkingState.ASSIGNED;
        this.assignedAt = assignedAt;
    }

    /** Gives a waiting place to an examiner. */
    void assignTo(AccountId examiner, Instant now) {
        this.examinerId = examiner.value();
        this.assignedAt = now;
    }

    /** Takes the marking from its examiner; a new marking takes its place. */
    void withdraw() {
        this.state = MarkingState.WITHDRAWN;
    }

    void save(List<CriterionMark> marks, String overall, String decisionReason, Instant now) {
        criteria.clear();
        criteria.addAll(marks);
        overallFeedback = blankToNull(overall);
        reason = blankToNull(decisionReason);
        savedAt = now;
        if (state == MarkingState.ASSIGNED) {
            state = MarkingState.DRAFT;
        }
    }

    void submit(BigDecimal total, Instant now) {
        totalPoints = total;
        submittedAt = now;
        state = MarkingState.SUBMITTED;
    }

    /** Whether the examiner can still change it. */
    public boolean open() {
        return state == MarkingState.ASSIGNED || state == MarkingState.DRAFT;
    }

    public boolean submitted() {
        return state == MarkingState.SUBMITTED;
    }

    public boolean heldBy(AccountId examiner) {
        return examinerId != null && examinerId == examiner.value();
    }

    public Long id() {
        return id;
    }

    public Script script() {
        return script;
    }

    public MarkingRole role() {
        return role;
    }

    public Optional<AccountId> examiner() {
        return Optional.ofNullable(examinerId).map(AccountId::new);
    }

    public MarkingState state() {
        return state;
    }

    public List<CriterionMark> criteria() {
        return List.copyOf(criteria);
    }

    public Optional<CriterionMark> criterion(long criterionId) {
        return criteria.stream().filter(c -> c.criterionId() == criterionId).findFirst();
    }

    public Optional<String> overallFeedback() {
        return Optional.ofNullable(overallFeedback);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<BigDecimal> totalPoints() {
        return Optional.ofNullable(totalPoints);
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Optional<Instant> savedAt() {
        return Optional.ofNullable(savedAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public long version() {
        return version;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
