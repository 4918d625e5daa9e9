package org.techbroker.certification.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * An exam session of one level. Candidates register until it closes and start their attempt
 * while it is open. The duration and pass marks are copied from the blueprint when the sitting
 * is created, so that editing a blueprint never changes an exam people registered for.
 */
@Entity
@Table(name = "exam_sitting")
public class Sitting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))
    })
    private BilingualText title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private QualificationLevel level;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "blueprint_id", nullable = false, updatable = false)
    private Blueprint blueprint;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "objective_pass_percent", nullable = false, updatable = false)
    private int objectivePassPercent;

    @Column(name = "essay_pass_percent", nullable = false, updatable = false)
    private int essayPassPercent;

    @Column(name = "results_released_at")
    private Instant resultsReleasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Sitting() {
        // for JPA
    }

    public Sitting(Blueprint blueprint, SittingTerms terms, Instant now) {
        this.blueprint = blueprint;
        this.level = blueprint.level();
        this.durationMinutes = blueprint.durationMinutes();
        this.objectivePassPercent = blueprint.objectivePassPercent();
        this.essayPassPercent = blueprint.essayPassPercent();
        this.createdAt = now;
        change(terms);
    }

    public void change(SittingTerms terms) {
        title = terms.title();
        opensAt = terms.opensAt();
        closesAt = terms.closesAt();
        capacity = terms.capacity();
    }

    public SittingTerms terms() {
        return new SittingTerms(title, opensAt, closesAt, capacity);
    }

    /** Attempts may start from the moment it opens until (excluding) the moment it closes. */
    public boolean isOpenAt(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }

    /** Registration stays possible until the window closes. */
    public boolean acceptsRegistrationsAt(Instant moment) {
        return moment.isBefore(closesAt) && resultsReleasedAt == null;
    }

    void releaseResults(Instant now) {
        if (resultsReleasedAt == null) {
            resultsReleasedAt = now;
        }
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Long id() {
        return id;
    }

    public BilingualText title() {
        return title;
    }

    public QualificationLevel level() {
        return level;
    }

    public Blueprint blueprint() {
        return blueprint;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public int capacity() {
        return capacity;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public int objectivePassPercent() {
        return objectivePassPercent;
    }

    public int essayPassPercent() {
        return essayPassPercent;
    }

    public Optional<Instant> resultsReleasedAt() {
        return Optional.ofNullable(resultsReleasedAt);
    }

    public boolean resultsReleased() {
        return resultsReleasedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
