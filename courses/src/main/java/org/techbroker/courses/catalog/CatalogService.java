package org.techbroker.courses.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue: what trainees browse (published courses only) and what authors edit (every
 * course). Lesson bodies are sanitised on the way in. Failures are {@code CoursesException}s
 * with message keys.
 */
public interface CatalogService {

    List<Course> publishedCourses(@NotNull CatalogQuery query);

    Optional<Course> findPublished(@NotNull CourseCode code);

    /** Any course, drafts included: for authors and staff. */
    Optional<Course> find(@NotNull CourseCode code);

    /** The course, or a NOT_FOUND failure. */
    Course get(@NotNull CourseCode code);

    List<Course> allCourses();

    Optional<Lesson> findLesson(long lessonId);

    /** Any module, drafts included: the quiz page finds its module by id. */
    Optional<CourseModule> findModule(long moduleId);

    Course createCourse(@NotNull CourseCode code, @NotNull @Valid CourseDescription description);

    /** Changes the description; fails with CONFLICT when someone saved the course since {@code expectedVersion}. */
    Course describeCourse(
            @NotNull CourseCode code, @NotNull @Valid CourseDescription description, long expectedVersion);

    CourseModule addModule(@NotNull CourseCode code, @NotNull BilingualText title, int passMarkPercent);

    CourseModule reviseModule(
            @NotNull CourseCode code, long moduleId, @NotNull BilingualText title, int passMarkPercent);

    void moveModule(@NotNull CourseCode code, long moduleId, boolean up);

    void removeModule(@NotNull CourseCode code, long moduleId);

    Lesson addLesson(@NotNull CourseCode code, long moduleId, @NotNull LessonContent content);

    /** Changes a lesson's text in place: its id, and so every trainee's progress on it, stays. */
    Lesson reviseLesson(@NotNull CourseCode code, long lessonId, @NotNull LessonContent content);

    void moveLesson(@NotNull CourseCode code, long lessonId, boolean up);

    void removeLesson(@NotNull CourseCode code, long lessonId);

    /** An attachment of any lesson, drafts included; whoever serves it checks who may read it. */
    Optional<LessonAttachment> findAttachment(long attachmentId);

    /**
     * Checks a file (a PDF, PNG or JPEG file whose content is what its name says, at most {@link
     * org.techbroker.courses.content.AttachmentType#MAX_BYTES}), stores it and attaches it to the
     * lesson; an INVALID failure, with nothing attached, when the file is refused or the lesson has
     * {@link Lesson#ATTACHMENTS_MAX} attachments already.
     */
    LessonAttachment attach(@NotNull CourseCode code, long lessonId, String fileName, @NotNull InputStream content);

    /** Removes the attachment from the lesson; its file goes once the removal is committed, unless another attachment shares it. */
    void detach(@NotNull CourseCode code, long lessonId, long attachmentId);

    Course publish(@NotNull CourseCode code);

    Course unpublish(@NotNull CourseCode code);
}
