package org.techbroker.app.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.CandidateSitting;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

class SittingStageTest {

    private static final Instant OPENS = Instant.parse("2026-06-01T01:00:00Z");

    @Test
    void aTraineeWhoIsNotRegisteredMayRegisterOnlyWhenEligibleAndThereIsRoom() {
        assertThat(SittingStage.of(sitting(false, true, false, true, false, null, null, false)))
                .isEqualTo(SittingStage.MAY_REGISTER);
        assertThat(SittingStage.of(sitting(false, false, false, true, false, null, null, false)))
                .isEqualTo(SittingStage.NOT_ELIGIBLE);
        assertThat(SittingStage.of(sitting(false, true, true, true, false, null, null, false)))
                .isEqualTo(SittingStage.FULL);
        assertThat(SittingStage.of(sitting(false, true, false, false, false, null, null, false)))
                .isEqualTo(SittingStage.REGISTRATION_CLOSED);
    }

    @Test
    void aRegisteredTraineeStartsInsideTheWindowAndResumesOrReadsTheAttemptAfterwards() {
        assertThat(SittingStage.of(sitting(true, true, false, true, false, null, null, false)))
                .isEqualTo(SittingStage.NOT_OPEN_YET);
        assertThat(SittingStage.of(sitting(true, true, false, true, true, null, null, false)))
                .isEqualTo(SittingStage.OPEN);
        assertThat(SittingStage.of(sitting(true, true, false, false, false, null, null, false)))
                .isEqualTo(SittingStage.MISSED);
        assertThat(SittingStage.of(sitting(true, true, false, true, true, 7L, AttemptState.IN_PROGRESS, false)))
                .isEqualTo(SittingStage.IN_PROGRESS)
                .matches(SittingStage::linksToAttempt);
        assertThat(SittingStage.of(sitting(true, true, false, false, false, 7L, AttemptState.SUBMITTED, false)))
                .isEqualTo(SittingStage.SUBMITTED);
        assertThat(SittingStage.of(sitting(true, true, false, false, false, 7L, AttemptState.SUBMITTED, true)))
                .isEqualTo(SittingStage.RESULT_RELEASED);
    }

    @Test
    void aRowNamesTheMissingCoursesWithTheirTitlesInTheReadersLanguage() {
        CandidateSitting sitting = new CandidateSitting(
                3,
                new BilingualText("初级考试", "Junior exam"),
                QualificationLevel.JUNIOR,
                OPENS,
                OPENS.plusSeconds(7200),
                90,
                15,
                false,
                false,
                List.of(new CourseCode("LAW-101")),
                false,
                true,
                true,
                null,
                null,
                false);

        SittingRow row = SittingRow.of(sitting, Locale.SIMPLIFIED_CHINESE, code -> "合同法 " + code.value());

        assertThat(row.title()).isEqualTo("初级考试");
        assertThat(row.stage()).isEqualTo(SittingStage.NOT_ELIGIBLE);
        assertThat(row.extraMinutes()).isEqualTo(15);
        assertThat(row.missingCourses()).containsExactly(new SittingRow.CourseLink("LAW-101", "合同法 LAW-101"));
    }

    private static CandidateSitting sitting(
            boolean registered,
            boolean eligible,
            boolean full,
            boolean acceptsRegistrations,
            boolean open,
            Long attemptId,
            AttemptState state,
            boolean released) {
        return new CandidateSitting(
                1,
                new BilingualText("考试", "Exam"),
                QualificationLevel.JUNIOR,
                OPENS,
                OPENS.plusSeconds(3600),
                60,
                0,
                registered,
                eligible,
                eligible ? List.of() : List.of(new CourseCode("LAW-101")),
                full,
                acceptsRegistrations,
                open,
                attemptId,
                state,
                released);
    }
}
