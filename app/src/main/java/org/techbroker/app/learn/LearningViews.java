package org.techbroker.app.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.enrolment.CourseCompletion;
import org.techbroker.courses.enrolment.Enrolment;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.enrolment.Progress;
import org.techbroker.courses.enrolment.QuizAttempt;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.shared.AccountId;

/**
 * What the learning pages show, read from the catalogue and the enrolments in one transaction and
 * handed to the pages as plain records in the reader's language. The pages never touch an entity,
 * so nothing is loaded lazily after the transaction has ended, and a page reads the same state
 * from top to bottom.
 *
 * <p>Who may see what is decided here, once for every page: trainees see published courses only;
 * an enrolled person reads lessons and quizzes; an administrator may preview any of them, drafts
 * included, without enrolling and without any progress being recorded.
 */
@ApplicationScoped
@Transactional
public class LearningViews {

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService enrolments;

    /** The published courses that match, with the reader's progress in those they are enrolled in. */
    public List<CourseCard> catalogue(CatalogQuery query, Optional<AccountId> reader, Locale locale) {
        Map<String, Standing> mine = new HashMap<>();
        reader.ifPresent(account -> enrolments
                .enrolments(account)
                .forEach(e -> mine.put(
                        e.course().code().value(),
                        Standing.of(enrolments.progress(account, e.course().code())))));
        return catalog.publishedCourses(query).stream()
                .map(course -> new CourseCard(
                        course.code().value(),
                        course.title().in(locale),
                        course.summary().in(locale),
                        sorted(course.levels()),
                        sorted(course.tracks()),
                        course.syllabusModule(),
                        course.creditHours(),
                        course.totalMinutes(),
                        mine.get(course.code().value())))
                .toList();
    }

    /**
     * The course's overview, or empty when the reader may not know it exists: unknown, or a draft
     * shown to anyone but a previewing administrator.
     */
    public Optional<CourseOverview> course(
            CourseCode code, Optional<AccountId> reader, boolean mayPreview, Locale locale) {
        Optional<Course> found = mayPreview ? catalog.find(code) : catalog.findPublished(code);
        return found.map(course -> overview(course, reader, locale));
    }

