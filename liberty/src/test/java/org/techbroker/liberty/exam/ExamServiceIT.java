package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.Outcome;
import org.techbroker.certification.exam.OverdueAttempts;
import org.techbroker.certification.exam.RegistrationRow;
import org.techbroker.certification.exam.Submission;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamFixtures;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;
import org.techbroker.liberty.support.SeededCourse;

/**
 * In the server, against the real database: eligibility, the form a start draws, saving and
 * scoring, the deadline, the overdue sweep and extra time, through the exam services. Each test
 * seeds its own exam and invents its own people (account ids far above any real account's).
 */
@ExtendWith(ArquillianExtension.class)
class ExamServiceIT {

    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(5_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(
                ExamServiceIT.class,
                CourseFixtures.class,
                SeededCourse.class,
                ExamFixtures.class,
                ExamFixtures.SeededExam.class);
    }

    @Inject
    ExamFixtures fixtures;

    @Inject
    ExamService exams;

    @Inject
    ExamAdministration administration;

    @Inject
    OverdueAttempts overdue;

    private static AccountId someone() {
        return new AccountId(NEXT_ACCOUNT.incrementAndGet());
    }

    @Test
    void onlyThoseWhoCompletedTheRequiredCoursesMayRegister() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        AccountId trainee = someone();

        assertThat(exams.sitting(trainee, exam.sittingId()).eligible()).isFalse();
        assertThat(exams.sitting(trainee, exam.sittingId()).missingCourses())
                .extracting(code -> code.value())
                .containsExactly(exam.course());
        assertThatThrownBy(() -> exams.register(trainee, exam.sittingId()))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.not_eligible"));
        assertThatThrownBy(() -> exams.start(trainee, exam.sittingId()))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.not_registered"));

