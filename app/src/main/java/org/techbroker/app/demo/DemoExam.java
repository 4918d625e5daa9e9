package org.techbroker.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.CandidateSitting;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.FormAssembler;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.practice.PracticeAnswer;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The demo exam, so that a newcomer can sit the junior exam at once: the junior blueprint, an open
 * junior sitting, and the demo trainee eligible (every lesson of the three junior courses done and
 * every module quiz passed, through the learning service, so that completions are recorded as a
 * trainee's would be) and registered. It runs after the demo accounts, the catalogue and the item
 * bank; each step is skipped when already done, so a restart changes nothing. When the bank cannot
 * satisfy the blueprint (no item file), the exam demo is skipped and the reason logged.
 */
@ApplicationScoped
public class DemoExam {

    private static final Logger LOG = Logger.getLogger(DemoExam.class.getName());

    static final QualificationLevel LEVEL = QualificationLevel.JUNIOR;
    static final List<CourseCode> COURSES =
            List.of(new CourseCode("IPL-101"), new CourseCode("TCL-201"), new CourseCode("TTP-201"));
    static final Map<Difficulty, Integer> PER_TOPIC =
            Map.of(Difficulty.EASY, 2, Difficulty.MEDIUM, 4, Difficulty.HARD, 2);
    static final BilingualText TITLE = new BilingualText("初级技术经纪人资格考试（演示）", "Junior technology broker exam (demo)");
    static final int CAPACITY = 200;
    static final Duration OPEN_FOR = Duration.ofDays(30);

    @Inject
    DemoData demoData;

    @Inject
    ExamAdministration administration;

    @Inject
    ExamService exams;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService learning;

    @Inject
    DemoTransaction demoTransaction;

    @Inject
    Clock clock;

    /** The junior blueprint of the demo: 24 objective items, one essay, 90 minutes. */
    public static BlueprintTerms blueprint() {
        List<BlueprintCell> cells = new ArrayList<>();
        for (CourseCode course : COURSES) {
            for (Difficulty difficulty : Difficulty.values()) {
                cells.add(new BlueprintCell(course, difficulty, PER_TOPIC.get(difficulty)));
            }
        }
        return new BlueprintTerms(cells, 1, 90, 60, 60, true, Set.copyOf(COURSES));
    }

    /** One transaction: a failure leaves no half-made exam demo behind, and never stops the server. */
    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(DemoData.PRIORITY + 100) DatabaseReady ready) {
        if (!demoData.isWanted()) {
            return;
        }
        demoTransaction.run("Demo exam", this::load);
    }

    private Optional<String> load() {
        if (administration.blueprint(LEVEL).isEmpty()) {
            List<FormAssembler.Shortfall> shortfalls = administration.shortfalls(LEVEL, blueprint());
            if (!shortfalls.isEmpty()) {
                LOG.warning(() -> "Demo exam skipped: the item bank cannot satisfy the junior blueprint "
                        + "(available/needed) " + shortfalls);
                return Optional.empty();
            }
            administration.saveBlueprint(LEVEL, blueprint(), null);
        }
        Instant now = clock.instant();
        Sitting sitting = administration.sittings().stream()
                .filter(s -> s.level() == LEVEL
                        && s.title().equals(TITLE)
                        && s.closesAt().isAfter(now))
                .findFirst()
                .orElse(null);
        boolean created = sitting == null;
        if (created) {
            List<FormAssembler.Shortfall> shortfalls = administration.shortfalls(
                    LEVEL, administration.blueprint(LEVEL).orElseThrow().terms());
            if (!shortfalls.isEmpty()) {
                LOG.warning(() -> "Demo exam skipped: the item bank cannot satisfy the junior blueprint "
                        + "(available/needed) " + shortfalls);
                return Optional.empty();
            }
            sitting = administration.createSitting(
                    LEVEL, new SittingTerms(TITLE, now.minus(Duration.ofHours(1)), now.plus(OPEN_FOR), CAPACITY));
        }
        Optional<Account> trainee = accounts.findByUsername(DemoData.TRAINEE);
        if (trainee.isEmpty()) {
            return Optional.of("Demo exam: junior sitting " + sitting.id() + " ready; no demo trainee to register");
        }
        AccountId account = trainee.get().id();
        int completed = completeCourses(account, sitting.requiredCourses());
        CandidateSitting candidate = exams.sitting(account, sitting.id());
        boolean registered = candidate.registered();
        if (!registered) {
            exams.register(account, sitting.id());
        }
        long sittingId = sitting.id();
        int coursesCompleted = completed;
        return Optional.of("Demo exam: junior sitting " + sittingId + (created ? " created" : " already there") + "; "
                + coursesCompleted + " courses completed for the demo trainee; "
                + (registered ? "already registered" : "registered"));
    }

    /** Completes the courses the person has not completed yet; answers how many that was. */
    int completeCourses(AccountId account, Set<CourseCode> codes) {
        int completed = 0;
        for (CourseCode code : codes) {
            if (learning.completion(account, code).isEmpty()) {
                complete(account, code);
                completed++;
            }
        }
        return completed;
    }

    /** Every lesson done and every quiz passed with the right answers, as a diligent trainee would. */
    private void complete(AccountId account, CourseCode code) {
        learning.enrol(account, code);
        Course course = catalog.get(code);
        for (CourseModule module : course.modules()) {
            for (Lesson lesson : module.lessons()) {
                learning.markLessonDone(account, lesson.id());
            }
            if (module.hasQuiz()) {
                Map<Long, PracticeAnswer> answers = new HashMap<>();
                for (PracticeItem item : module.practiceItems()) {
                    answers.put(item.id(), rightAnswer(item));
                }
                learning.submitQuiz(account, module.id(), answers);
            }
        }
    }

    private static PracticeAnswer rightAnswer(PracticeItem item) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> PracticeAnswer.choosing(item.correctKeys());
            case TRUE_FALSE -> PracticeAnswer.judging(item.trueFalseAnswer());
            case NUMERIC -> PracticeAnswer.numbering(item.numericAnswer());
        };
    }
}
