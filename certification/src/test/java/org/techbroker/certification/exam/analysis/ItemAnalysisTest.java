package org.techbroker.certification.exam.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.techbroker.certification.exam.analysis.Responses.candidate;
import static org.techbroker.certification.exam.analysis.Responses.chose;
import static org.techbroker.certification.exam.analysis.Responses.d;
import static org.techbroker.certification.exam.analysis.Responses.point;
import static org.techbroker.certification.exam.analysis.Responses.scoreSheet;
import static org.techbroker.certification.exam.analysis.Responses.scored;
import static org.techbroker.certification.exam.analysis.Responses.sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    /** Four candidates, three one-point items; worked by hand in the first two tests. */
    static final int[][] HAND_EXAMPLE = {{1, 1, 1}, {1, 1, 0}, {0, 1, 0}, {0, 0, 0}};

    private final ItemAnalysis analysis = new ItemAnalysis();

    private static double value(OptionalDouble statistic) {
        assertThat(statistic).isPresent();
        return statistic.getAsDouble();
    }

    @Test
    void facilityAndPointBiserialOfRightOrWrongItems() {
        //        Q1 Q2 Q3  total
        // A       1  1  1    3
        // B       1  1  0    2
        // C       0  1  0    1
        // D       0  0  0    0
        // Q1: facility 2/4 = 0.5. Scores x = 1,1,0,0 (mean 0.5); rest = total − Q1 = 2,1,1,0 (mean 1).
        //     Deviations ±0.5 and 1,0,0,−1: Σdxdy = 0.5 + 0 + 0 + 0.5 = 1, Σdx² = 1, Σdy² = 2,
        //     r = 1 / √2 = 0.7071. (Against the uncorrected total 3,2,1,0 it would be 2 / √5 = 0.8944.)
        // Q2: facility 0.75. x = 1,1,1,0 (mean 0.75); rest = 2,1,0,0 (mean 0.75).
        //     dx = .25,.25,.25,−.75; dy = 1.25,.25,−.75,−.75: Σdxdy = .3125 + .0625 − .1875 + .5625
        //     = .75, Σdx² = .75, Σdy² = 2.75, r = .75 / √(.75 · 2.75) = 0.5222.
        // Q3: facility 0.25; x = 1,0,0,0, rest = 2,2,1,0, by the same steps r = .75 / √2.0625 = 0.5222.
        var report = analysis.analyse(scoreSheet(HAND_EXAMPLE));

        assertThat(report.items()).extracting(ItemStatistics::itemId).containsExactly(1L, 2L, 3L);
        assertThat(report.items()).extracting(ItemStatistics::candidates).containsExactly(4, 4, 4);
        assertThat(report.items()).extracting(ItemStatistics::facility).containsExactly(0.5, 0.75, 0.25);
        assertThat(value(report.items().get(0).discrimination())).isCloseTo(0.7071, FOUR_DECIMALS);
        assertThat(value(report.items().get(1).discrimination())).isCloseTo(0.5222, FOUR_DECIMALS);
        assertThat(value(report.items().get(2).discrimination())).isCloseTo(0.5222, FOUR_DECIMALS);
    }

    @Test
    void sittingStatisticsOfTheSameExample() {
        // Totals 3,2,1,0: mean 1.5; population variance (2.25 + .25 + .25 + 2.25) / 4 = 1.25, σ = 1.1180.
        // Item variances p(1 − p): .25, .1875, .1875, Σ = .625.
        // α = 3/2 · (1 − .625 / 1.25) = 0.75; SEM = 1.1180 · √(1 − .75) = 0.5590.
        var sitting = analysis.analyse(scoreSheet(HAND_EXAMPLE)).sitting();

        assertThat(sitting.candidates()).isEqualTo(4);
        assertThat(value(sitting.meanTotal())).isCloseTo(1.5, FOUR_DECIMALS);
        assertThat(value(sitting.totalStandardDeviation())).isCloseTo(1.1180, FOUR_DECIMALS);
        assertThat(sitting.alphaItems()).isEqualTo(3);
        assertThat(value(sitting.cronbachAlpha())).isCloseTo(0.75, FOUR_DECIMALS);
        assertThat(value(sitting.standardErrorOfMeasurement())).isCloseTo(0.5590, FOUR_DECIMALS);
    }

    @Test
    void partialCreditItemsCorrelateWithTheRestByPearson() {
        //        essay (of 10)  choice (of 1)  total
        // A           8              1           9
        // B           6              0           6
        // C           4              1           5
        // D           2              0           2
        // Essay: facility (8+6+4+2) / 4 / 10 = 0.5. Its rest is the choice item: dx = 3,1,−1,−3,
        //   dy = .5,−.5,.5,−.5: Σdxdy = 1.5 − .5 − .5 + 1.5 = 2, Σdx² = 20, Σdy² = 1, r = 2 / √20 = 0.4472.
        // Choice: its rest is the essay, the same pairs reversed: r = 0.4472.
        // Totals: mean 5.5, deviations 3.5,.5,−.5,−3.5, variance 25/4 = 6.25, σ = 2.5.
        // α = 2 · (1 − (5 + .25) / 6.25) = 0.32; SEM = 2.5 · √.68 = 2.0616.
        var report = analysis.analyse(sitting(
                candidate(1, scored(7, "8", "10"), point(8, 1)),
                candidate(2, scored(7, "6", "10"), point(8, 0)),
                candidate(3, scored(7, "4", "10"), point(8, 1)),
                candidate(4, scored(7, "2", "10"), point(8, 0))));

        ItemStatistics essay = report.items().get(0);
        assertThat(essay.maxPoints()).isEqualByComparingTo("10");
        assertThat(essay.facility()).isCloseTo(0.5, FOUR_DECIMALS);
        assertThat(value(essay.discrimination())).isCloseTo(0.4472, FOUR_DECIMALS);
        assertThat(value(report.items().get(1).discrimination())).isCloseTo(0.4472, FOUR_DECIMALS);
        assertThat(value(report.sitting().meanTotal())).isCloseTo(5.5, FOUR_DECIMALS);
        assertThat(value(report.sitting().totalStandardDeviation())).isCloseTo(2.5, FOUR_DECIMALS);
        assertThat(value(report.sitting().cronbachAlpha())).isCloseTo(0.32, FOUR_DECIMALS);
        assertThat(value(report.sitting().standardErrorOfMeasurement())).isCloseTo(2.0616, FOUR_DECIMALS);
    }

    /**
     * The Law School Admission Test, Section VI: 1,000 candidates, 5 items scored 0/1, published as
     * the frequencies of the 32 response patterns by Bock and Lieberman (1970), "Fitting a response
     * model for n dichotomously scored items", Psychometrika 35, 179–197, and since used as the
     * worked example of many textbooks and of the R package ltm (Rizopoulos 2006, Journal of
     * Statistical Software 17(5)), whose descript(LSAT) and cronbach.alpha(LSAT) report the item
     * proportions 0.924, 0.709, 0.553, 0.763, 0.870 and Cronbach's alpha 0.295.
     */
    @Test
    void cronbachAlphaOfThePublishedLsatExample() {
        int[] frequencies = {
            3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15, 10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173, 11, 61,
            28, 298
        };
        List<int[]> rows = new ArrayList<>();
        for (int pattern = 0; pattern < 32; pattern++) {
            // Patterns in binary order, item 1 the most significant bit: 00000, 00001, …, 11111.
            int[] scores = new int[5];
            for (int item = 0; item < 5; item++) {
                scores[item] = (pattern >> (4 - item)) & 1;
            }
            for (int i = 0; i < frequencies[pattern]; i++) {
                rows.add(scores);
            }
        }

        var report = analysis.analyse(scoreSheet(rows.toArray(int[][]::new)));

        assertThat(report.sitting().candidates()).isEqualTo(1000);
        assertThat(report.items())
                .extracting(ItemStatistics::facility)
                .containsExactly(0.924, 0.709, 0.553, 0.763, 0.870);
        assertThat(value(report.sitting().cronbachAlpha())).isCloseTo(0.295, within(0.0005));
    }

    @Test
    void distractorsCountEveryOptionIncludingOneNobodyChose() {
        // Item 10: option 101 is the key, 104 tempts nobody; candidate 5 leaves it and the essay blank.
        //                item 10     essay 20 (of 5)   total
        // 1              101 (1)          5             6
        // 2              101 (1)          3             4
        // 3              102 (0)          2             2
        // 4              103 (0)          4             4
        // 5              –   (0)          0 blank       0
        // 101: chosen by 2, mean total (6 + 4) / 2 = 5; 102: 1, mean 2; 103: 1, mean 4; 104: 0, no mean.
        var choiceItem = new ChoiceItem(
                10,
                List.of(
                        new ChoiceOption(101, true),
                        new ChoiceOption(102, false),
                        new ChoiceOption(103, false),
                        new ChoiceOption(104, false)));
        var report = analysis.analyse(new SittingResponses(
                List.of(
                        candidate(1, chose(10, 1, 101L), scored(20, "5", "5")),
                        candidate(2, chose(10, 1, 101L), scored(20, "3", "5")),
                        candidate(3, chose(10, 0, 102L), scored(20, "2", "5")),
                        candidate(4, chose(10, 0, 103L), scored(20, "4", "5")),
                        candidate(5, chose(10, 0), ItemResponse.open(20, d("0"), d("5"), false))),
                List.of(choiceItem)));

        ItemStatistics item = report.items().get(0);
        assertThat(item.candidates()).isEqualTo(5);
        assertThat(item.omitted()).isEqualTo(1);
        assertThat(item.facility()).isCloseTo(0.4, FOUR_DECIMALS);
        assertThat(item.options())
                .containsExactly(
                        new OptionStatistics(101, true, 2, OptionalDouble.of(5.0)),
                        new OptionStatistics(102, false, 1, OptionalDouble.of(2.0)),
                        new OptionStatistics(103, false, 1, OptionalDouble.of(4.0)),
                        new OptionStatistics(104, false, 0, OptionalDouble.empty()));
        ItemStatistics essay = report.items().get(1);
        assertThat(essay.omitted()).isEqualTo(1);
        assertThat(essay.options()).isEmpty();
    }

    @Test
    void aMultipleChoiceCandidateCountsForEveryOptionSelected() {
        // Keys 301 and 302. Candidate 1 picks both (2 of 2 points), candidate 2 picks 301 and the
        // distractor 303 (0 points), candidate 3 picks 302 only (1 point). Totals 2, 0, 1.
        var item = new ChoiceItem(
                30, List.of(new ChoiceOption(301, true), new ChoiceOption(302, true), new ChoiceOption(303, false)));
        var two = d("2");
        var report = analysis.analyse(new SittingResponses(
                List.of(
                        candidate(1, ItemResponse.choice(30, two, two, Set.of(301L, 302L))),
                        candidate(2, ItemResponse.choice(30, d("0"), two, Set.of(301L, 303L))),
                        candidate(3, ItemResponse.choice(30, d("1"), two, Set.of(302L)))),
                List.of(item)));

        assertThat(report.items().get(0).options())
                .containsExactly(
                        new OptionStatistics(301, true, 2, OptionalDouble.of(1.0)),
                        new OptionStatistics(302, true, 2, OptionalDouble.of(1.5)),
                        new OptionStatistics(303, false, 1, OptionalDouble.of(0.0)));
        // Facility (2 + 0 + 1) / 3 / 2 = 0.5.
        assertThat(report.items().get(0).facility()).isCloseTo(0.5, FOUR_DECIMALS);
    }

    @Test
    void oneCandidateHasAFacilityButNoSpread() {
        var report = analysis.analyse(sitting(candidate(1, point(1, 1), point(2, 0), scored(3, "3", "4"))));

        assertThat(report.items()).extracting(ItemStatistics::facility).containsExactly(1.0, 0.0, 0.75);
        assertThat(report.items())
                .allSatisfy(item -> assertThat(item.discrimination()).isEmpty());
        var sitting = report.sitting();
        assertThat(sitting.candidates()).isEqualTo(1);
        assertThat(value(sitting.meanTotal())).isCloseTo(4.0, FOUR_DECIMALS);
        assertThat(sitting.totalStandardDeviation()).isEmpty();
        assertThat(sitting.alphaItems()).isEqualTo(3);
        assertThat(sitting.cronbachAlpha()).isEmpty();
        assertThat(sitting.standardErrorOfMeasurement()).isEmpty();
    }

    @Test
    void noCandidatesGiveAnEmptyReport() {
        var report = analysis.analyse(sitting());

        assertThat(report.items()).isEmpty();
        assertThat(report.sitting())
                .isEqualTo(new SittingStatistics(
                        0,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        0,
                        OptionalDouble.empty(),
                        OptionalDouble.empty()));
    }

    @Test
    void everyoneScoringTheSameLeavesCorrelationsAndAlphaAbsent() {
        // Everybody: item 1 right, item 2 wrong. No item varies and no total varies.
        var report = analysis.analyse(scoreSheet(new int[] {1, 0}, new int[] {1, 0}, new int[] {1, 0}));

        assertThat(report.items()).extracting(ItemStatistics::facility).containsExactly(1.0, 0.0);
        assertThat(report.items())
                .allSatisfy(item -> assertThat(item.discrimination()).isEmpty());
        assertThat(value(report.sitting().totalStandardDeviation())).isZero();
        assertThat(report.sitting().cronbachAlpha()).isEmpty();
        assertThat(report.sitting().standardErrorOfMeasurement()).isEmpty();
    }

    @Test
    void anItemWhoseRestDoesNotVaryHasNoDiscrimination() {
        // Item 1 varies (1,0,1); item 2 is right for all, so item 1's rest is 1,1,1 and item 2's
        // scores are 1,1,1: neither correlation is defined. The totals 2,1,2 vary, and alpha is
        // 2 · (1 − (2/9 + 0) / (2/9)) = 0: two items that share no variance.
        var report = analysis.analyse(scoreSheet(new int[] {1, 1}, new int[] {0, 1}, new int[] {1, 1}));

        assertThat(report.items())
                .allSatisfy(item -> assertThat(item.discrimination()).isEmpty());
        assertThat(value(report.sitting().cronbachAlpha())).isCloseTo(0.0, FOUR_DECIMALS);
    }

    @Test
    void totalsEqualOnlyInDecimalsAreTreatedAsEqual() {
        // 0.1 + 0.2 and 0.3 + 0 are the same total, though not in double arithmetic; a variance of
        // 1e-33 divided into the item variances would give an alpha of minus billions.
        var report = analysis.analyse(sitting(
                candidate(1, scored(1, "0.1", "1"), scored(2, "0.2", "1")),
                candidate(2, scored(1, "0.3", "1"), scored(2, "0", "1"))));

        assertThat(report.sitting().cronbachAlpha()).isEmpty();
        assertThat(value(report.sitting().totalStandardDeviation())).isZero();
        // Each item's rest is the other item, which moves against it: r = −1.
        assertThat(value(report.items().get(0).discrimination())).isCloseTo(-1.0, FOUR_DECIMALS);
    }

    @Test
    void itemsOfDifferentFormsAreAnalysedOverTheirOwnCandidates() {
        // Form A (candidates 1–3) has items 1, 2, 3; form B (candidates 4, 5) has items 1, 2, 4.
        //        i1 i2 i3 i4  total
        // 1       1  1  1  ·    3
        // 2       1  0  0  ·    1
        // 3       0  0  0  ·    0
        // 4       1  1  ·  0    2
        // 5       0  0  ·  1    1
        // Item 3 over candidates 1–3: facility 1/3; x = 1,0,0, rest = 2,1,0: dx = 2/3,−1/3,−1/3,
        //   dy = 1,0,−1, Σdxdy = 1, Σdx² = 2/3, Σdy² = 2, r = 1 / √(4/3) = 0.8660.
        // Item 4 over candidates 4, 5: facility 0.5; x = 0,1, rest = 2,0: r = −1.
        // Item 1 over all five: facility 0.6; x = 1,1,0,1,0, rest = 2,0,0,1,1: Σdxdy = .6,
        //   Σdx² = 1.2, Σdy² = 2.8, r = .6 / √3.36 = 0.3273.
        // Totals 3,1,0,2,1: mean 1.4, variance 5.2 / 5 = 1.04, σ = 1.0198.
        // Alpha only over items 1 and 2, which everyone saw: variances .24 and .24; their totals
        //   2,1,0,2,0 have mean 1 and variance 4/5 = .8; α = 2 · (1 − .48 / .8) = 0.8,
        //   SEM = √.8 · √.2 = 0.4 (points of the two-item total).
        var report = analysis.analyse(sitting(
                candidate(1, point(1, 1), point(2, 1), point(3, 1)),
                candidate(2, point(1, 1), point(2, 0), point(3, 0)),
                candidate(3, point(1, 0), point(2, 0), point(3, 0)),
                candidate(4, point(1, 1), point(2, 1), point(4, 0)),
                candidate(5, point(1, 0), point(2, 0), point(4, 1))));

        assertThat(report.items()).extracting(ItemStatistics::itemId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(report.items()).extracting(ItemStatistics::candidates).containsExactly(5, 5, 3, 2);
        ItemStatistics item1 = report.items().get(0);
        ItemStatistics item3 = report.items().get(2);
        ItemStatistics item4 = report.items().get(3);
        assertThat(item1.facility()).isCloseTo(0.6, FOUR_DECIMALS);
        assertThat(value(item1.discrimination())).isCloseTo(0.3273, FOUR_DECIMALS);
        assertThat(item3.facility()).isCloseTo(0.3333, FOUR_DECIMALS);
        assertThat(value(item3.discrimination())).isCloseTo(0.8660, FOUR_DECIMALS);
        assertThat(item4.facility()).isCloseTo(0.5, FOUR_DECIMALS);
        assertThat(value(item4.discrimination())).isCloseTo(-1.0, FOUR_DECIMALS);
        var sitting = report.sitting();
        assertThat(value(sitting.meanTotal())).isCloseTo(1.4, FOUR_DECIMALS);
        assertThat(value(sitting.totalStandardDeviation())).isCloseTo(1.0198, FOUR_DECIMALS);
        assertThat(sitting.alphaItems()).isEqualTo(2);
        assertThat(value(sitting.cronbachAlpha())).isCloseTo(0.8, FOUR_DECIMALS);
        assertThat(value(sitting.standardErrorOfMeasurement())).isCloseTo(0.4, FOUR_DECIMALS);
    }

    @Test
    void alphaIsAbsentWhenFewerThanTwoItemsAreCommonToAllForms() {
        // Only item 1 is on both forms; the form items still get their statistics.
        var report = analysis.analyse(sitting(
                candidate(1, point(1, 1), point(2, 1)),
                candidate(2, point(1, 0), point(2, 0)),
                candidate(3, point(1, 1), point(3, 0)),
                candidate(4, point(1, 0), point(3, 1))));

        assertThat(report.sitting().alphaItems()).isEqualTo(1);
        assertThat(report.sitting().cronbachAlpha()).isEmpty();
        assertThat(report.sitting().standardErrorOfMeasurement()).isEmpty();
        // Item 2 over candidates 1, 2: x = 1,0, rest = 1,0: r = 1. Item 3: x = 0,1, rest = 1,0: r = −1.
        assertThat(report.items()).extracting(ItemStatistics::candidates).containsExactly(4, 2, 2);
        assertThat(value(report.items().get(1).discrimination())).isCloseTo(1.0, FOUR_DECIMALS);
        assertThat(value(report.items().get(2).discrimination())).isCloseTo(-1.0, FOUR_DECIMALS);
    }
}
