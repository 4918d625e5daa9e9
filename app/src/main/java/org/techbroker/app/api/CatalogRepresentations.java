package org.techbroker.app.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.content.LessonHtml;
import org.techbroker.courses.enrolment.EnrolmentRepository;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The catalogue as the API shows it. Courses, modules and lessons are loaded lazily, so every
 * representation is built here, inside one read transaction, from entities that are still
 * attached; resources get plain records and never touch an entity after its transaction.
 */
@ApplicationScoped
@Transactional
public class CatalogRepresentations {

    /** Where a client downloads an attachment. */
    static final String ATTACHMENT_PATH = "/api/v1/attachments/";

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentRepository enrolments;

    /** A published course in the catalogue, in one language. */
    public record CourseSummary(
            String code,
            String title,
            String summary,
            List<QualificationLevel> levels,
            List<Track> tracks,
            int creditHours,
            SyllabusModule syllabusModule,
            int lessonCount,
            int totalMinutes) {}

    /** The catalogue in one language ({@code lang}: "zh" or "en"). */
    public record Catalogue(String lang, List<CourseSummary> courses) {}

    /** A published course with its modules and lessons, in one language. */
    public record CourseDetail(
            String code,
            String lang,
            String title,
            String summary,
            List<QualificationLevel> levels,
            List<Track> tracks,
            int creditHours,
            SyllabusModule syllabusModule,
            List<String> prerequisites,
            int totalMinutes,
            List<ModuleDetail> modules) {}

    public record ModuleDetail(long id, int position, String title, int passMarkPercent, List<LessonDetail> lessons) {}

    /** A lesson; body, sources and attachments only when asked for and allowed ({@code include=bodies}). */
    public record LessonDetail(
            long id,
            int position,
            String slug,
            String title,
            int minutes,
            String body,
            List<String> sources,
            List<AttachmentLink> attachments) {}

    public record AttachmentLink(long id, String fileName, String contentType, long sizeBytes, String href) {}

    /** A text in both languages. */
    public record Text(String zh, String en) {
        static Text of(BilingualText text) {
            return text == null ? null : new Text(text.zh(), text.en());
        }
    }

    /** A course, drafts included, as its authors see it: both languages, status and version. */
    public record AuthoredCourse(
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
            List<AuthoredModule> modules) {}

    public record AuthoredModule(
            long id, int position, Text title, int passMarkPercent, List<AuthoredLesson> lessons) {}

    public record AuthoredLesson(
            long id,
            int position,
            String slug,
            Text title,
            Text body,
            int minutes,
            List<String> sources,
            List<AttachmentLink> attachments) {}

    /** One row of the authors' course list. */
    public record AuthoredCourseRow(
            String code, Text title, CourseStatus status, long version, int lessonCount, long enrolled) {}

    /** What the download endpoint needs to know about an attachment and the course it belongs to. */
    public record AttachmentFile(
            long id,
            CourseCode course,
            boolean coursePublished,
            String fileName,
            String contentType,
            long sizeBytes,
            String storageKey) {}

    public List<CourseSummary> catalogue(CatalogQuery query, Locale lang) {
        return catalog.publishedCourses(query).stream()
                .map(course -> new CourseSummary(
                        course.code().value(),
                        course.title().in(lang),
                        course.summary().in(lang),
                        sorted(course.levels()),
                        sorted(course.tracks()),
                        course.creditHours(),
                        course.syllabusModule(),
                        course.lessons().size(),
                        course.totalMinutes()))
                .toList();
    }

    public boolean isPublished(CourseCode code) {
        return catalog.findPublished(code).isPresent();
    }

    /** The published course; lesson bodies only when {@code withBodies}, which the caller has checked. */
    public Optional<CourseDetail> published(CourseCode code, Locale lang, boolean withBodies) {
        return catalog.findPublished(code)
                .map(course -> new CourseDetail(
                        course.code().value(),
                        lang.getLanguage(),
                        course.title().in(lang),
                        course.summary().in(lang),
                        sorted(course.levels()),
                        sorted(course.tracks()),
                        course.creditHours(),
                        course.syllabusModule(),
                        course.prerequisites().stream()
                                .map(CourseCode::value)
                                .sorted()
                                .toList(),
                        course.totalMinutes(),
                        course.modules().stream()
                                .map(module -> new ModuleDetail(
                                        module.id(),
                                        module.position(),
                                        module.title().in(lang),
                                        module.passMarkPercent(),
                                        module.lessons().stream()
                                                .map(lesson -> lesson(lesson, lang, withBodies))
                                                .toList()))
                                .toList()));
    }

    private static LessonDetail lesson(Lesson lesson, Locale lang, boolean withBody) {
        return new LessonDetail(
                lesson.id(),
                lesson.position(),
                lesson.slug(),
                lesson.title().in(lang),
                lesson.estimatedMinutes(),
                withBody ? LessonHtml.sanitize(lesson.body().in(lang)) : null,
                withBody ? lesson.sources() : null,
                withBody ? links(lesson) : null);
    }

    public List<AuthoredCourseRow> allCourses() {
        return catalog.allCourses().stream()
                .map(course -> new AuthoredCourseRow(
                        course.code().value(),
                        Text.of(course.title()),
                        course.status(),
                        course.version(),
                        course.lessons().size(),
                        enrolments.countEnrolled(course)))
                .toList();
    }

    public Optional<AuthoredCourse> authored(CourseCode code) {
        return catalog.find(code).map(this::authored);
    }

    private AuthoredCourse authored(Course course) {
        return new AuthoredCourse(
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
                course.modules().stream().map(CatalogRepresentations::authored).toList());
    }

    private static AuthoredModule authored(CourseModule module) {
        return new AuthoredModule(
                module.id(),
                module.position(),
                Text.of(module.title()),
                module.passMarkPercent(),
                module.lessons().stream()
                        .map(lesson -> new AuthoredLesson(
                                lesson.id(),
                                lesson.position(),
                                lesson.slug(),
                                Text.of(lesson.title()),
                                Text.of(lesson.body()),
                                lesson.estimatedMinutes(),
                                lesson.sources(),
                                links(lesson)))
                        .toList());
    }

    public Optional<AttachmentFile> attachment(long attachmentId) {
        return catalog.findAttachment(attachmentId).map(attachment -> {
            Course course = attachment.lesson().module().course();
            return new AttachmentFile(
                    attachment.id(),
                    course.code(),
                    course.isPublished(),
                    attachment.fileName(),
                    attachment.contentType(),
                    attachment.sizeBytes(),
                    attachment.storageKey());
        });
    }

    static AttachmentLink link(LessonAttachment attachment) {
        return new AttachmentLink(
                attachment.id(),
                attachment.fileName(),
                attachment.contentType(),
                attachment.sizeBytes(),
                ATTACHMENT_PATH + attachment.id());
    }

    private static List<AttachmentLink> links(Lesson lesson) {
        return lesson.attachments().stream().map(CatalogRepresentations::link).toList();
    }

    private static <E extends Enum<E>> List<E> sorted(java.util.Set<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
