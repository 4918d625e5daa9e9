package org.techbroker.courses.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.CourseRepository;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.content.CourseDocument.LessonDocument;
import org.techbroker.courses.content.CourseDocument.ModuleDocument;
import org.techbroker.courses.content.CourseImportSet.Attachment;
import org.techbroker.courses.content.CourseImportSet.SourceFile;
import org.techbroker.courses.content.CourseSetValidator.Entry;
import org.techbroker.courses.content.CourseSetValidator.StoredCourse;
import org.techbroker.courses.content.ImportReport.CourseOutcome;
import org.techbroker.courses.content.ImportReport.Outcome;
import org.techbroker.courses.practice.PracticeItem;

/**
 * Imports courses from files, all or nothing: the whole set is validated first (every file, the
 * rules across files, the catalogue as it will be afterwards), and on any error nothing is
 * written and a {@link CourseImportException} lists every problem. A valid set is written in one
 * transaction: new courses are created; a stored course is updated to say what its file says,
 * modules matched by position and lessons by slug, so a lesson keeps its id, and trainees their
 * progress on it, even when it moves to another module; practice items are replaced; an
 * unchanged course is left untouched. Lesson bodies are stored sanitised.
 */
@ApplicationScoped
@Transactional
public class CourseImporter {

    @Inject
    CourseRepository courses;

    @Inject
    AttachmentStore attachments;

    @Inject
    CourseStructure structure;

    @Inject
    Clock clock;

    /** Validates an archive against the catalogue and says what an import would do; writes nothing. */
    public ImportReport check(byte[] archive) {
        CourseImportSet set = CourseImportSet.ofArchive(archive, stored(), true);
        requireValid(set);
        return outcomes(set, true, false);
    }

    /** Imports an archive: new courses are created, stored ones updated. */
    public ImportReport importArchive(byte[] archive) {
        CourseImportSet set = CourseImportSet.ofArchive(archive, stored(), true);
        requireValid(set);
        return outcomes(set, true, true);
    }

    /**
     * Imports the courses of the files that the catalogue does not hold yet, and leaves every
     * stored course as it is, even when its file says otherwise (an author may have edited it).
     * The whole set is validated all the same.
     */
    public ImportReport importNew(List<SourceFile> files) {
        CourseImportSet set = CourseImportSet.ofFiles(files, stored(), false);
        requireValid(set);
        return outcomes(set, false, true);
    }

    private static void requireValid(CourseImportSet set) {
        if (!set.isValid()) {
            throw new CourseImportException(set.problems());
        }
    }

    private Map<CourseCode, StoredCourse> stored() {
        Map<CourseCode, StoredCourse> stored = new HashMap<>();
        for (Course course : courses.findAll()) {
            stored.put(course.code(), new StoredCourse(course.code(), course.status(), course.prerequisites()));
        }
        return stored;
    }

    private ImportReport outcomes(CourseImportSet set, boolean replaceStored, boolean write) {
        Instant now = clock.instant();
        List<CourseOutcome> outcomes = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>(set.problems());
        for (Entry entry : set.courses()) {
            CourseDocument document = entry.course();
            List<Attachment> files = set.attachments().stream()
                    .filter(a -> a.code().equals(document.code()))
                    .toList();
            Optional<Course> existing = courses.findByCode(document.code());
            Outcome outcome;
            if (existing.isEmpty()) {
                outcome = Outcome.CREATED;
                if (write) {
                    create(document, files, now);
                }
            } else if (!replaceStored) {
                outcome = Outcome.SKIPPED;
            } else if (isUnchanged(existing.get(), document, files)) {
                outcome = Outcome.UNCHANGED;
            } else {
                outcome = Outcome.UPDATED;
                List<String> removed =
                        write ? update(existing.get(), document, files, now) : removedSlugs(existing.get(), document);
                removed.forEach(
                        slug -> warnings.add(ImportProblem.warning(entry.file(), "", ImportRule.LESSON_REMOVED, slug)));
            }
            outcomes.add(new CourseOutcome(
                    document.code(), outcome, document.lessons().size(), document.itemCount(), files.size()));
        }
        return new ImportReport(outcomes, warnings);
    }

    private static boolean isUnchanged(Course stored, CourseDocument document, List<Attachment> files) {
        if (!CourseDocuments.of(stored).comparable().equals(document.comparable())) {
            return false;
        }
        Set<String> storedFiles = new HashSet<>();
        for (Lesson lesson : stored.lessons()) {
            for (LessonAttachment attachment : lesson.attachments()) {
                storedFiles.add(lesson.slug() + "/" + attachment.fileName() + "/" + attachment.sha256());
            }
        }
        Set<String> newFiles = files.stream()
                .map(a -> a.slug() + "/" + a.fileName() + "/" + a.sha256())
                .collect(Collectors.toSet());
        return storedFiles.equals(newFiles);
    }

