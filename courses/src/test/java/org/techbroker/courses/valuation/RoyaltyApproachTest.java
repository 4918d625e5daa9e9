package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.courses.valuation.Valuations.amounts;
import static org.techbroker.courses.valuation.Valuations.assertInvalid;
import static org.techbroker.courses.valuation.Valuations.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoyaltyApproachTest {

    private final RoyaltyApproach approach = new RoyaltyApproach();

    private static final DiscountRate TEN_PERCENT = DiscountRate.of(d("0.04"), d("0.06"));

    @Test
    void reliefFromRoyaltyTaxesAndDiscountsTheRoyaltiesSaved() {
        // Sales 1,000 / 2,000 / 3,000 × 5 % = 50 / 100 / 150; less 25 % tax = 37.5 / 75 / 112.5
        // (225 in all);
        // PV at 10 % = 34.09 + 61.98 + 84.52 = 180.597… = 180.60 (python).
        var result = approach.reliefFromRoyalty(new RoyaltyInput(
                amounts("1000", "2000", "3000"), d("0.05"), d("0.25"), TEN_PERCENT, TimingConvention.END_OF_YEAR));

        assertThat(result.royalties())
                .containsExactly(
                        new RoyaltyLine(1, d("1000.00"), d("50.00"), d("12.50"), d("37.50")),
                        new RoyaltyLine(2, d("2000.00"), d("100.00"), d("25.00"), d("75.00")),
                        new RoyaltyLine(3, d("3000.00"), d("150.00"), d("37.50"), d("112.50")));
        assertThat(result.years())
                .extracting(DiscountedCashFlow::presentValue)
                .containsExactly(d("34.09"), d("61.98"), d("84.52"));
        assertThat(result.totalAfterTaxRoyalties()).isEqualByComparingTo("225.00");
        assertThat(result.appliedRate()).isEqualByComparingTo("0.10");
        assertThat(result.value()).isEqualByComparingTo("180.60");
    }

    @Test
    void reliefFromRoyaltyAtMidYear() {
        // 37.5 ÷ 1.1^0.5 + 75 ÷ 1.1^1.5 + 112.5 ÷ 1.1^2.5 = 189.41 (python).
        var result = approach.reliefFromRoyalty(new RoyaltyInput(
                amounts("1000", "2000", "3000"), d("0.05"), d("0.25"), TEN_PERCENT, TimingConvention.MID_YEAR));

        assertThat(result.value()).isEqualByComparingTo("189.41");
    }

    @Test
    void withoutTaxTheFullRoyaltyIsDiscounted() {
        // 50 ÷ 1.1 + 100 ÷ 1.21 + 150 ÷ 1.331 = 240.80; at a zero rate simply 300.
        var taxed =
                approach.reliefFromRoyalty(new RoyaltyInput(amounts("1000", "2000", "3000"), d("0.05"), TEN_PERCENT));
        var undiscounted = approach.reliefFromRoyalty(
                new RoyaltyInput(amounts("1000", "2000", "3000"), d("0.05"), DiscountRate.of(d("0"), d("0"))));

        assertThat(taxed.royalties()).extracting(RoyaltyLine::tax).containsOnly(d("0.00"));
        assertThat(taxed.value()).isEqualByComparingTo("240.80");
        assertThat(undiscounted.value()).isEqualByComparingTo("300.00");
    }

    @Test
    void totalsTheRoyaltyOnProjectedSales() {
        // (1,000 + 2,000 + 3,000) × 5 % = 300.
        var result = approach.royaltyOnProjectedSales(amounts("1000", "2000", "3000"), d("0.05"));

        assertThat(result.totalSales()).isEqualByComparingTo("6000.00");
        assertThat(result.totalRoyalty()).isEqualByComparingTo("300.00");
        assertThat(result.royalties())
                .extracting(RoyaltyLine::royalty)
                .containsExactly(d("50.00"), d("100.00"), d("150.00"));
    }

    @Test
    void theTwentyFivePercentRuleTakesAQuarterOfTheOperatingProfit() {
        // Sales 10,000,000 with operating profit 2,000,000: margin 20 %, royalty 500,000 = 5 % of
        // sales.
        var result = approach.twentyFivePercentRule(d("10000000"), d("2000000"));

        assertThat(result.operatingMargin()).isEqualByComparingTo("0.20");
        assertThat(result.licensorShare()).isEqualByComparingTo("0.25");
        assertThat(result.royalty()).isEqualByComparingTo("500000.00");
        assertThat(result.impliedRoyaltyRate()).isEqualByComparingTo("0.05");
    }

    @Test
    void refusesImpossibleInputs() {
        assertInvalid(() -> new RoyaltyInput(List.of(), d("0.05"), TEN_PERCENT), ValuationKeys.NO_PROJECTED_SALES);
        assertInvalid(
                () -> new RoyaltyInput(amounts("100", "-1"), d("0.05"), TEN_PERCENT), ValuationKeys.NEGATIVE_SALES);
        assertInvalid(
                () -> new RoyaltyInput(amounts("100"), d("1.05"), TEN_PERCENT),
                ValuationKeys.ROYALTY_RATE_OUT_OF_RANGE);
        assertInvalid(
                () -> new RoyaltyInput(amounts("100"), d("-0.05"), TEN_PERCENT),
                ValuationKeys.ROYALTY_RATE_OUT_OF_RANGE);
        assertInvalid(
                () -> new RoyaltyInput(amounts("100"), d("0.05"), d("1.25"), TEN_PERCENT, TimingConvention.END_OF_YEAR),
                ValuationKeys.TAX_RATE_OUT_OF_RANGE);
        assertInvalid(() -> approach.royaltyOnProjectedSales(List.of(), d("0.05")), ValuationKeys.NO_PROJECTED_SALES);
        assertInvalid(
                () -> approach.royaltyOnProjectedSales(amounts("100"), d("2")),
                ValuationKeys.ROYALTY_RATE_OUT_OF_RANGE);
        assertInvalid(() -> approach.twentyFivePercentRule(d("0"), d("10")), ValuationKeys.NON_POSITIVE_SALES);
        assertInvalid(
                () -> approach.twentyFivePercentRule(d("100"), d("0")), ValuationKeys.NON_POSITIVE_OPERATING_PROFIT);
        assertInvalid(
                () -> approach.twentyFivePercentRule(d("100"), d("-10")), ValuationKeys.NON_POSITIVE_OPERATING_PROFIT);
        assertInvalid(() -> approach.twentyFivePercentRule(d("100"), d("101")), ValuationKeys.PROFIT_EXCEEDS_SALES);
    }
}
