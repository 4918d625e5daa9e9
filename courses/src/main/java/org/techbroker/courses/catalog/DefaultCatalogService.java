package org.techbroker.courses.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.content.LessonHtml;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The catalogue use cases, each in one transaction. {@code @ValidateOnExecution} makes the Bean
 * Validation extension intercept this class, whose constraints sit on the interface.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultCatalogService implements CatalogService {

    @Inject
    CourseRepository courses;

    @Inject
    Clock clock;

    @Override
    public List<Course> publishedCourses(CatalogQuery query) {
        return courses.findPublished(query);
    }

    @Override
    public Optional<Course> findPublished(CourseCode code) {
        return courses.findByCode(code).filter(Course::isPublished);
    }

    @Override
    public Optional<Course> find(CourseCode code) {
        return courses.findByCode(code);
    }

    @Override
    public Course get(CourseCode code) {
        return courses.findByCode(code)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.course_not_found", code));
    }

    @Override
    public List<Course> allCourses() {
        return courses.findAll();
    }

    @Override
    public Optional<Lesson> findLesson(long lessonId) {
        return courses.findLesson(lessonId);
    }

    @Override
    public Optional<CourseModule> findModule(long moduleId) {
        return courses.findModule(moduleId);
    }

    @Override
    public Course createCourse(CourseCode code, CourseDescription description) {
        if (courses.exists(code)) {
            throw new CoursesException(Kind.CONFLICT, "courses.error.code_taken", code);
        }
        requireExisting(description);
        Course course = new Course(code, description, clock.instant());
        courses.add(course);
        return course;
    }

    @Override
    public Course describeCourse(CourseCode code, CourseDescription description, long expectedVersion) {
        Course course = get(code);
        if (course.version() != expectedVersion) {
            throw new CoursesException(Kind.CONFLICT, "courses.error.stale", code);
        }
        requireExisting(description);
        course.describe(description, clock.instant());
        return course;
    }

    private void requireExisting(CourseDescription description) {
        for (CourseCode prerequisite : description.prerequisites()) {
            if (!courses.exists(prerequisite)) {
                throw new CoursesException(Kind.INVALID, "courses.error.prerequisite_unknown", prerequisite);
            }
        }
    }

    @Override
    public CourseModule addModule(CourseCode code, BilingualText title, int passMarkPercent) {
        return get(code).addModule(title, passMarkPercent, clock.instant());
    }

    @Override
    public CourseModule reviseModule(CourseCode code, long moduleId, BilingualText title, int passMarkPercent) {
        Course course = get(code);
        CourseModule module = moduleOf(course, moduleId);
        module.rename(title);
        module.setPassMark(passMarkPercent);
        course.touch(clock.instant());
        return module;
    }

    @Override
    public void moveModule(CourseCode code, long moduleId, boolean up) {
        get(code).moveModule(moduleId, up, clock.instant());
    }

    @Override
    public void removeModule(CourseCode code, long moduleId) {
        get(code).removeModule(moduleId, clock.instant());
    }

    @Override
    public Lesson addLesson(CourseCode code, long moduleId, LessonContent content) {
        return moduleOf(get(code), moduleId).addLesson(sanitized(content), clock.instant());
    }

    @Override
    public Lesson reviseLesson(CourseCode code, long lessonId, LessonContent content) {
        Lesson lesson = lessonOf(get(code), lessonId);
        lesson.revise(sanitized(content), clock.instant());
        return lesson;
    }

    @Override
    public void moveLesson(CourseCode code, long lessonId, boolean up) {
        Lesson lesson = lessonOf(get(code), lessonId);
        lesson.module().moveLesson(lessonId, up, clock.instant());
    }

    @Override
    public void removeLesson(CourseCode code, long lessonId) {
        Lesson lesson = lessonOf(get(code), lessonId);
        lesson.module().removeLesson(lessonId, clock.instant());
    }

    @Override
    public Course publish(CourseCode code) {
        Course course = get(code);
        for (CourseCode prerequisite : course.prerequisites()) {
            if (courses.findByCode(prerequisite).filter(Course::isPublished).isEmpty()) {
                throw new CoursesException(Kind.CONFLICT, "courses.error.prerequisite_unpublished", prerequisite);
            }
        }
        course.publish(clock.instant());
        return course;
    }

    @Override
    public Course unpublish(CourseCode code) {
        Course course = get(code);
        course.unpublish(clock.instant());
        return course;
    }

    private static CourseModule moduleOf(Course course, long moduleId) {
        return course.module(moduleId)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.module_not_found", moduleId));
    }

    private static Lesson lessonOf(Course course, long lessonId) {
        return course.lesson(lessonId)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.lesson_not_found", lessonId));
    }

    /** Lesson bodies are stored sanitised, so a body read back is already safe to show. */
    static LessonContent sanitized(LessonContent content) {
        if (content.title() == null || content.body() == null) {
            throw new CoursesException(Kind.INVALID, "courses.error.lesson_incomplete");
        }
        BilingualText body = new BilingualText(
                LessonHtml.sanitize(content.body().zh()),
                LessonHtml.sanitize(content.body().en()));
        if (body.zh().isBlank() || body.en().isBlank()) {
            throw new CoursesException(Kind.INVALID, "courses.error.lesson_body_empty");
        }
        return new LessonContent(content.slug(), content.title(), body, content.estimatedMinutes(), content.sources());
    }
}
