package org.techbroker.courses.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

class QuizAttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void passesExactlyAtThePassMark() {
        assertThat(attempt(7, 10, 70).passed()).isTrue();
        assertThat(attempt(6, 10, 70).passed()).isFalse();
    }

    @Test
    void comparesExactlyRatherThanOnTheRoundedPercentage() {
        // 2 of 3 is 66.67 %: it passes a 66 % mark but not a 67 % mark.
        QuizAttempt twoOfThree = attempt(2, 3, 67);
        assertThat(twoOfThree.scorePercent()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(twoOfThree.passed()).isFalse();
        assertThat(attempt(2, 3, 66).passed()).isTrue();
    }

    @Test
    void allRightIsAHundredPercent() {
        QuizAttempt perfect = attempt(8, 8, 100);
        assertThat(perfect.scorePercent()).isEqualByComparingTo("100");
        assertThat(perfect.passed()).isTrue();
    }

    private static final Enrolment ENROLMENT =
            new Enrolment(new AccountId(1), new Course(new CourseCode("ZZQ-101"), description(), NOW), NOW);

    private static QuizAttempt attempt(int correct, int items, int passMark) {
        return new QuizAttempt(ENROLMENT, 1L, correct, items, passMark, NOW);
    }

    static CourseDescription description() {
        return new CourseDescription(
                new BilingualText("测验", "Quiz"),
                new BilingualText("摘要", "Summary"),
                Set.of(QualificationLevel.JUNIOR),
                Set.of(Track.SERVICE),
                Set.of(),
                SyllabusModule.PUBLIC_KNOWLEDGE,
                1);
    }

    @Test
    void progressReachesAHundredOnlyWhenLessonsAndQuizzesAreAllDone() {
        Progress halfway = new Progress(3, 4, Set.of(1L), 2, 10L, null);
        assertThat(halfway.percent()).isEqualTo(66);
        assertThat(halfway.isComplete()).isFalse();

        Progress allButOneQuiz = new Progress(4, 4, Set.of(1L), 2, 10L, null);
        assertThat(allButOneQuiz.percent()).isEqualTo(83);

        Progress done = new Progress(4, 4, Set.of(1L, 2L), 2, 10L, NOW);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.isComplete()).isTrue();

        assertThat(new Progress(0, 0, Set.of(), 0, null, null).percent()).isZero();
    }
}
