package org.techbroker.courses.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/** One attempt at a module's practice quiz: how many items were right, and whether it passed. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(name = "module_id", nullable = false, updatable = false)
    private long moduleId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "correct_count", nullable = false, updatable = false)
    private int correctCount;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    @Column(name = "score_percent", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal scorePercent;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    protected QuizAttempt() {
        // for JPA
    }

    QuizAttempt(Enrolment enrolment, long moduleId, int correctCount, int itemCount, int passMarkPercent, Instant now) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.moduleId = moduleId;
        this.correctCount = correctCount;
        this.itemCount = itemCount;
        this.submittedAt = now;
        this.scorePercent = BigDecimal.valueOf(correctCount * 100L)
                .divide(BigDecimal.valueOf(Math.max(1, itemCount)), 2, RoundingMode.HALF_EVEN);
        // Compared exactly, not on the rounded percentage: 7 of 10 passes a 70 % mark, 69.99 % does not.
        this.passed = correctCount * 100L >= (long) passMarkPercent * itemCount;
    }

    public Long id() {
        return id;
    }

    public long moduleId() {
        return moduleId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int correctCount() {
        return correctCount;
    }

    public int itemCount() {
        return itemCount;
    }

    public BigDecimal scorePercent() {
        return scorePercent;
    }

    public boolean passed() {
        return passed;
    }
}
