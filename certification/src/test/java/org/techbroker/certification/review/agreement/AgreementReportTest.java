package org.techbroker.certification.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AgreementReportTest {

    private static final Offset<Double> EXACT = within(1e-9);

    /**
     * Four scripts, three examiners (11, 22, 33), one prompt out of 20 among prompts out of 10.
     *
     * <pre>
     *   script  first        second       max   in percent   gap
     *   1       11 gives 6   22 gives 7   10    60 / 70      1
     *   2       22 gives 8   33 gives 8   10    80 / 80      0
     *   3       11 gives 15  33 gives 12  20    75 / 60      3
     *   4       33 gives 4   11 gives 5   10    40 / 50      1
     * </pre>
     */
    private static final List<MarkPair> PAIRS = List.of(
            new MarkPair(11, 6, 22, 7, 10),
            new MarkPair(22, 8, 33, 8, 10),
            new MarkPair(11, 15, 33, 12, 20),
            new MarkPair(33, 4, 11, 5, 10));

    private static double value(OptionalDouble statistic) {
        assertThat(statistic).isPresent();
        return statistic.getAsDouble();
    }

    @Test
    void sittingSummaryWorkedByHand() {
        // Mean of the eight marks in percent: 515 / 8 = 64.375. Gaps 1, 0, 3, 1: exact 1/4,
        // adjacent 3/4.
        // Kappa over points, first 6,8,15,4 against second 7,8,12,5: observed Σd² = 11; by the closed
        // form, means 8.25 and 8, variances 17.1875 and 6.5, expected n·(17.1875 + 6.5 + 0.0625) = 95;
        // κ = 1 − 11/95 = 84/95.
        // ICC(1,1) of the percentages is 176/227, worked in AgreementStatisticsTest.
        AgreementSummary sitting = AgreementStatistics.report(PAIRS).sitting();

        assertThat(sitting.pairs()).isEqualTo(4);
        assertThat(value(sitting.meanPercent())).isCloseTo(64.375, EXACT);
        assertThat(value(sitting.exactAgreement())).isCloseTo(0.25, EXACT);
        assertThat(value(sitting.adjacentAgreement())).isCloseTo(0.75, EXACT);
        assertThat(value(sitting.kappa())).isCloseTo(84.0 / 95, EXACT);
        assertThat(value(sitting.icc())).isCloseTo(176.0 / 227, EXACT);
    }

    @Test
    void examinersWorkedByHand() {
        // 11 marked scripts 1, 3, 4: own 60, 75, 50 (mean 185/3), co-markers 70, 60, 40; differences
        //    −10, +15, +10, severity 15/3 = 5. Gaps 1, 3, 1: exact 0, adjacent 2/3.
        //    κ of 6,15,5 against 7,12,4: Σd² = 11; variances 182/9 and 98/9, means differ by 1:
        //    expected 3·(280/9 + 1) = 289/3, κ = 1 − 33/289 = 256/289.
        //    ICC of (60,70), (75,60), (50,40): BMS = 1825/6, WMS = 212.5/3 = 425/6, ICC = 1400/2250 = 28/45.
        // 22 marked scripts 1, 2: own 70, 80 (mean 75), co-markers 60, 80; severity (10 + 0)/2 = 5.
        //    Gaps 1, 0: exact 1/2, adjacent 1. κ of 7,8 against 6,8: Σd² = 1, expected
        //    2·(0.25 + 1 + 0.25) = 3, κ = 2/3. ICC of (70,60), (80,80): BMS = 225, WMS = 25, ICC = 0.8.
        // 33 marked scripts 2, 3, 4: own 80, 60, 40 (mean 60), co-markers 80, 75, 50; severity
        //    (0 − 15 − 10)/3 = −25/3. Gaps 0, 3, 1: exact 1/3, adjacent 2/3.
        //    κ of 8,12,4 against 8,15,5: Σd² = 10; variances 32/3 and 158/9, means 8 and 28/3:
        //    expected 3·(96 + 158 + 16)/9 = 90, κ = 1 − 10/90 = 8/9.
        //    ICC of (80,80), (60,75), (40,50): BMS = 3775/6, WMS = 162.5/3 = 325/6, ICC = 3450/4100 = 69/82.
        // Severities weighted by scripts sum to zero (15 + 10 − 25), as every difference counts once
        // for each side.
        List<ExaminerAgreement> examiners = AgreementStatistics.report(PAIRS).examiners();

        assertThat(examiners).extracting(ExaminerAgreement::examiner).containsExactly(11L, 22L, 33L);
        assertThat(examiners).extracting(ExaminerAgreement::scripts).containsExactly(3, 2, 3);

        ExaminerAgreement first = examiners.get(0);
        assertThat(value(first.meanPercent())).isCloseTo(185.0 / 3, EXACT);
        assertThat(value(first.severity())).isCloseTo(5, EXACT);
        assertThat(value(first.exactAgreement())).isCloseTo(0, EXACT);
        assertThat(value(first.adjacentAgreement())).isCloseTo(2.0 / 3, EXACT);
        assertThat(value(first.kappa())).isCloseTo(256.0 / 289, EXACT);
        assertThat(value(first.icc())).isCloseTo(28.0 / 45, EXACT);

        ExaminerAgreement second = examiners.get(1);
        assertThat(value(second.meanPercent())).isCloseTo(75, EXACT);
        assertThat(value(second.severity())).isCloseTo(5, EXACT);
        assertThat(value(second.exactAgreement())).isCloseTo(0.5, EXACT);
        assertThat(value(second.adjacentAgreement())).isCloseTo(1, EXACT);
        assertThat(value(second.kappa())).isCloseTo(2.0 / 3, EXACT);
        assertThat(value(second.icc())).isCloseTo(0.8, EXACT);

        ExaminerAgreement third = examiners.get(2);
        assertThat(value(third.meanPercent())).isCloseTo(60, EXACT);
        assertThat(value(third.severity())).isCloseTo(-25.0 / 3, EXACT);
        assertThat(value(third.exactAgreement())).isCloseTo(1.0 / 3, EXACT);
        assertThat(value(third.adjacentAgreement())).isCloseTo(2.0 / 3, EXACT);
        assertThat(value(third.kappa())).isCloseTo(8.0 / 9, EXACT);
        assertThat(value(third.icc())).isCloseTo(69.0 / 82, EXACT);
    }

    @Test
    void noPairsGiveAnEmptyReport() {
        AgreementReport report = AgreementStatistics.report(List.of());

        assertThat(report.sitting())
                .isEqualTo(new AgreementSummary(
                        0,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty()));
        assertThat(report.examiners()).isEmpty();
    }

    @Test
    void aSingleScriptHasAgreementButNoCorrelation() {
        // One script: fractions and means are defined; kappa's chance disagreement is (3 − 2)² ≠ 0
        // but equals the observed one, so κ = 0; ICC needs two scripts.
        AgreementReport report = AgreementStatistics.report(List.of(new MarkPair(1, 3, 2, 2, 5)));

        assertThat(report.sitting().pairs()).isEqualTo(1);
        assertThat(value(report.sitting().meanPercent())).isCloseTo(50, EXACT);
        assertThat(report.sitting().exactAgreement()).hasValue(0.0);
        assertThat(report.sitting().adjacentAgreement()).hasValue(1.0);
        assertThat(report.sitting().kappa()).hasValue(0.0);
        assertThat(report.sitting().icc()).isEmpty();
        assertThat(report.examiners())
                .extracting(ExaminerAgreement::severity)
                .containsExactly(OptionalDouble.of(20), OptionalDouble.of(-20));
    }

    @Test
    void invalidMarkPairsAreRejected() {
        assertThatThrownBy(() -> new MarkPair(1, 11, 2, 5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkPair(1, 5, 2, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkPair(1, 0, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkPair(7, 5, 7, 6, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MarkPair(1, 0, 2, 10, 10).secondPoints()).isEqualTo(10);
    }
}
