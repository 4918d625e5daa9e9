package org.techbroker.courses.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where courses are kept. */
public interface CourseRepository {

    Optional<Course> findByCode(CourseCode code);

    boolean exists(CourseCode code);

    /** Published courses matching the query, ordered by code. */
    List<Course> findPublished(CatalogQuery query);

    /** Every course, drafts included, ordered by code: for authors. */
    List<Course> findAll();

    Optional<Lesson> findLesson(long lessonId);

    Optional<CourseModule> findModule(long moduleId);

    Optional<LessonAttachment> findAttachment(long attachmentId);

    /** Whether an attachment other than these refers to the stored file (files are kept once per content). */
    boolean isStorageKeyUsed(String storageKey, Collection<Long> exceptAttachmentIds);

    void add(Course course);
}
