package org.techbroker.courses.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A course of the catalogue: what it teaches (modules of lessons, each module with its practice
 * quiz), whom it is for (levels, tracks, the national syllabus module) and what it is worth
 * (credit hours). The code is the business key. Modules are kept in teaching order; their
 * positions are renumbered here whenever one is added, moved or removed.
 */
@Entity
@Table(name = "course")
public class Course {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int CREDIT_HOURS_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = CourseCode.MAX_LENGTH)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false, length = TITLE_MAX)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, length = TITLE_MAX))
    })
    private BilingualText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "summary_zh", nullable = false, length = SUMMARY_MAX)),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en", nullable = false, length = SUMMARY_MAX))
    })
    private BilingualText summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_level", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "level", nullable = false, length = 12)
    @Enumerated(EnumType.STRING)
    private Set<QualificationLevel> levels = EnumSet.noneOf(QualificationLevel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_track", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "track", nullable = false, length = 12)
    @Enumerated(EnumType.STRING)
    private Set<Track> tracks = EnumSet.noneOf(Track.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "prerequisite_code", nullable = false, length = CourseCode.MAX_LENGTH)
    private Set<String> prerequisites = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "syllabus_module", nullable = false, length = 20)
    private SyllabusModule syllabusModule;

    @Column(name = "credit_hours", nullable = false)
    private int creditHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CourseStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
        // for JPA
    }

    public Course(CourseCode code, CourseDescription description, Instant now) {
        this.code = code.value();
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = CourseStatus.DRAFT;
        describe(description, now);
    }

    public Long id() {
        return id;
    }

    public CourseCode code() {
        return new CourseCode(code);
    }

    public BilingualText title() {
        return title;
    }

    public BilingualText summary() {
        return summary;
    }

    public Set<QualificationLevel> levels() {
        return Collections.unmodifiableSet(levels);
    }

    public Set<Track> tracks() {
        return Collections.unmodifiableSet(tracks);
    }

    public Set<CourseCode> prerequisites() {
        return prerequisites.stream().map(CourseCode::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public SyllabusModule syllabusModule() {
        return syllabusModule;
    }

    public int creditHours() {
        return creditHours;
    }

    public CourseStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<CourseModule> modules() {
        return Collections.unmodifiableList(modules);
    }

    public Optional<CourseModule> module(long moduleId) {
        return modules.stream()
                .filter(m -> m.id() != null && m.id() == moduleId)
                .findFirst();
    }

    /** Every lesson of the course, in teaching order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(long lessonId) {
        return lessons().stream()
                .filter(l -> l.id() != null && l.id() == lessonId)
                .findFirst();
    }

    public Optional<Lesson> lessonBySlug(String slug) {
        return lessons().stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public int totalMinutes() {
        return lessons().stream().mapToInt(Lesson::estimatedMinutes).sum();
    }

    /** Sets what the course is about and for whom; the code never changes. */
    public void describe(CourseDescription description, Instant now) {
        if (description.prerequisites().contains(code())) {
            throw new CoursesException(Kind.INVALID, "courses.error.prerequisite_self", code);
        }
        this.title = description.title();
        this.summary = description.summary();
        this.levels = description.levels().isEmpty()
                ? EnumSet.noneOf(QualificationLevel.class)
                : EnumSet.copyOf(description.levels());
        this.tracks =
                description.tracks().isEmpty() ? EnumSet.noneOf(Track.class) : EnumSet.copyOf(description.tracks());
        this.prerequisites = description.prerequisites().stream()
                .map(CourseCode::value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.syllabusModule = description.syllabusModule();
        this.creditHours = description.creditHours();
        touch(now);
    }

    public CourseDescription description() {
        return new CourseDescription(title, summary, levels, tracks, prerequisites(), syllabusModule, creditHours);
    }

    public CourseModule addModule(BilingualText moduleTitle, int passMarkPercent, Instant now) {
        CourseModule module = new CourseModule(this, modules.size() + 1, moduleTitle, passMarkPercent);
        modules.add(module);
        touch(now);
        return module;
    }

    /** Moves a module one place up (towards the start) or down; at either end nothing changes. */
    public void moveModule(long moduleId, boolean up, Instant now) {
        CourseModule module = module(moduleId).orElseThrow(() -> notFound("courses.error.module_not_found", moduleId));
        int index = modules.indexOf(module);
        int target = up ? index - 1 : index + 1;
        if (target < 0 || target >= modules.size()) {
            return;
        }
        Collections.swap(modules, index, target);
        renumber();
        touch(now);
    }

    public void removeModule(long moduleId, Instant now) {
        CourseModule module = module(moduleId).orElseThrow(() -> notFound("courses.error.module_not_found", moduleId));
        modules.remove(module);
        renumber();
        touch(now);
    }

    /**
     * Publishes the course: it must teach something (every module has a lesson) so that a trainee
     * can complete it.
     */
    public void publish(Instant now) {
        if (modules.isEmpty() || modules.stream().anyMatch(m -> m.lessons().isEmpty())) {
            throw new CoursesException(Kind.CONFLICT, "courses.error.publish_empty", code);
        }
        status = CourseStatus.PUBLISHED;
        touch(now);
    }

    public void unpublish(Instant now) {
        status = CourseStatus.DRAFT;
        touch(now);
    }

    void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private void renumber() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).placeAt(i + 1);
        }
    }

    private static CoursesException notFound(String key, Object id) {
        return new CoursesException(Kind.NOT_FOUND, key, id);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Course that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Course[" + code + "]";
    }
}
