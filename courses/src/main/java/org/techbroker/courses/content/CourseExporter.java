package org.techbroker.courses.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseRepository;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.content.CourseSetValidator.StoredCourse;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Writes courses of the catalogue as a course archive, which {@link CourseImporter} reads back to
 * the same courses. A course that the format cannot express yet (a draft with a module that has
 * no lesson or no practice item, say) is refused with the problems its file would have, so that no
 * archive leaves Techbroker that Techbroker would not take back.
 */
@ApplicationScoped
@Transactional
public class CourseExporter {

    public static final String CONTENT_TYPE = "application/zip";

    @Inject
    CourseRepository courses;

    @Inject
    AttachmentStore attachments;

    /** A course as the export list shows it. */
    public record ExportableCourse(
            CourseCode code, BilingualText title, CourseStatus status, int lessons, int items, int attachments) {}

    /** Every course of the catalogue, drafts included, by code. */
    public List<ExportableCourse> exportable() {
        return courses.findAll().stream()
                .map(course -> new ExportableCourse(
                        course.code(),
                        course.title(),
                        course.status(),
                        course.lessons().size(),
                        course.modules().stream()
                                .mapToInt(m -> m.practiceItems().size())
                                .sum(),
                        course.lessons().stream()
                                .mapToInt(l -> l.attachments().size())
                                .sum()))
                .toList();
    }

    /** The archive of these courses; fails with NOT_FOUND for an unknown code. */
    public byte[] export(List<CourseCode> codes) {
        List<CourseDocument> documents = new ArrayList<>();
        List<CourseArchiveWriter.File> files = new ArrayList<>();
        for (CourseCode code : codes) {
            Course course = courses.findByCode(code)
                    .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.course_not_found", code));
            documents.add(CourseDocuments.of(course));
            for (Lesson lesson : course.lessons()) {
                for (LessonAttachment attachment : lesson.attachments()) {
                    files.add(new CourseArchiveWriter.File(
                            code.value(), lesson.slug(), attachment.fileName(), read(attachment)));
                }
            }
        }
        byte[] archive = CourseArchiveWriter.write(documents, files);
        CourseImportSet check = CourseImportSet.ofArchive(archive, stored(), true);
        if (!check.isValid()) {
            throw new CourseImportException("courses.export.error.invalid", check.problems());
        }
        return archive;
    }

    /** The file name an archive of these courses is offered under. */
    public static String fileName(List<CourseCode> codes) {
        return (codes.size() == 1 ? codes.get(0).value() : "courses") + ".zip";
    }

    private byte[] read(LessonAttachment attachment) {
        try (InputStream in = attachments.open(attachment.storageKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<CourseCode, StoredCourse> stored() {
        Map<CourseCode, StoredCourse> stored = new HashMap<>();
        for (Course course : courses.findAll()) {
            stored.put(course.code(), new StoredCourse(course.code(), course.status(), course.prerequisites()));
        }
        return stored;
    }
}
