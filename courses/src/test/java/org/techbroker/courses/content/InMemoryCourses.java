package org.techbroker.courses.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.CourseRepository;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;

/**
 * A catalogue in memory, for unit tests of the importer and exporter. Entities never get ids
 * here, so it serves imports that create courses and exports; updates, which match stored lessons
 * and items by id, are tested in the server against the database.
 */
final class InMemoryCourses implements CourseRepository, CourseStructure {

    private final Map<String, Course> courses = new TreeMap<>();

    @Override
    public Optional<Course> findByCode(CourseCode code) {
        return Optional.ofNullable(courses.get(code.value()));
    }

    @Override
    public boolean exists(CourseCode code) {
        return courses.containsKey(code.value());
    }

    @Override
    public List<Course> findPublished(CatalogQuery query) {
        return findAll().stream().filter(Course::isPublished).toList();
    }

    @Override
    public List<Course> findAll() {
        return courses.values().stream()
                .sorted(Comparator.comparing(c -> c.code().value()))
                .toList();
    }

    @Override
    public Optional<Lesson> findLesson(long lessonId) {
        return Optional.empty();
    }

    @Override
    public Optional<CourseModule> findModule(long moduleId) {
        return Optional.empty();
    }

    @Override
    public Optional<LessonAttachment> findAttachment(long attachmentId) {
        return Optional.empty();
    }

    /** Entities have no ids here, so whether a file is shared is told by comparing keys only. */
    @Override
    public boolean isStorageKeyUsed(String storageKey, Collection<Long> exceptAttachmentIds) {
        return courses.values().stream()
                .flatMap(course -> course.lessons().stream())
                .flatMap(lesson -> lesson.attachments().stream())
                .anyMatch(attachment ->
                        attachment.storageKey().equals(storageKey) && !exceptAttachmentIds.contains(attachment.id()));
    }

    @Override
    public void add(Course course) {
        courses.put(course.code().value(), course);
    }

    @Override
    public void flush() {
        // nothing to write
    }

    @Override
    public void moveLesson(Lesson lesson, CourseModule target) {
        throw new UnsupportedOperationException("Moves need the database");
    }

    @Override
    public Course reload(Course course) {
        return course;
    }
}
