package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.courses.valuation.Valuations.assertInvalid;
import static org.techbroker.courses.valuation.Valuations.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.valuation.CostApproachInput.ByAge;
import org.techbroker.courses.valuation.CostApproachInput.ByRate;
import org.techbroker.courses.valuation.CostApproachInput.DepreciationBasis;
import org.techbroker.courses.valuation.CostApproachInput.Itemised;
import org.techbroker.courses.valuation.CostApproachInput.NewnessRate;
import org.techbroker.courses.valuation.CostApproachInput.PhysicalDeterioration;
import org.techbroker.courses.valuation.CostApproachResult.Deduction;
import org.techbroker.courses.valuation.CostApproachResult.DepreciationKind;

class CostApproachTest {

    private final CostApproach approach = new CostApproach();

    private CostApproachResult value(String cost, CostApproachInput.Depreciation depreciation) {
        return approach.value(new CostApproachInput(d(cost), depreciation));
    }

    @Test
    void deductsEachPartOfDepreciationFromReplacementCost() {
        // 500,000 replacement cost, 3 of 10 years used: physical 30 % = 150,000;
        // functional 10 % = 50,000; economic 5 % = 25,000; value 500,000 − 225,000 = 275,000.
        var result = value(
                "500000",
                new Itemised(new ByAge(d("3"), d("10")), d("0.10"), d("0.05"), DepreciationBasis.REPLACEMENT_COST));

        assertThat(result.deductions())
                .containsExactly(
                        new Deduction(DepreciationKind.PHYSICAL, d("0.300000"), d("500000.00"), d("150000.00")),
                        new Deduction(DepreciationKind.FUNCTIONAL, d("0.100000"), d("500000.00"), d("50000.00")),
                        new Deduction(DepreciationKind.ECONOMIC, d("0.050000"), d("500000.00"), d("25000.00")));
        assertThat(result.accumulatedDepreciation()).isEqualByComparingTo("225000.00");
        assertThat(result.value()).isEqualByComparingTo("275000.00").hasScaleOf(2);
        assertThat(result.newnessRate()).isEqualByComparingTo("0.55");
    }

    @Test
    void appliesEachRateToWhatTheEarlierDeductionsLeftOnTheRemainingValueBasis() {
        // 500,000 × 0.70 = 350,000; functional 10 % of 350,000 = 35,000 → 315,000;
        // economic 5 % of 315,000 = 15,750 → 299,250; implied 成新率 0.7 × 0.9 × 0.95 = 0.5985.
        var result = value(
                "500000",
                new Itemised(new ByAge(d("3"), d("10")), d("0.10"), d("0.05"), DepreciationBasis.REMAINING_VALUE));

        assertThat(result.deductions())
                .extracting(Deduction::base)
                .containsExactly(d("500000.00"), d("350000.00"), d("315000.00"));
        assertThat(result.deductions())
                .extracting(Deduction::amount)
                .containsExactly(d("150000.00"), d("35000.00"), d("15750.00"));
        assertThat(result.value()).isEqualByComparingTo("299250.00");
        assertThat(result.newnessRate()).isEqualByComparingTo("0.5985");
    }

    @Test
    void valuesByNewnessRateFromServiceLives() {
        // 成新率 = 6 ÷ (4 + 6) = 0.6; 1,200,000 × 0.6 = 720,000.
        var result = value("1200000", NewnessRate.fromLives(d("4"), d("6")));

        assertThat(result.newnessRate()).isEqualByComparingTo("0.6");
        assertThat(result.value()).isEqualByComparingTo("720000.00");
        assertThat(result.accumulatedDepreciation()).isEqualByComparingTo("480000.00");
        assertThat(result.deductions()).isEmpty();
    }

    @Test
    void withoutDepreciationTheValueIsTheReplacementCost() {
        var itemised = value("80000", Itemised.physicalOnly(PhysicalDeterioration.none()));
        var asNew = value("80000", new NewnessRate(BigDecimal.ONE));

        assertThat(itemised.value()).isEqualByComparingTo("80000.00");
        assertThat(itemised.accumulatedDepreciation()).isEqualByComparingTo("0");
        assertThat(asNew.value()).isEqualByComparingTo("80000.00");
    }

