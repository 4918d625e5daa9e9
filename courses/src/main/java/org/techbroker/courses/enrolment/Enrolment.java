package org.techbroker.courses.enrolment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.shared.AccountId;

/**
 * A person's enrolment in a course, with the lessons they marked done (and when), the lesson they
 * last read, and, once every lesson is done and every module quiz passed, the completion with its
 * date and credit hours. A completion is recorded once and never taken back: later edits of the
 * course do not undo it.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completion_credit_hours")
    private Integer completionCreditHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "lesson_id")
    @Column(name = "done_at", nullable = false)
    private Map<Long, Instant> doneLessons = new HashMap<>();

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(AccountId account, Course course, Instant now) {
        this.accountId = account.value();
        this.course = Objects.requireNonNull(course, "course");
        this.enrolledAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public Course course() {
        return course;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Optional<Long> lastLessonId() {
        return Optional.ofNullable(lastLessonId);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Optional<Integer> completionCreditHours() {
        return Optional.ofNullable(completionCreditHours);
    }

    /** The lessons marked done, by lesson id, with the instant each was marked. */
    public Map<Long, Instant> doneLessons() {
        return Collections.unmodifiableMap(doneLessons);
    }

    public boolean isDone(Lesson lesson) {
        return lesson.id() != null && doneLessons.containsKey(lesson.id());
    }

    public void read(Lesson lesson) {
        this.lastLessonId = lesson.id();
    }

    /** Marks the lesson done; marking it again keeps the first date. */
    public void markDone(Lesson lesson, Instant now) {
        doneLessons.putIfAbsent(lesson.id(), now);
        this.lastLessonId = lesson.id();
    }

    /** Records the completion, once; returns whether this call recorded it. */
    boolean complete(Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        completionCreditHours = course.creditHours();
        return true;
    }

    public long version() {
        return version;
    }
}
