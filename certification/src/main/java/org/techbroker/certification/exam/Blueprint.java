package org.techbroker.certification.exam;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The exam of one qualification level: which objective items a form holds (per topic and
 * difficulty), how many essays, how long it lasts, the pass marks, whether options are shuffled,
 * and the courses a trainee must complete before registering.
 */
@Entity
@Table(name = "exam_blueprint")
public class Blueprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private QualificationLevel level;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "essay_count", nullable = false)
    private int essayCount;

    @Column(name = "objective_pass_percent", nullable = false)
    private int objectivePassPercent;

    @Column(name = "essay_pass_percent", nullable = false)
    private int essayPassPercent;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_blueprint_cell", joinColumns = @JoinColumn(name = "blueprint_id"))
    private Set<BlueprintCell> cells = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_required_course", joinColumns = @JoinColumn(name = "blueprint_id"))
    @Column(name = "course_code", nullable = false)
    private Set<String> requiredCourses = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Blueprint() {
        // for JPA
    }

    public Blueprint(QualificationLevel level, BlueprintTerms terms, Instant now) {
        this.level = Objects.requireNonNull(level, "level");
        change(terms, now);
    }

    public void change(BlueprintTerms terms, Instant now) {
        durationMinutes = terms.durationMinutes();
        essayCount = terms.essayCount();
        objectivePassPercent = terms.objectivePassPercent();
        essayPassPercent = terms.essayPassPercent();
        shuffleOptions = terms.shuffleOptions();
        cells.clear();
        cells.addAll(terms.cells().stream().filter(c -> c.itemCount() > 0).toList());
        requiredCourses.clear();
        terms.requiredCourses().forEach(code -> requiredCourses.add(code.value()));
        updatedAt = now;
    }

    public BlueprintTerms terms() {
        return new BlueprintTerms(
                cells(),
                essayCount,
                durationMinutes,
                objectivePassPercent,
                essayPassPercent,
                shuffleOptions,
                requiredCourses());
    }

    public Long id() {
        return id;
    }

    public QualificationLevel level() {
        return level;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public int essayCount() {
        return essayCount;
    }

    public int objectivePassPercent() {
        return objectivePassPercent;
    }

    public int essayPassPercent() {
        return essayPassPercent;
    }

    public boolean shuffleOptions() {
        return shuffleOptions;
    }

    /** The cells ordered by topic, then difficulty. */
    public List<BlueprintCell> cells() {
        List<BlueprintCell> ordered = new ArrayList<>(cells);
        ordered.sort(
                Comparator.comparing((BlueprintCell c) -> c.course().value()).thenComparing(BlueprintCell::difficulty));
        return ordered;
    }

    public Set<CourseCode> requiredCourses() {
        Set<CourseCode> codes = new TreeSet<>(Comparator.comparing(CourseCode::value));
        requiredCourses.forEach(code -> codes.add(new CourseCode(code)));
        return codes;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
