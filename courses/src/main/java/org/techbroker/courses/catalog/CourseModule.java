package org.techbroker.courses.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * A part of a course: lessons in reading order and the practice quiz that closes it. A trainee
 * passes the module when a quiz attempt reaches the pass mark.
 */
@Entity
@Table(name = "course_module")
public class CourseModule {

    public static final int DEFAULT_PASS_MARK_PERCENT = 70;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "zh",
                column = @Column(name = "title_zh", nullable = false, length = Course.TITLE_MAX)),
        @AttributeOverride(
                name = "en",
                column = @Column(name = "title_en", nullable = false, length = Course.TITLE_MAX))
    })
    private BilingualText title;

    @Column(name = "pass_mark_percent", nullable = false)
    private int passMarkPercent;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PracticeItem> practiceItems = new ArrayList<>();

    protected CourseModule() {
        // for JPA
    }

    CourseModule(Course course, int position, BilingualText title, int passMarkPercent) {
        this.course = Objects.requireNonNull(course, "course");
        this.position = position;
        rename(title);
        setPassMark(passMarkPercent);
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public int position() {
        return position;
    }

    public BilingualText title() {
        return title;
    }

    public int passMarkPercent() {
        return passMarkPercent;
    }

    public List<Lesson> lessons() {
        return Collections.unmodifiableList(lessons);
    }

    public Optional<Lesson> lesson(long lessonId) {
        return lessons.stream()
                .filter(l -> l.id() != null && l.id() == lessonId)
                .findFirst();
    }

    public List<PracticeItem> practiceItems() {
        return Collections.unmodifiableList(practiceItems);
    }

    /** Whether the module has a quiz to pass; a module without practice items needs only its lessons. */
    public boolean hasQuiz() {
        return !practiceItems.isEmpty();
    }

    public void rename(BilingualText newTitle) {
        this.title = Objects.requireNonNull(newTitle, "title");
    }

    public void setPassMark(int percent) {
        if (percent < 1 || percent > 100) {
            throw new CoursesException(Kind.INVALID, "courses.error.pass_mark_range", percent);
        }
        this.passMarkPercent = percent;
    }

    public Lesson addLesson(LessonContent content, Instant now) {
        if (course.lessonBySlug(content.slug()).isPresent()) {
            throw new CoursesException(Kind.CONFLICT, "courses.error.slug_taken", content.slug());
        }
        Lesson lesson = new Lesson(this, lessons.size() + 1, content, now);
        lessons.add(lesson);
        course.touch(now);
        return lesson;
    }

    public void moveLesson(long lessonId, boolean up, Instant now) {
        Lesson lesson = lesson(lessonId)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.lesson_not_found", lessonId));
        int index = lessons.indexOf(lesson);
        int target = up ? index - 1 : index + 1;
        if (target < 0 || target >= lessons.size()) {
            return;
        }
        Collections.swap(lessons, index, target);
        renumberLessons();
        course.touch(now);
    }

    /**
     * Puts the module's lessons in this order, numbering them anew: the same lessons, each once.
     * An import arranges a module as its file lists it.
     */
    public void arrangeLessons(List<Lesson> order, Instant now) {
        if (order.size() != lessons.size()
                || !order.stream().allMatch(lesson -> lessons.stream().anyMatch(own -> own == lesson))) {
            throw new CoursesException(Kind.INVALID, "courses.error.lesson_order");
        }
        lessons.clear();
        lessons.addAll(order);
        renumberLessons();
        course.touch(now);
    }

    public void removeLesson(long lessonId, Instant now) {
        Lesson lesson = lesson(lessonId)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.lesson_not_found", lessonId));
        lessons.remove(lesson);
        renumberLessons();
        course.touch(now);
    }

    public PracticeItem addPracticeItem(PracticeItem.Draft draft) {
        PracticeItem item = new PracticeItem(this, practiceItems.size() + 1, draft);
        practiceItems.add(item);
        return item;
    }

    public void removePracticeItem(long itemId) {
        practiceItems.removeIf(item -> item.id() != null && item.id() == itemId);
        for (int i = 0; i < practiceItems.size(); i++) {
            practiceItems.get(i).placeAt(i + 1);
        }
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    private void renumberLessons() {
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).placeAt(i + 1);
        }
    }
}
