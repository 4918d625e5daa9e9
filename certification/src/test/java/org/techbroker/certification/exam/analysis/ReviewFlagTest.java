package org.techbroker.certification.exam.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.certification.exam.analysis.Responses.d;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReviewFlagTest {

    private static ItemStatistics item(double facility, OptionalDouble discrimination, OptionStatistics... options) {
        return new ItemStatistics(1, d("1"), 10, 0, facility, discrimination, List.of(options));
    }

    private static OptionStatistics option(boolean key, int chosenBy, double meanTotal) {
        return new OptionStatistics(chosenBy, key, chosenBy, OptionalDouble.of(meanTotal));
    }

    @Test
    void aTypicalItemRaisesNothing() {
        assertThat(ReviewFlag.of(item(0.6, OptionalDouble.of(0.35)))).isEmpty();
        // On the thresholds themselves: not flagged.
        assertThat(ReviewFlag.of(item(0.2, OptionalDouble.of(0.2)))).isEmpty();
        assertThat(ReviewFlag.of(item(0.95, OptionalDouble.of(0.2)))).isEmpty();
    }

    @Test
    void facilityOutsideTheBandIsHardOrEasy() {
        assertThat(ReviewFlag.of(item(0.19, OptionalDouble.of(0.4)))).containsExactly(ReviewFlag.HARD);
        assertThat(ReviewFlag.of(item(0.96, OptionalDouble.of(0.4)))).containsExactly(ReviewFlag.EASY);
    }

    @Test
    void weakAndNegativeDiscriminationAreFlaggedApart() {
        assertThat(ReviewFlag.of(item(0.5, OptionalDouble.of(0.19)))).containsExactly(ReviewFlag.LOW_DISCRIMINATION);
        assertThat(ReviewFlag.of(item(0.5, OptionalDouble.of(0.0)))).containsExactly(ReviewFlag.LOW_DISCRIMINATION);
        assertThat(ReviewFlag.of(item(0.5, OptionalDouble.of(-0.3))))
                .containsExactly(ReviewFlag.NEGATIVE_DISCRIMINATION);
        // Absent (nobody's scores vary) is not the same as weak: nothing to say.
        assertThat(ReviewFlag.of(item(0.5, OptionalDouble.empty()))).isEmpty();
    }

    @Test
    void aDistractorWhoseChoosersDidBetterThanTheKeysIsFlagged() {
        assertThat(ReviewFlag.of(item(0.5, OptionalDouble.of(0.3), option(true, 5, 4.0), option(false, 2, 4.5))))
                .containsExactly(ReviewFlag.DISTRACTOR_OUTSCORES_KEY);
        assertThat(ReviewFlag.of(item(0.5, OptionalDouble.of(0.3), option(true, 5, 4.0), option(false, 2, 3.0))))
                .isEmpty();
        // A key nobody chose, and a distractor somebody did.
        OptionStatistics unchosenKey = new OptionStatistics(9, true, 0, OptionalDouble.empty());
        assertThat(ReviewFlag.of(item(0.0, OptionalDouble.empty(), unchosenKey, option(false, 3, 1.0))))
                .containsExactly(ReviewFlag.HARD, ReviewFlag.DISTRACTOR_OUTSCORES_KEY);
    }
}
