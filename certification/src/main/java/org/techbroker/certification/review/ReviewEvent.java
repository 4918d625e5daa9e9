package org.techbroker.certification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * One line of a script's history. Every column is insert-only and nothing deletes a row, so the
 * record of who marked what, and when, survives every later decision.
 */
@Entity
@Table(name = "review_event")
public class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "script_id", nullable = false, updatable = false)
    private long scriptId;

    @Column(name = "marking_id", updatable = false)
    private Long markingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewEventKind kind;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(precision = 10, scale = 2, updatable = false)
    private BigDecimal points;

    @Column(updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ReviewEvent() {
        // for JPA
    }

    ReviewEvent(
            Script script,
            Marking marking,
            ReviewEventKind kind,
            AccountId actor,
            BigDecimal points,
            String detail,
            Instant occurredAt) {
        this.scriptId = script.id();
        this.markingId = marking == null ? null : marking.id();
        this.kind = kind;
        this.actorId = actor == null ? null : actor.value();
        this.points = points;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public long scriptId() {
        return scriptId;
    }

    public Optional<Long> markingId() {
        return Optional.ofNullable(markingId);
    }

    public ReviewEventKind kind() {
        return kind;
    }

    /** Who acted; empty when the system did (allocation at submission, the mean of two marks). */
    public Optional<AccountId> actor() {
        return Optional.ofNullable(actorId).map(AccountId::new);
    }

    public Optional<BigDecimal> points() {
        return Optional.ofNullable(points);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