    @Test
    void aDeteriorationRateGivenDirectlyAndAFullyWornTechnology() {
        assertThat(value("1000", Itemised.physicalOnly(new ByRate(d("0.25")))).value())
                .isEqualByComparingTo("750.00");
        assertThat(value("1000", Itemised.physicalOnly(new ByAge(d("8"), d("8"))))
                        .value())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void roundsTheValueOnceHalfEven() {
        // 100.25 × 0.5 = 50.125 → 50.12 (half-even), 100.75 × 0.5 = 50.375 → 50.38;
        // 1,000 × 2/3 = 666.666… → 666.67.
        assertThat(value("100.25", new NewnessRate(d("0.5"))).value()).isEqualByComparingTo("50.12");
        assertThat(value("100.75", new NewnessRate(d("0.5"))).value()).isEqualByComparingTo("50.38");
        var thirds = value("1000", NewnessRate.fromLives(d("1"), d("2")));
        assertThat(thirds.value()).isEqualByComparingTo("666.67");
        assertThat(thirds.newnessRate()).isEqualByComparingTo("0.666667");
        assertThat(thirds.accumulatedDepreciation()).isEqualByComparingTo("333.33");
    }

    @Test
    void refusesImpossibleInputs() {
        assertInvalid(
                () -> new CostApproachInput(BigDecimal.ZERO, new NewnessRate(BigDecimal.ONE)),
                ValuationKeys.NON_POSITIVE_REPLACEMENT_COST);
        assertInvalid(
                () -> new CostApproachInput(d("-1"), new NewnessRate(BigDecimal.ONE)),
                ValuationKeys.NON_POSITIVE_REPLACEMENT_COST);
        assertInvalid(() -> new ByAge(d("-1"), d("10")), ValuationKeys.NEGATIVE_AGE);
        assertInvalid(() -> new ByAge(d("1"), d("0")), ValuationKeys.NON_POSITIVE_LIFE);
        assertInvalid(() -> new ByAge(d("1"), d("-10")), ValuationKeys.NON_POSITIVE_LIFE);
        assertInvalid(() -> new ByAge(d("11"), d("10")), ValuationKeys.AGE_BEYOND_LIFE);
        assertInvalid(() -> new ByRate(d("1.01")), ValuationKeys.DETERIORATION_OUT_OF_RANGE);
        assertInvalid(() -> new ByRate(d("-0.01")), ValuationKeys.DETERIORATION_OUT_OF_RANGE);
        assertInvalid(
                () -> new Itemised(PhysicalDeterioration.none(), d("1.5"), d("0"), DepreciationBasis.REMAINING_VALUE),
                ValuationKeys.OBSOLESCENCE_OUT_OF_RANGE);
        assertInvalid(
                () -> new Itemised(PhysicalDeterioration.none(), d("0"), d("-0.1"), DepreciationBasis.REMAINING_VALUE),
                ValuationKeys.OBSOLESCENCE_OUT_OF_RANGE);
        assertInvalid(
                () -> new Itemised(new ByRate(d("0.6")), d("0.3"), d("0.2"), DepreciationBasis.REPLACEMENT_COST),
                ValuationKeys.DEPRECIATION_EXCEEDS_COST);
        assertInvalid(() -> new NewnessRate(d("1.2")), ValuationKeys.NEWNESS_RATE_OUT_OF_RANGE);
        assertInvalid(() -> new NewnessRate(d("-0.2")), ValuationKeys.NEWNESS_RATE_OUT_OF_RANGE);
        assertInvalid(() -> NewnessRate.fromLives(d("-1"), d("5")), ValuationKeys.NEGATIVE_AGE);
        assertInvalid(() -> NewnessRate.fromLives(d("1"), d("-5")), ValuationKeys.NEGATIVE_REMAINING_LIFE);
        assertInvalid(() -> NewnessRate.fromLives(d("0"), d("0")), ValuationKeys.NON_POSITIVE_LIFE);
    }

    @Test
    void theSameRatesMayExceedOneHundredPercentTogetherOnlyOnTheRemainingValueBasis() {
        // 0.6, 0.3 and 0.2 in turn: 1,000 × 0.4 × 0.7 × 0.8 = 224.
        var result = value(
                "1000", new Itemised(new ByRate(d("0.6")), d("0.3"), d("0.2"), DepreciationBasis.REMAINING_VALUE));

        assertThat(result.value()).isEqualByComparingTo("224.00");
    }
}