        fixtures.makeEligible(trainee, exam);
        assertThat(exams.register(trainee, exam.sittingId()).registered()).isTrue();
        assertThat(exams.register(trainee, exam.sittingId()).registered()).isTrue();
        assertThat(administration.registrations(exam.sittingId())).hasSize(1);
    }

    @Test
    void aFullSittingTakesNoMoreRegistrations() {
        SeededExam exam = fixtures.exam(60, 0, 1, 60);
        fixtures.register(someone(), exam);
        AccountId late = someone();
        fixtures.makeEligible(late, exam);

        assertThatThrownBy(() -> exams.register(late, exam.sittingId()))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.sitting_full"));
    }

    @Test
    void startingFixesTheDeadlineAndResumingKeepsIt() {
        SeededExam exam = fixtures.exam(45, 1, 10, 60);
        AccountId trainee = someone();
        fixtures.register(trainee, exam);

        AttemptStart started = exams.start(trainee, exam.sittingId());
        AttemptStart resumed = exams.start(trainee, exam.sittingId());

        assertThat(started.resumed()).isFalse();
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.attemptId()).isEqualTo(started.attemptId());
        assertThat(resumed.deadline()).isEqualTo(started.deadline());
        AttemptView view = exams.attempt(trainee, started.attemptId());
        assertThat(Duration.between(view.startedAt(), view.deadline())).isEqualTo(Duration.ofMinutes(45));
        assertThat(view.items()).hasSize(exam.itemCount() + 1);
        assertThat(view.items().get(view.items().size() - 1).type().name()).isEqualTo("ESSAY");
        assertThat(view.releasedResult()).isEmpty();
    }

    @Test
    void aSittingThatHasNotOpenedRefusesToStart() {
        SeededExam exam = fixtures.exam(60, 0, 10, -3600);
        AccountId trainee = someone();
        fixtures.register(trainee, exam);

        assertThatThrownBy(() -> exams.start(trainee, exam.sittingId()))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.sitting_not_open_yet"));
    }

    @Test
    void rightAnswersScoreFullMarksAndTheResultShowsAfterRelease() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        AccountId trainee = someone();
        fixtures.register(trainee, exam);
        long attemptId = exams.start(trainee, exam.sittingId()).attemptId();

        JsonObject keys = fixtures.keys(attemptId);
        for (String itemId : keys.keySet()) {
            JsonObject key = keys.getJsonObject(itemId);
            AnswerInput answer = key.containsKey("value")
                    ? new AnswerInput.NumericValue(
                            key.getJsonNumber("value").bigDecimalValue().add(BigDecimal.TEN))
                    : new AnswerInput.Selected(
                            key.getJsonArray("selected").getValuesAs(jakarta.json.JsonNumber.class).stream()
                                    .map(jakarta.json.JsonNumber::longValue)
                                    .toList());
            exams.save(trainee, attemptId, Long.parseLong(itemId), answer);
        }
        Submission submission = exams.submit(trainee, attemptId);
        Submission again = exams.submit(trainee, attemptId);

        assertThat(submission.alreadySubmitted()).isFalse();
        assertThat(again.alreadySubmitted()).isTrue();
        assertThat(again.submittedAt()).isEqualTo(submission.submittedAt());
        assertThat(exams.attempt(trainee, attemptId).releasedResult()).isEmpty();

        administration.releaseResults(exam.sittingId());

        AttemptView.Result result =
                exams.attempt(trainee, attemptId).releasedResult().orElseThrow();
        assertThat(result.objectivePoints()).isEqualByComparingTo("6");
        assertThat(result.objectiveMax()).isEqualTo(6);
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result.topics()).singleElement().satisfies(topic -> {
            assertThat(topic.course().value()).isEqualTo(exam.course());
            assertThat(topic.points()).isEqualByComparingTo("6");
        });
    }

    @Test
    void savesAfterTheDeadlineOrTheSubmissionAreRefusedAndChangeNothing() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        AccountId trainee = someone();
        fixtures.register(trainee, exam);
        long attemptId = exams.start(trainee, exam.sittingId()).attemptId();
        AttemptView view = exams.attempt(trainee, attemptId);
        AttemptView.Item first = view.items().get(0);
        AnswerInput answer = first.type().hasOptions()
                ? new AnswerInput.Selected(
                        java.util.List.of(first.options().get(0).id()))
                : new AnswerInput.NumericValue(BigDecimal.ONE);
        exams.save(trainee, attemptId, first.id(), answer);

        fixtures.moveDeadline(attemptId, Instant.now().minusSeconds(5));

        // The overdue sweep (every few seconds) may submit the attempt before the save arrives:
        // then the save is refused as submitted rather than late. Either way nothing changes.
        assertThatThrownBy(() -> exams.save(trainee, attemptId, first.id(), answer))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isIn("exam.error.deadline_passed", "exam.error.attempt_submitted"));
        assertThat(exams.attempt(trainee, attemptId).answers().get(first.id()).revision())
                .isEqualTo(1);
    }

    @Test
    void theSweepSubmitsOverdueAttemptsAtTheirDeadlineOnce() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        AccountId trainee = someone();
        fixtures.register(trainee, exam);
        long attemptId = exams.start(trainee, exam.sittingId()).attemptId();
        Instant deadline = Instant.now().minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fixtures.moveDeadline(attemptId, deadline);

        overdue.sweep();
        overdue.sweep();

        RegistrationRow row = administration.registrations(exam.sittingId()).get(0);
        assertThat(row.attemptState()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(row.submittedAutomatically()).isTrue();
        assertThat(row.submittedAt()).isEqualTo(deadline);
        assertThat(row.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void extraTimeMovesTheDeadlineOfARunningAttempt() {
        SeededExam exam = fixtures.exam(30, 0, 10, 60);
        AccountId trainee = someone();
        fixtures.register(trainee, exam);
        AttemptStart started = exams.start(trainee, exam.sittingId());

        administration.grantExtraTime(exam.sittingId(), trainee, 15);

        AttemptView view = exams.attempt(trainee, started.attemptId());
        assertThat(view.deadline()).isEqualTo(started.deadline().plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> administration.grantExtraTime(exam.sittingId(), trainee, -1))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.extra_time_out_of_range"));
    }

    @Test
    void anotherTraineesAttemptIsNotFound() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        AccountId owner = someone();
        fixtures.register(owner, exam);
        long attemptId = exams.start(owner, exam.sittingId()).attemptId();
        AccountId other = someone();

        assertThatThrownBy(() -> exams.attempt(other, attemptId))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.attempt_not_found"));
        assertThatThrownBy(() -> exams.submit(other, attemptId))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("exam.error.attempt_not_found"));
        assertThat(exams.attempt(owner, attemptId).state()).isEqualTo(AttemptState.IN_PROGRESS);
    }
}
