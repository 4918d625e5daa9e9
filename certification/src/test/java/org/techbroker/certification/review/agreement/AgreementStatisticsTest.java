package org.techbroker.certification.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AgreementStatisticsTest {

    private static final Offset<Double> TWO_DECIMALS = within(0.005);
    private static final Offset<Double> EXACT = within(1e-12);

    /**
     * Shrout, P. E. and Fleiss, J. L. (1979), Intraclass correlations: uses in assessing rater
     * reliability, Psychological Bulletin 86(2), 420–428, Table 2: six targets rated by four judges.
     */
    private static final double[][] SHROUT_FLEISS = {
        {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
    };

    private static double value(OptionalDouble statistic) {
        assertThat(statistic).isPresent();
        return statistic.getAsDouble();
    }

    @Test
    void intraclassCorrelationsOfShroutAndFleissTableTwo() {
        // The paper's analysis of variance: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02, n = 6, k = 4.
        // Published: ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71.
        assertThat(value(AgreementStatistics.intraclassCorrelation(SHROUT_FLEISS)))
                .isCloseTo(0.17, TWO_DECIMALS);
        assertThat(value(AgreementStatistics.icc21(SHROUT_FLEISS))).isCloseTo(0.29, TWO_DECIMALS);
        assertThat(value(AgreementStatistics.icc31(SHROUT_FLEISS))).isCloseTo(0.71, TWO_DECIMALS);
    }

    @Test
    void intraclassCorrelationOfTwoRatersWorkedByHand() {
        // Subjects (60, 70), (80, 80), (75, 60), (40, 50): grand mean 64.375, subject means 65, 80,
        // 67.5, 45. SS between = 2 · (0.390625 + 244.140625 + 9.765625 + 375.390625) = 1259.375,
        // BMS = 1259.375 / 3; SS within = 50 + 0 + 112.5 + 50 = 212.5, WMS = 212.5 / 4 = 53.125.
        // ICC(1,1) = (BMS − WMS) / (BMS + WMS) = (10075 − 1275) / (10075 + 1275) = 176 / 227.
        double[][] ratings = {{60, 70}, {80, 80}, {75, 60}, {40, 50}};

        assertThat(value(AgreementStatistics.intraclassCorrelation(ratings))).isCloseTo(176.0 / 227, EXACT);
    }

    @Test
    void intraclassCorrelationIsAbsentWhereUndefined() {
        assertThat(AgreementStatistics.intraclassCorrelation(new double[0][])).isEmpty();
        assertThat(AgreementStatistics.intraclassCorrelation(new double[][] {{3, 5}}))
                .isEmpty();
        assertThat(AgreementStatistics.intraclassCorrelation(new double[][] {{3}, {5}}))
                .isEmpty();
        // No rating differs: every mean square is zero. 0.1 is inexact, so rounding must not decide it.
        assertThat(AgreementStatistics.intraclassCorrelation(new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}}))
                .isEmpty();
        assertThat(AgreementStatistics.icc21(new double[][] {{7, 7}, {7, 7}})).isEmpty();
        // Subjects do not differ and the raters are consistent up to an offset: BMS = EMS = 0.
        assertThat(AgreementStatistics.icc31(new double[][] {{0.1, 0.3}, {0.1, 0.3}, {0.1, 0.3}}))
                .isEmpty();
    }

    @Test
    void raggedRatingsAreRejected() {
        assertThatThrownBy(() -> AgreementStatistics.intraclassCorrelation(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quadraticWeightedKappaOfMaplesEssayToolsExamples() {
        // Maplesoft's help page for EssayTools[QuadraticWeightedKappa], Examples 1 and 2, with the
        // scale taken from the data (1..10); categories no mark uses do not change the value.
        int[] first = {9, 7, 8, 7, 6, 8, 3, 5, 10};

        assertThat(value(AgreementStatistics.quadraticWeightedKappa(first, new int[] {8, 8, 6, 6, 7, 6, 1, 4, 8}, 10)))
                .isCloseTo(0.758620689655172, EXACT);
        assertThat(value(AgreementStatistics.quadraticWeightedKappa(first, new int[] {3, 5, 6, 6, 7, 6, 1, 4, 8}, 10)))
                .isCloseTo(0.438095238095238, EXACT);
    }

    @Test
    void quadraticWeightedKappaEqualsFleissAndCohensClosedForm() {
        // Ratings a = 0,1,2,2 and b = 0,2,2,1 on 0..2.
        //          b=0 b=1 b=2 | r
        //   a=0     1   0   0  | 1
        //   a=1     0   0   1  | 1
        //   a=2     0   1   1  | 2
        //   c       1   1   2
        // Observed Σ(i−j)²·nᵢⱼ = 1 + 1 = 2. Expected Σ(i−j)²·rᵢ·cⱼ / n
        //   = (1·1·1 + 4·1·2 + 1·1·1 + 1·1·2 + 4·2·1 + 1·2·1) / 4 = 22 / 4 = 5.5; κ = 1 − 2 / 5.5 = 7/11.
        // Closed form (Fleiss and Cohen, 1973), population moments: means 1.25 and 1.25, variances
        //   9/4 − 1.5625 = 0.6875 each, covariance 8/4 − 1.5625 = 0.4375;
        //   κ = 2·s_ab / (s_a² + s_b² + (ā − b̄)²) = 0.875 / 1.375 = 7/11.
        assertThat(value(AgreementStatistics.quadraticWeightedKappa(new int[] {0, 1, 2, 2}, new int[] {0, 2, 2, 1}, 2)))
                .isCloseTo(7.0 / 11, EXACT);
    }

    @Test
    void perfectAgreementIsOneAndUnusedCategoriesChangeNothing() {
        int[] marks = {0, 3, 5, 5, 2};

        assertThat(AgreementStatistics.quadraticWeightedKappa(marks, marks, 5)).hasValue(1.0);
        assertThat(AgreementStatistics.quadraticWeightedKappa(marks, marks, 20)).hasValue(1.0);
        assertThat(value(AgreementStatistics.quadraticWeightedKappa(new int[] {0, 1, 2, 2}, new int[] {0, 2, 2, 1}, 9)))
                .isCloseTo(7.0 / 11, EXACT);
    }

    @Test
    void quadraticWeightedKappaIsAbsentWhereUndefined() {
        assertThat(AgreementStatistics.quadraticWeightedKappa(new int[0], new int[0], 10))
                .isEmpty();
        // Both always gave 4: no disagreement was possible by chance either.
        assertThat(AgreementStatistics.quadraticWeightedKappa(new int[] {4, 4}, new int[] {4, 4}, 10))
                .isEmpty();
    }

    @Test
    void constantButDifferentRatersHaveKappaZero() {
        // Observed and expected disagreement are both n·(4 − 3)²: agreement no better than chance.
        assertThat(AgreementStatistics.quadraticWeightedKappa(new int[] {4, 4, 4}, new int[] {3, 3, 3}, 10))
                .hasValue(0.0);
    }

    @Test
    void inconsistentKappaInputIsRejected() {
        assertThatThrownBy(() -> AgreementStatistics.quadraticWeightedKappa(new int[] {1}, new int[] {1, 2}, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgreementStatistics.quadraticWeightedKappa(new int[] {6}, new int[] {1}, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgreementStatistics.quadraticWeightedKappa(new int[] {-1}, new int[] {1}, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
