package org.techbroker.certification.profile;

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
import java.time.LocalDate;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * A disclosure on a broker's profile: what an administrator recorded (category, date, summary),
 * which never changes afterwards, and the broker's comment on it, which the broker may write and
 * rewrite. Enterprises read both side by side.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    public static final int SUMMARY_MAX = 2000;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private long holderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private DisclosureCategory category;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, updatable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private long enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "broker_comment", length = COMMENT_MAX)
    private String brokerComment;

    @Column(name = "commented_at")
    private Instant commentedAt;

    @Version
    private long version;

    protected Disclosure() {
        // for JPA
    }

    Disclosure(
            AccountId holder,
            DisclosureCategory category,
            LocalDate occurredOn,
            String summary,
            AccountId enteredBy,
            Instant enteredAt) {
        this.holderId = holder.value();
        this.category = category;
        this.occurredOn = occurredOn;
        this.summary = summary.strip();
        this.enteredBy = enteredBy.value();
        this.enteredAt = enteredAt;
    }

    /** The broker's comment; a blank one withdraws it. */
    void comment(String text, Instant at) {
        if (text == null || text.isBlank()) {
            brokerComment = null;
            commentedAt = null;
        } else {
            brokerComment = text.strip();
            commentedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public AccountId holder() {
        return new AccountId(holderId);
    }

    public DisclosureCategory category() {
        return category;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String summary() {
        return summary;
    }

    public AccountId enteredBy() {
        return new AccountId(enteredBy);
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Optional<String> brokerComment() {
        return Optional.ofNullable(brokerComment);
    }

    public Optional<Instant> commentedAt() {
        return Optional.ofNullable(commentedAt);
    }
}
