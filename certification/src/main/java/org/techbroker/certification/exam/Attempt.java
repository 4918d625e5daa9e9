package org.techbroker.certification.exam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * A candidate's attempt at a sitting. Its deadline is fixed on the server when it starts (start +
 * duration + extra time) and moves only when an administrator grants extra time; nothing a
 * browser says can change it. It is submitted once: by the candidate, or at the deadline by the
 * overdue job, whichever comes first.
 */
@Entity
@Table(name = "exam_attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "sitting_id", nullable = false, updatable = false)
    private long sittingId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptState state;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_automatically", nullable = false)
    private boolean submittedAutomatically;

    @Column(name = "objective_points", precision = 10, scale = 2)
    private BigDecimal objectivePoints;

    @Column(name = "objective_max", nullable = false)
    private int objectiveMax;

    @Column(name = "essay_points", precision = 10, scale = 2)
    private BigDecimal essayPoints;

    @Column(name = "essay_max", nullable = false)
    private int essayMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AttemptItem> items = new ArrayList<>();

    protected Attempt() {
        // for JPA
    }

    Attempt(Registration registration, Instant startedAt) {
        this.registration = registration;
        this.sittingId = registration.sitting().id();
        this.accountId = registration.account().value();
        this.startedAt = startedAt;
        this.deadline = deadline(startedAt, registration.sitting().duration(), registration.extraMinutes());
        this.state = AttemptState.IN_PROGRESS;
        this.outcome = Outcome.PENDING;
    }

    /** The deadline arithmetic, in one place: start + duration + extra minutes. */
    static Instant deadline(Instant startedAt, Duration duration, int extraMinutes) {
        if (extraMinutes < 0) {
            throw new IllegalArgumentException("Extra time is never negative: " + extraMinutes);
        }
        return startedAt.plus(duration).plus(Duration.ofMinutes(extraMinutes));
    }

    void add(ItemVersion version, List<Long> optionOrder) {
        items.add(new AttemptItem(this, items.size() + 1, version, optionOrder));
        if (version.type().isObjective()) {
            objectiveMax += version.points();
        } else {
            essayMax += version.points();
        }
    }

    /** Moves the deadline after extra time was granted to the registration. */
    void recomputeDeadline() {
        deadline = deadline(startedAt, registration.sitting().duration(), registration.extraMinutes());
    }

    /** Whether answers may still be saved at this moment: running, and not past the deadline. */
    public boolean acceptsAnswersAt(Instant moment) {
        return state == AttemptState.IN_PROGRESS && !moment.isAfter(deadline);
    }

    public boolean isOverdueAt(Instant moment) {
        return state == AttemptState.IN_PROGRESS && moment.isAfter(deadline);
    }

    /**
     * Records the submission and the objective score. Called once, under the attempt's row lock;
     * an attempt submitted after its deadline counts as submitted at the deadline.
     */
    void submit(Instant now, boolean automatically, BigDecimal objectiveScore, int objectivePassPercent) {
        if (state != AttemptState.IN_PROGRESS) {
            throw new IllegalStateException("Attempt " + id + " is already submitted");
        }
        state = AttemptState.SUBMITTED;
        submittedAt = now.isAfter(deadline) ? deadline : now;
        submittedAutomatically = automatically;
        objectivePoints = objectiveScore;
        if (essayMax == 0) {
            outcome = reaches(objectivePoints, objectiveMax, objectivePassPercent) ? Outcome.PASSED : Outcome.FAILED;
        }
    }

    /** Completes the result once the essays are marked (by essay review). */
    void recordEssayPoints(BigDecimal points, int objectivePassPercent, int essayPassPercent) {
        if (state != AttemptState.SUBMITTED) {
            throw new IllegalStateException("Attempt " + id + " is not submitted");
        }
        essayPoints = points;
        outcome = reaches(objectivePoints, objectiveMax, objectivePassPercent)
                        && reaches(essayPoints, essayMax, essayPassPercent)
                ? Outcome.PASSED
                : Outcome.FAILED;
    }

    /** points / max ≥ percent / 100, compared exactly (no rounding of the share). */
    static boolean reaches(BigDecimal points, int max, int percent) {
        if (max == 0) {
            return true;
        }
        return points.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf((long) percent * max)) >= 0;
    }

    public Long id() {
        return id;
    }

    public Registration registration() {
        return registration;
    }

    public long sittingId() {
        return sittingId;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public AttemptState state() {
        return state;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public boolean submittedAutomatically() {
        return submittedAutomatically;
    }

    public Optional<BigDecimal> objectivePoints() {
        return Optional.ofNullable(objectivePoints);
    }

    public int objectiveMax() {
        return objectiveMax;
    }

    public Optional<BigDecimal> essayPoints() {
        return Optional.ofNullable(essayPoints);
    }

    public int essayMax() {
        return essayMax;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<AttemptItem> items() {
        return Collections.unmodifiableList(items);
    }
}