    private void create(CourseDocument document, List<Attachment> files, Instant now) {
        Course course = new Course(document.code(), CourseDocuments.description(document), now);
        courses.add(course);
        for (ModuleDocument moduleDocument : document.modules()) {
            CourseModule module = course.addModule(moduleDocument.title(), moduleDocument.passMarkPercent(), now);
            for (LessonDocument lessonDocument : moduleDocument.lessons()) {
                Lesson lesson = module.addLesson(CourseDocuments.content(lessonDocument), now);
                attach(lesson, files, now);
            }
            moduleDocument.items().forEach(module::addPracticeItem);
        }
        setStatus(course, document.status(), now);
    }

    /** Brings a stored course in line with its document; answers the slugs of the lessons removed. */
    private List<String> update(Course stored, CourseDocument document, List<Attachment> files, Instant now) {
        Course course = stored;
        course.describe(CourseDocuments.description(document), now);
        List<ModuleDocument> modules = document.modules();
        for (int i = course.modules().size(); i < modules.size(); i++) {
            course.addModule(modules.get(i).title(), modules.get(i).passMarkPercent(), now);
        }

        // Lessons that the file places in another module move there first, keeping their ids.
        Map<String, Integer> moduleOfSlug = new HashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            for (LessonDocument lesson : modules.get(i).lessons()) {
                moduleOfSlug.put(lesson.slug(), i);
            }
        }
        structure.flush();
        boolean moved = false;
        for (CourseModule module : List.copyOf(course.modules())) {
            for (Lesson lesson : List.copyOf(module.lessons())) {
                Integer target = moduleOfSlug.get(lesson.slug());
                if (target != null && target != course.modules().indexOf(module)) {
                    structure.moveLesson(lesson, course.modules().get(target));
                    moved = true;
                }
            }
        }
        if (moved) {
            course = structure.reload(course);
        }

        List<String> removed = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            CourseModule module = course.modules().get(i);
            if (i >= modules.size()) {
                module.lessons().forEach(lesson -> removed.add(lesson.slug()));
                continue;
            }
            ModuleDocument moduleDocument = modules.get(i);
            module.rename(moduleDocument.title());
            module.setPassMark(moduleDocument.passMarkPercent());
            Set<String> slugs =
                    moduleDocument.lessons().stream().map(LessonDocument::slug).collect(Collectors.toSet());
            for (Lesson lesson : List.copyOf(module.lessons())) {
                if (!slugs.contains(lesson.slug())) {
                    removed.add(lesson.slug());
                    module.removeLesson(lesson.id(), now);
                }
            }
            Map<String, Lesson> bySlug = new LinkedHashMap<>();
            module.lessons().forEach(lesson -> bySlug.put(lesson.slug(), lesson));
            List<Lesson> order = new ArrayList<>();
            for (LessonDocument lessonDocument : moduleDocument.lessons()) {
                Lesson lesson = bySlug.get(lessonDocument.slug());
                if (lesson == null) {
                    lesson = module.addLesson(CourseDocuments.content(lessonDocument), now);
                } else {
                    lesson.revise(CourseDocuments.content(lessonDocument), now);
                }
                syncAttachments(lesson, files, now);
                order.add(lesson);
            }
            module.arrangeLessons(order, now);
            for (PracticeItem item : List.copyOf(module.practiceItems())) {
                module.removePracticeItem(item.id());
            }
            moduleDocument.items().forEach(module::addPracticeItem);
        }
        while (course.modules().size() > modules.size()) {
            course.removeModule(
                    course.modules().get(course.modules().size() - 1).id(), now);
        }
        setStatus(course, document.status(), now);
        return removed;
    }

    private static List<String> removedSlugs(Course stored, CourseDocument document) {
        Set<String> kept = document.lessons().stream().map(LessonDocument::slug).collect(Collectors.toSet());
        return stored.lessons().stream()
                .map(Lesson::slug)
                .filter(slug -> !kept.contains(slug))
                .toList();
    }

    private void attach(Lesson lesson, List<Attachment> files, Instant now) {
        for (Attachment file : files) {
            if (file.slug().equals(lesson.slug())) {
                lesson.attach(attachments.store(file.fileName(), file.type().contentType(), file.bytes()), now);
            }
        }
    }

    /** The lesson's attachments become the archive's: the same files stay, others go, new ones come. */
    private void syncAttachments(Lesson lesson, List<Attachment> files, Instant now) {
        List<Attachment> wanted =
                files.stream().filter(f -> f.slug().equals(lesson.slug())).toList();
        for (LessonAttachment attachment : List.copyOf(lesson.attachments())) {
            boolean keep = wanted.stream()
                    .anyMatch(f -> f.fileName().equals(attachment.fileName())
                            && f.sha256().equals(attachment.sha256()));
            if (!keep) {
                lesson.detach(attachment.id());
            }
        }
        for (Attachment file : wanted) {
            boolean present = lesson.attachments().stream()
                    .anyMatch(a ->
                            a.fileName().equals(file.fileName()) && a.sha256().equals(file.sha256()));
            if (!present) {
                lesson.attach(attachments.store(file.fileName(), file.type().contentType(), file.bytes()), now);
            }
        }
    }

    private static void setStatus(Course course, CourseStatus status, Instant now) {
        if (status == CourseStatus.PUBLISHED && !course.isPublished()) {
            course.publish(now);
        } else if (status == CourseStatus.DRAFT && course.isPublished()) {
            course.unpublish(now);
        }
    }
}
