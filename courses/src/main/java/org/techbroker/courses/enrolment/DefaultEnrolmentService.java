package org.techbroker.courses.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.CourseRepository;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.practice.PracticeAnswer;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The learning use cases. A course is complete when every lesson is done and every module with a
 * quiz has a passing attempt; the completion is recorded the moment the last of these happens,
 * and {@link CourseCompleted} is fired in the same transaction.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultEnrolmentService implements EnrolmentService {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseRepository courses;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Inject
    Clock clock;

    @Override
    public Enrolment enrol(AccountId account, CourseCode code) {
        Optional<Enrolment> existing = enrolments.find(account, code);
        if (existing.isPresent()) {
            return existing.get();
        }
        Course course = courses.findByCode(code)
                .filter(Course::isPublished)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.course_not_found", code));
        for (CourseCode prerequisite : course.prerequisites()) {
            if (completion(account, prerequisite).isEmpty()) {
                throw new CoursesException(Kind.CONFLICT, "courses.error.prerequisite_missing", prerequisite);
            }
        }
        Enrolment enrolment = new Enrolment(account, course, clock.instant());
        enrolments.add(enrolment);
        return enrolment;
    }

    @Override
    public Optional<Enrolment> find(AccountId account, CourseCode course) {
        return enrolments.find(account, course);
    }

    @Override
    public List<Enrolment> enrolments(AccountId account) {
        return enrolments.findByAccount(account);
    }

    @Override
    public Lesson openLesson(AccountId account, long lessonId) {
        Lesson lesson = lesson(lessonId);
        enrolmentFor(account, lesson.module().course()).read(lesson);
        return lesson;
    }

    @Override
    public Progress markLessonDone(AccountId account, long lessonId) {
        Lesson lesson = lesson(lessonId);
        Enrolment enrolment = enrolmentFor(account, lesson.module().course());
        enrolment.markDone(lesson, clock.instant());
        return completeIfDue(enrolment);
    }

    @Override
    public QuizResult submitQuiz(AccountId account, long moduleId, Map<Long, PracticeAnswer> answers) {
        CourseModule module = courses.findModule(moduleId)
                .filter(m -> m.course().isPublished())
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.module_not_found", moduleId));
        if (!module.hasQuiz()) {
            throw new CoursesException(Kind.CONFLICT, "courses.error.module_without_quiz", moduleId);
        }
        Enrolment enrolment = enrolmentFor(account, module.course());
        Map<Long, Boolean> correctByItem = new HashMap<>();
        int correct = 0;
        for (PracticeItem item : module.practiceItems()) {
            boolean right = item.isCorrect(answers.getOrDefault(item.id(), PracticeAnswer.none()));
            correctByItem.put(item.id(), right);
            if (right) {
                correct++;
            }
        }
        QuizAttempt attempt = new QuizAttempt(
                enrolment, moduleId, correct, module.practiceItems().size(), module.passMarkPercent(), clock.instant());
        enrolments.add(attempt);
        return new QuizResult(attempt, correctByItem, completeIfDue(enrolment));
    }

    @Override
    public Progress progress(AccountId account, CourseCode code) {
        return enrolments
                .find(account, code)
                .map(this::progressOf)
                .orElseThrow(() -> new CoursesException(Kind.CONFLICT, "courses.error.not_enrolled", code));
    }

    @Override
    public List<QuizAttempt> attempts(AccountId account, CourseCode code) {
        return enrolments.find(account, code).map(enrolments::attempts).orElse(List.of());
    }

    @Override
    public Optional<CourseCompletion> completion(AccountId account, CourseCode course) {
        return enrolments.find(account, course).flatMap(DefaultEnrolmentService::completionOf);
    }

    @Override
    public List<CourseCompletion> completions(AccountId account) {
        return enrolments.findByAccount(account).stream()
                .flatMap(e -> completionOf(e).stream())
                .toList();
    }

    private Progress completeIfDue(Enrolment enrolment) {
        Progress progress = progressOf(enrolment);
        boolean allDone = progress.lessonsDone() == progress.lessonCount()
                && progress.passedModuleIds().size() == progress.quizCount();
        if (allDone && progress.lessonCount() > 0 && enrolment.complete(clock.instant())) {
            courseCompleted.fire(new CourseCompleted(completionOf(enrolment).orElseThrow()));
            return progressOf(enrolment);
        }
        return progress;
    }

    private Progress progressOf(Enrolment enrolment) {
        Course course = enrolment.course();
        List<Lesson> lessons = course.lessons();
        int done = (int) lessons.stream().filter(enrolment::isDone).count();
        Set<Long> quizModules = new HashSet<>();
        course.modules().stream().filter(CourseModule::hasQuiz).forEach(m -> quizModules.add(m.id()));
        Set<Long> passed = new HashSet<>();
        for (QuizAttempt attempt : enrolments.attempts(enrolment)) {
            if (attempt.passed() && quizModules.contains(attempt.moduleId())) {
                passed.add(attempt.moduleId());
            }
        }
        Long resume = enrolment.lastLessonId().orElseGet(() -> lessons.stream()
                .filter(l -> !enrolment.isDone(l))
                .findFirst()
                .map(Lesson::id)
                .orElse(null));
        Instant completedAt = enrolment.completedAt().orElse(null);
        return new Progress(done, lessons.size(), passed, quizModules.size(), resume, completedAt);
    }

    private static Optional<CourseCompletion> completionOf(Enrolment enrolment) {
        return enrolment
                .completedAt()
                .map(at -> new CourseCompletion(
                        enrolment.account(),
                        enrolment.course().code(),
                        at,
                        enrolment
                                .completionCreditHours()
                                .orElse(enrolment.course().creditHours())));
    }

    private Lesson lesson(long lessonId) {
        return courses.findLesson(lessonId)
                .filter(l -> l.module().course().isPublished())
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.lesson_not_found", lessonId));
    }

    private Enrolment enrolmentFor(AccountId account, Course course) {
        return enrolments
                .find(account, course.code())
                .orElseThrow(() -> new CoursesException(Kind.CONFLICT, "courses.error.not_enrolled", course.code()));
    }
}
