package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.courses.valuation.Valuations.assertInvalid;
import static org.techbroker.courses.valuation.Valuations.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.valuation.MarketAdjustment.Factor;
import org.techbroker.courses.valuation.MarketApproachInput.Averaging;
import org.techbroker.courses.valuation.MarketApproachResult.AdjustedComparable;

class MarketApproachTest {

    private final MarketApproach approach = new MarketApproach();

    // A: 1,000,000 × 105/100 × 1.10 × 8/10 × 0.95 = 1,000,000 × 0.8778 = 877,800
    // B: 1,200,000 × 0.90 = 1,080,000
    // C:   900,000 × 1.02 =   918,000
    private static List<ComparableTransaction> threeDeals(String weightA, String weightB, String weightC) {
        return List.of(
                new ComparableTransaction(
                        "A",
                        d("1000000"),
                        List.of(
                                MarketAdjustment.priceIndex(d("105"), d("100")),
                                MarketAdjustment.percent(Factor.TECHNOLOGY_LEVEL, d("0.10")),
                                MarketAdjustment.remainingLife(d("8"), d("10")),
                                new MarketAdjustment(Factor.SCALE_AND_MARKET, d("0.95"))),
                        d(weightA)),
                new ComparableTransaction(
                        "B",
                        d("1200000"),
                        List.of(MarketAdjustment.percent(Factor.TECHNOLOGY_LEVEL, d("-0.10"))),
                        d(weightB)),
                new ComparableTransaction(
                        "C",
                        d("900000"),
                        List.of(
                                new MarketAdjustment(Factor.TRANSACTION_DATE, d("1.02")),
                                new MarketAdjustment(Factor.OTHER, d("1"))),
                        d(weightC)));
    }

    @Test
    void adjustsEachComparableAndTakesTheSimpleAverage() {
        // (877,800 + 1,080,000 + 918,000) ÷ 3 = 958,600.
        var result = approach.value(new MarketApproachInput(threeDeals("1", "1", "1"), Averaging.SIMPLE));

        assertThat(result.comparables())
                .extracting(AdjustedComparable::adjustedPrice)
                .containsExactly(d("877800.00"), d("1080000.00"), d("918000.00"));
        AdjustedComparable a = result.comparables().get(0);
        assertThat(a.combinedCoefficient()).isEqualByComparingTo("0.8778");
        assertThat(a.adjustments())
                .extracting(MarketAdjustment::factor)
                .containsExactly(
                        Factor.TRANSACTION_DATE,
                        Factor.TECHNOLOGY_LEVEL,
                        Factor.REMAINING_LIFE,
                        Factor.SCALE_AND_MARKET);
        assertThat(a.adjustments())
                .extracting(MarketAdjustment::coefficient)
                .containsExactly(d("1.050000"), d("1.100000"), d("0.800000"), d("0.950000"));
        assertThat(result.comparables()).extracting(AdjustedComparable::weight).containsOnly(d("0.333333"));
        assertThat(result.value()).isEqualByComparingTo("958600.00");
    }

    @Test
    void weightsTheAdjustedPricesAndNormalisesTheWeights() {
        // 0.5 × 877,800 + 0.3 × 1,080,000 + 0.2 × 918,000 = 438,900 + 324,000 + 183,600 = 946,500;
        // weights 5 : 3 : 2 give the same.
        var fractions = approach.value(new MarketApproachInput(threeDeals("0.5", "0.3", "0.2"), Averaging.WEIGHTED));
        var parts = approach.value(new MarketApproachInput(threeDeals("5", "3", "2"), Averaging.WEIGHTED));

        assertThat(fractions.value()).isEqualByComparingTo("946500.00");
        assertThat(parts.value()).isEqualByComparingTo("946500.00");
        assertThat(parts.comparables())
                .extracting(AdjustedComparable::weight)
                .containsExactly(d("0.500000"), d("0.300000"), d("0.200000"));
    }

    @Test
    void theSimpleAverageIgnoresWeightsEvenZeroOnes() {
        var result = approach.value(new MarketApproachInput(threeDeals("0", "0", "0"), Averaging.SIMPLE));

        assertThat(result.value()).isEqualByComparingTo("958600.00");
    }

    @Test
    void aSingleComparableWithoutAdjustmentsIsItsOwnPrice() {
        var only = new ComparableTransaction("Only", d("250000"), List.of());

        var result = approach.value(new MarketApproachInput(List.of(only), Averaging.WEIGHTED));

        assertThat(result.value()).isEqualByComparingTo("250000.00");
        assertThat(result.comparables().get(0).combinedCoefficient()).isEqualByComparingTo("1");
        assertThat(result.comparables().get(0).weight()).isEqualByComparingTo("1");
    }

    @Test
    void remainingLifeByAnnuityFactorsCountsLaterYearsForLess() {
        // [1 − 1.1^−8] ÷ [1 − 1.1^−10] = 5.334926 ÷ 6.144567 = 0.868235 (python), against 0.8
        // plainly.
        assertThat(MarketAdjustment.remainingLife(8, 10, d("0.10"))
                        .coefficient()
                        .subtract(d("0.8682346707467259"))
                        .abs())
                .isLessThan(d("1e-15"));
        assertThat(MarketAdjustment.remainingLife(8, 10, d("0")).coefficient()).isEqualByComparingTo("0.8");
    }

    @Test
    void refusesImpossibleInputs() {
        assertInvalid(() -> new MarketApproachInput(List.of(), Averaging.SIMPLE), ValuationKeys.NO_COMPARABLES);
        assertInvalid(
                () -> new ComparableTransaction("X", d("0"), List.of()), ValuationKeys.NON_POSITIVE_COMPARABLE_PRICE);
        assertInvalid(
                () -> new ComparableTransaction("X", d("-5"), List.of()), ValuationKeys.NON_POSITIVE_COMPARABLE_PRICE);
        assertInvalid(() -> new ComparableTransaction("X", d("5"), List.of(), d("-1")), ValuationKeys.NEGATIVE_WEIGHT);
        assertInvalid(() -> new MarketAdjustment(Factor.OTHER, d("0")), ValuationKeys.NON_POSITIVE_ADJUSTMENT_FACTOR);
        assertInvalid(
                () -> MarketAdjustment.percent(Factor.OTHER, d("-1")), ValuationKeys.NON_POSITIVE_ADJUSTMENT_FACTOR);
        assertInvalid(() -> MarketAdjustment.priceIndex(d("0"), d("100")), ValuationKeys.NON_POSITIVE_PRICE_INDEX);
        assertInvalid(() -> MarketAdjustment.priceIndex(d("100"), d("-100")), ValuationKeys.NON_POSITIVE_PRICE_INDEX);
        assertInvalid(() -> MarketAdjustment.remainingLife(d("0"), d("10")), ValuationKeys.NON_POSITIVE_LIFE);
        assertInvalid(() -> MarketAdjustment.remainingLife(8, -10, d("0.1")), ValuationKeys.NON_POSITIVE_LIFE);
        assertInvalid(
                () -> MarketAdjustment.remainingLife(8, 10, d("-1")), ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT);
        var zeroWeights = threeDeals("0", "0", "0");
        assertInvalid(
                () -> approach.value(new MarketApproachInput(zeroWeights, Averaging.WEIGHTED)),
                ValuationKeys.ZERO_TOTAL_WEIGHT);
    }
}
