package org.techbroker.certification.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * An exam session of one level. Candidates register until it closes and start their attempt
 * while it is open. The level's blueprint is copied when the sitting is created (cells, essays,
 * duration, pass marks, shuffling, required courses), so that editing a blueprint never changes
 * an exam people registered for and every form of one sitting has the same shape.
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

    @Column(name = "essay_count", nullable = false, updatable = false)
    private int essayCount;

    @Column(name = "shuffle_options", nullable = false, updatable = false)
    private boolean shuffleOptions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_sitting_cell", joinColumns = @JoinColumn(name = "sitting_id"))
    private Set<BlueprintCell> cells = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_sitting_required_course", joinColumns = @JoinColumn(name = "sitting_id"))
    @Column(name = "course_code", nullable = false)
    private Set<String> requiredCourses = new HashSet<>();

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
        this.essayCount = blueprint.essayCount();
        this.shuffleOptions = blueprint.shuffleOptions();
        this.cells.addAll(blueprint.cells());
        blueprint.requiredCourses().forEach(code -> requiredCourses.add(code.value()));
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

    /** The blueprint as it stood when the sitting was created: what every form of this sitting meets. */
    public BlueprintTerms formTerms() {
        return new BlueprintTerms(
                List.copyOf(cells),
                essayCount,
                durationMinutes,
                objectivePassPercent,
                essayPassPercent,
                shuffleOptions,
                requiredCourses());
    }

    /** The courses a trainee must have completed to register. */
    public Set<CourseCode> requiredCourses() {
        Set<CourseCode> codes = new TreeSet<>(Comparator.comparing(CourseCode::value));
        requiredCourses.forEach(code -> codes.add(new CourseCode(code)));
        return codes;
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
