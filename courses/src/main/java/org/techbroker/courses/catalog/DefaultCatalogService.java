package org.techbroker.courses.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.content.AttachmentStore;
import org.techbroker.courses.content.AttachmentType;
import org.techbroker.courses.content.LessonHtml;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The catalogue use cases, each in one transaction. {@code @ValidateOnExecution} makes the Bean
 * Validation extension intercept this class, whose constraints sit on the interface. Attachment
 * files are kept once per content ({@link AttachmentStore}): the file of a removed attachment (or of
 * a removed lesson or module) goes once the removal is committed, never before, and only when no
 * other attachment has the same bytes. A file stored for a transaction that rolls back stays, as
 * harmless as an import's, and serves the next upload of the same bytes.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultCatalogService implements CatalogService {

    @Inject
    CourseRepository courses;

    private static final Logger LOG = Logger.getLogger(DefaultCatalogService.class.getName());

    @Inject
    Clock clock;

    @Inject
    AttachmentStore attachmentStore;

    @Resource
    TransactionSynchronizationRegistry transactions;

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
        requireTexts(description);
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
        requireTexts(description);
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

    /**
     * Titles and summaries are required in both languages and must fit their columns; the entities
     * only insist that they exist, so the service says what is wrong before the database would.
     */
    private static void requireTexts(CourseDescription description) {
        requireText(description.title(), Course.TITLE_MAX, "title");
        requireText(description.summary(), Course.SUMMARY_MAX, "summary");
    }

    static void requireText(BilingualText text, int max, String what) {
        if (text == null || text.zh().isBlank() || text.en().isBlank()) {
            throw new CoursesException(Kind.INVALID, "courses.error." + what + "_blank");
        }
        if (text.zh().length() > max || text.en().length() > max) {
            throw new CoursesException(Kind.INVALID, "courses.error." + what + "_too_long", max);
        }
    }

    @Override
    public CourseModule addModule(CourseCode code, BilingualText title, int passMarkPercent) {
        requireText(title, Course.TITLE_MAX, "title");
        return get(code).addModule(title, passMarkPercent, clock.instant());
    }

    @Override
    public CourseModule reviseModule(CourseCode code, long moduleId, BilingualText title, int passMarkPercent) {
        requireText(title, Course.TITLE_MAX, "title");
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
        Course course = get(code);
        List<LessonAttachment> files = moduleOf(course, moduleId).lessons().stream()
                .flatMap(l -> l.attachments().stream())
                .toList();
        course.removeModule(moduleId, clock.instant());
        deleteUnusedFilesAfterCommit(files);
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
        List<LessonAttachment> files = List.copyOf(lesson.attachments());
        lesson.module().removeLesson(lessonId, clock.instant());
        deleteUnusedFilesAfterCommit(files);
    }

    @Override
    public Optional<LessonAttachment> findAttachment(long attachmentId) {
        return courses.findAttachment(attachmentId);
    }

    @Override
    public LessonAttachment attach(CourseCode code, long lessonId, String fileName, InputStream content) {
        Lesson lesson = lessonOf(get(code), lessonId);
        if (lesson.attachments().size() >= Lesson.ATTACHMENTS_MAX) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachments_count", Lesson.ATTACHMENTS_MAX);
        }
        String name = AttachmentType.cleanFileName(fileName);
        if (AttachmentType.ofFileName(name).isEmpty()) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachment_type", name);
        }
        byte[] bytes = readAtMost(content, AttachmentType.MAX_BYTES, name);
        if (bytes.length == 0) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachment_empty", name);
        }
        AttachmentType type = AttachmentType.check(name, bytes);
        return lesson.attach(attachmentStore.store(name, type.contentType(), bytes), clock.instant());
    }

    /** The whole upload, or an INVALID failure as soon as it runs past the limit. */
    private static byte[] readAtMost(InputStream content, long limit, String name) {
        try {
            byte[] bytes = content.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new CoursesException(
                        Kind.INVALID, "courses.error.attachment_too_large", name, limit / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload " + name, e);
        }
    }

    @Override
    public void detach(CourseCode code, long lessonId, long attachmentId) {
        Lesson lesson = lessonOf(get(code), lessonId);
        LessonAttachment attachment = lesson.attachments().stream()
                .filter(a -> a.id() != null && a.id() == attachmentId)
                .findFirst()
                .orElseThrow(
                        () -> new CoursesException(Kind.NOT_FOUND, "courses.error.attachment_not_found", attachmentId));
        lesson.detach(attachmentId);
        deleteUnusedFilesAfterCommit(List.of(attachment));
    }

    /** Deletes, once the transaction commits, the files that no remaining attachment refers to. */
    private void deleteUnusedFilesAfterCommit(List<LessonAttachment> removed) {
        if (removed.isEmpty()) {
            return;
        }
        Set<Long> removedIds = removed.stream().map(LessonAttachment::id).collect(Collectors.toSet());
        List<String> unused = removed.stream()
                .map(LessonAttachment::storageKey)
                .distinct()
                .filter(key -> !courses.isStorageKeyUsed(key, removedIds))
                .toList();
        if (unused.isEmpty()) {
            return;
        }
        afterCompletion(committed -> {
            if (committed) {
                unused.forEach(attachmentStore::delete);
            }
        });
    }

    /** Runs once the current transaction has ended; a file that cannot be deleted is logged, never thrown. */
    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    action.accept(status == Status.STATUS_COMMITTED);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "An attachment file could not be cleaned up", e);
                }
            }
        });
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
        requireText(content.title(), Course.TITLE_MAX, "title");
        BilingualText body = new BilingualText(
                LessonHtml.sanitize(content.body().zh()),
                LessonHtml.sanitize(content.body().en()));
        if (body.zh().isBlank() || body.en().isBlank()) {
            throw new CoursesException(Kind.INVALID, "courses.error.lesson_body_empty");
        }
        return new LessonContent(content.slug(), content.title(), body, content.estimatedMinutes(), content.sources());
    }
}
