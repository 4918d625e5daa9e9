package org.techbroker.app.admin.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.enrolment.EnrolmentRepository;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * What the authoring pages show, read in one transaction each. Courses, modules and lessons load
 * lazily, and pages render after every transaction has ended, so the pages get these plain,
 * serialisable records instead of entities.
 */
@ApplicationScoped
@Transactional
public class CourseOutlines {

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentRepository enrolments;

    /** A text in both languages, as pages keep it between requests. */
    public record Text(String zh, String en) implements Serializable {

        static Text of(BilingualText text) {
            return new Text(text.zh(), text.en());
        }

        public String in(Locale locale) {
            return new BilingualText(zh, en).in(locale);
        }
    }

    /** A course in the authors' list. */
    public record CourseRow(String code, Text title, CourseStatus status, int lessonCount, long enrolled)
            implements Serializable {}

    /** A course with its description and its modules and lessons, without the lesson bodies. */
    public record CourseOutline(
            String code,
            Text title,
            Text summary,
            List<QualificationLevel> levels,
            List<Track> tracks,
            List<String> prerequisites,
            SyllabusModule syllabusModule,
            int creditHours,
            CourseStatus status,
            long version,
            long enrolled,
            int totalMinutes,
            List<ModuleOutline> modules)
            implements Serializable {

        public boolean isPublished() {
            return status == CourseStatus.PUBLISHED;
        }

        public int lessonCount() {
            return modules.stream().mapToInt(m -> m.lessons().size()).sum();
        }

        public Optional<ModuleOutline> module(long moduleId) {
            return modules.stream().filter(m -> m.id() == moduleId).findFirst();
        }
    }

    public record ModuleOutline(long id, int position, Text title, int passMarkPercent, List<LessonOutline> lessons)
            implements Serializable {}

    public record LessonOutline(long id, int position, String slug, Text title, int minutes) implements Serializable {}

    /** A lesson with everything an author edits, and where it sits. */
    public record LessonDraft(
            long id,
            String courseCode,
            Text courseTitle,
            CourseStatus courseStatus,
            long moduleId,
            Text moduleTitle,
            String slug,
            Text title,
            Text body,
            int minutes,
            List<String> sources,
            List<AttachmentRow> attachments)
            implements Serializable {}

    public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes) implements Serializable {}

    public List<CourseRow> courses() {
        return catalog.allCourses().stream()
                .map(course -> new CourseRow(
                        course.code().value(),
                        Text.of(course.title()),
                        course.status(),
                        course.lessons().size(),
                        enrolments.countEnrolled(course)))
                .toList();
    }

    public Optional<CourseOutline> outline(CourseCode code) {
        return catalog.find(code).map(this::outline);
    }

    private CourseOutline outline(Course course) {
        return new CourseOutline(
                course.code().value(),
                Text.of(course.title()),
                Text.of(course.summary()),
                sorted(course.levels()),
                sorted(course.tracks()),
                course.prerequisites().stream().map(CourseCode::value).sorted().toList(),
                course.syllabusModule(),
                course.creditHours(),
                course.status(),
                course.version(),
                enrolments.countEnrolled(course),
                course.totalMinutes(),
                course.modules().stream().map(CourseOutlines::outline).toList());
    }

    private static ModuleOutline outline(CourseModule module) {
        return new ModuleOutline(
                module.id(),
                module.position(),
                Text.of(module.title()),
                module.passMarkPercent(),
                module.lessons().stream()
                        .map(lesson -> new LessonOutline(
                                lesson.id(),
                                lesson.position(),
                                lesson.slug(),
                                Text.of(lesson.title()),
                                lesson.estimatedMinutes()))
                        .toList());
    }

    public Optional<LessonDraft> lesson(long lessonId) {
        return catalog.findLesson(lessonId).map(CourseOutlines::draft);
    }

    private static LessonDraft draft(Lesson lesson) {
        CourseModule module = lesson.module();
        Course course = module.course();
        return new LessonDraft(
                lesson.id(),
                course.code().value(),
                Text.of(course.title()),
                course.status(),
                module.id(),
                Text.of(module.title()),
                lesson.slug(),
                Text.of(lesson.title()),
                Text.of(lesson.body()),
                lesson.estimatedMinutes(),
                List.copyOf(lesson.sources()),
                lesson.attachments().stream()
                        .map(a -> new AttachmentRow(a.id(), a.fileName(), a.contentType(), a.sizeBytes()))
                        .toList());
    }

    private static <E extends Enum<E>> List<E> sorted(java.util.Set<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