    private CourseOverview overview(Course course, Optional<AccountId> reader, Locale locale) {
        CourseCode code = course.code();
        Optional<Enrolment> enrolment = reader.flatMap(account -> enrolments.find(account, code));
        Progress progress =
                enrolment.map(e -> enrolments.progress(e.account(), code)).orElse(null);
        List<QuizAttempt> attempts =
                enrolment.map(e -> enrolments.attempts(e.account(), code)).orElse(List.of());
        Optional<CourseCompletion> completion = enrolment.flatMap(e -> enrolments.completion(e.account(), code));

        List<CourseOverview.Prerequisite> prerequisites = new ArrayList<>();
        for (CourseCode prerequisite : course.prerequisites()) {
            String title = catalog.findPublished(prerequisite)
                    .map(c -> c.title().in(locale))
                    .orElse(null);
            boolean completed = reader.flatMap(account -> enrolments.completion(account, prerequisite))
                    .isPresent();
            prerequisites.add(new CourseOverview.Prerequisite(prerequisite.value(), title, completed));
        }

        List<CourseOverview.ModuleLine> modules = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            List<CourseOverview.LessonLine> lessons = module.lessons().stream()
                    .map(lesson -> new CourseOverview.LessonLine(
                            lesson.id(),
                            lesson.title().in(locale),
                            lesson.estimatedMinutes(),
                            enrolment.map(e -> e.isDone(lesson)).orElse(false)))
                    .toList();
            List<QuizAttempt> moduleAttempts =
                    attempts.stream().filter(a -> a.moduleId() == module.id()).toList();
            modules.add(new CourseOverview.ModuleLine(
                    module.id(),
                    module.position(),
                    module.title().in(locale),
                    lessons,
                    module.practiceItems().size(),
                    module.passMarkPercent(),
                    progress != null && progress.passedModuleIds().contains(module.id()),
                    bestScore(moduleAttempts),
                    moduleAttempts.size()));
        }
        return new CourseOverview(
                code.value(),
                course.title().in(locale),
                course.summary().in(locale),
                sorted(course.levels()),
                sorted(course.tracks()),
                course.syllabusModule(),
                course.creditHours(),
                course.totalMinutes(),
                course.isPublished(),
                prerequisites,
                modules,
                progress == null ? null : Standing.of(progress),
                completion.map(CourseCompletion::completedAt).orElse(null),
                completion.map(CourseCompletion::creditHours).orElse(null));
    }

    /**
     * Opens a lesson: for an enrolled reader it becomes the place to resume. Empty when the reader
     * may not know the lesson exists (unknown, or in a draft that they may not preview).
     */
    public Optional<LessonPage> openLesson(
            long lessonId, Optional<AccountId> reader, boolean mayPreview, Locale locale) {
        Optional<Lesson> found = catalog.findLesson(lessonId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Lesson lesson = found.get();
        Course course = lesson.module().course();
        Optional<Enrolment> enrolment = course.isPublished()
                ? reader.flatMap(account -> enrolments.find(account, course.code()))
                : Optional.empty();
        LessonPage.Access access;
        if (enrolment.isPresent()) {
            enrolments.openLesson(enrolment.get().account(), lessonId);
            access = LessonPage.Access.LEARNER;
        } else if (mayPreview) {
            access = LessonPage.Access.PREVIEW;
        } else if (course.isPublished()) {
            access = LessonPage.Access.NOT_ENROLLED;
        } else {
            return Optional.empty();
        }
        boolean readable = access != LessonPage.Access.NOT_ENROLLED;
        List<Lesson> all = course.lessons();
        int index = all.indexOf(lesson);
        CourseModule module = lesson.module();
        return Optional.of(new LessonPage(
                lesson.id(),
                access,
                course.code().value(),
                course.title().in(locale),
                module.id(),
                module.position(),
                module.title().in(locale),
                module.hasQuiz(),
                lesson.title().in(locale),
                readable ? lesson.body().in(locale) : "",
                lesson.estimatedMinutes(),
                readable ? lesson.sources() : List.of(),
                readable
                        ? lesson.attachments().stream()
                                .map(a ->
                                        new LessonPage.Attachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes()))
                                .toList()
                        : List.of(),
                index > 0 ? link(all.get(index - 1), locale) : null,
                index < all.size() - 1 ? link(all.get(index + 1), locale) : null,
                enrolment.map(e -> e.doneLessons().get(lesson.id())).orElse(null)));
    }

    /**
     * A module's quiz. Empty when the module is unknown, has no quiz, or the reader may not know it
     * exists (a draft they may not preview).
     */
    public Optional<QuizPage> quiz(long moduleId, Optional<AccountId> reader, boolean mayPreview, Locale locale) {
        Optional<CourseModule> found = catalog.findModule(moduleId).filter(CourseModule::hasQuiz);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CourseModule module = found.get();
        Course course = module.course();
        Optional<Enrolment> enrolment = course.isPublished()
                ? reader.flatMap(account -> enrolments.find(account, course.code()))
                : Optional.empty();
        LessonPage.Access access;
        if (enrolment.isPresent()) {
            access = LessonPage.Access.LEARNER;
        } else if (mayPreview) {
            access = LessonPage.Access.PREVIEW;
        } else if (course.isPublished()) {
            access = LessonPage.Access.NOT_ENROLLED;
        } else {
            return Optional.empty();
        }
        List<QuizAttempt> attempts = enrolment
                .map(e -> enrolments.attempts(e.account(), course.code()).stream()
                        .filter(a -> a.moduleId() == moduleId)
                        .toList())
                .orElse(List.of());
        List<QuizPage.Item> items = access == LessonPage.Access.NOT_ENROLLED
                ? List.of()
                : module.practiceItems().stream()
                        .map(item -> item(item, locale))
                        .toList();
        return Optional.of(new QuizPage(
                module.id(),
                access,
                course.code().value(),
                course.title().in(locale),
                module.position(),
                module.title().in(locale),
                module.passMarkPercent(),
                items,
                attempts.stream().anyMatch(QuizAttempt::passed),
                bestScore(attempts)));
    }

    /** The reader's enrolments, most recent first, with where they stand in each. */
    public List<MyCourse> myCourses(AccountId reader, Locale locale) {
        return enrolments.enrolments(reader).stream()
                .map(e -> new MyCourse(
                        e.course().code().value(),
                        e.course().title().in(locale),
                        Standing.of(enrolments.progress(reader, e.course().code()))))
                .toList();
    }

    private static QuizPage.Item item(PracticeItem item, Locale locale) {
        return new QuizPage.Item(
                item.id(),
                item.position(),
                item.type(),
                item.stem().in(locale),
                item.explanation().in(locale),
                item.options().stream()
                        .map(o -> new QuizPage.Option(o.key(), o.text().in(locale), o.correct()))
                        .toList(),
                item.trueFalseAnswer(),
                item.numericAnswer(),
                item.numericTolerance(),
                item.unit() == null ? null : item.unit().in(locale));
    }

    private static LessonPage.Link link(Lesson lesson, Locale locale) {
        return new LessonPage.Link(lesson.id(), lesson.title().in(locale));
    }

    private static BigDecimal bestScore(List<QuizAttempt> attempts) {
        return attempts.stream()
                .map(QuizAttempt::scorePercent)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }
}
