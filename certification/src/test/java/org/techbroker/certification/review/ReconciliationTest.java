package org.techbroker.certification.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    /** 15 % of a 20-point prompt: marks 3 points apart agree, 3.5 or more do not. */
    private static final BigDecimal LIMIT_OF_20_POINTS = new BigDecimal("3.00");

    @Test
    void marksWithinTheLimitAgreeOnTheirExactMean() {
        assertThat(Reconciliation.agreedMark(new BigDecimal("14"), new BigDecimal("11"), LIMIT_OF_20_POINTS))
                .contains(new BigDecimal("12.50"));
        assertThat(Reconciliation.agreedMark(new BigDecimal("12"), new BigDecimal("12"), LIMIT_OF_20_POINTS))
                .contains(new BigDecimal("12.00"));
    }

    @Test
    void aDifferenceExactlyAtTheLimitStillAgrees() {
        assertThat(Reconciliation.diverges(new BigDecimal("15"), new BigDecimal("12"), LIMIT_OF_20_POINTS))
                .isFalse();
    }

    @Test
    void aDifferenceBeyondTheLimitGoesToTheChiefWithoutAFinalMark() {
        assertThat(Reconciliation.diverges(new BigDecimal("16"), new BigDecimal("12"), LIMIT_OF_20_POINTS))
                .isTrue();
        assertThat(Reconciliation.agreedMark(new BigDecimal("4"), new BigDecimal("16"), LIMIT_OF_20_POINTS))
                .isEmpty();
    }

    @Test
    void theOrderOfTheTwoMarksDoesNotMatter() {
        assertThat(Reconciliation.agreedMark(new BigDecimal("11"), new BigDecimal("14"), LIMIT_OF_20_POINTS))
                .isEqualTo(Reconciliation.agreedMark(new BigDecimal("14"), new BigDecimal("11"), LIMIT_OF_20_POINTS));
        assertThat(Reconciliation.diverges(new BigDecimal("12"), new BigDecimal("16"), LIMIT_OF_20_POINTS))
                .isTrue();
    }

    @Test
    void halfPointMarksAverageToQuarterPointsExactly() {
        assertThat(Reconciliation.mean(new BigDecimal("12.5"), new BigDecimal("13")))
                .isEqualByComparingTo("12.75");
    }
}
