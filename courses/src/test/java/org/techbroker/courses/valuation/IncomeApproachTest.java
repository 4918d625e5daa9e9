package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.courses.valuation.Valuations.amounts;
import static org.techbroker.courses.valuation.Valuations.assertInvalid;
import static org.techbroker.courses.valuation.Valuations.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.valuation.CashFlowProjection.NetCashFlows;
import org.techbroker.courses.valuation.CashFlowProjection.ProfitShare;
import org.techbroker.courses.valuation.IncomeApproachResult.ProfitShareLine;

class IncomeApproachTest {

    private final IncomeApproach approach = new IncomeApproach();

    private static final DiscountRate TEN_PERCENT = DiscountRate.of(d("0.04"), d("0.06"));

    private IncomeApproachResult value(
            CashFlowProjection projection, DiscountRate rate, TimingConvention timing, TerminalValue terminal) {
        return approach.value(new IncomeApproachInput(projection, rate, timing, terminal));
    }

    @Test
    void discountsEachYearAtTheEnd() {
        // NPV of 100 for 3 years at 10 % = 90.909 + 82.645 + 75.131 = 248.685… = 248.69.
        var result = approach.value(new IncomeApproachInput(NetCashFlows.level(d("100"), 3), TEN_PERCENT));

        assertThat(result.economicLife()).isEqualTo(3);
        assertThat(result.builtUpRate()).isEqualByComparingTo("0.10");
        assertThat(result.appliedRate()).isEqualByComparingTo("0.10");
        assertThat(result.years())
                .containsExactly(
                        new DiscountedCashFlow(1, d("100.00"), d("1"), d("0.909091"), d("90.91")),
                        new DiscountedCashFlow(2, d("100.00"), d("2"), d("0.826446"), d("82.64")),
                        new DiscountedCashFlow(3, d("100.00"), d("3"), d("0.751315"), d("75.13")));
        assertThat(result.presentValueOfCashFlows()).isEqualByComparingTo("248.69");
        assertThat(result.terminalValue()).isEmpty();
        assertThat(result.value()).isEqualByComparingTo("248.69");
        assertThat(result.profitShares()).isEmpty();
    }

    @Test
    void totalIsRoundedFromUnroundedLines() {
        // The rounded lines above add to 90.91 + 82.64 + 75.13 = 248.68, but the value is the
        // rounded sum of unrounded present values, 248.685… = 248.69.
        var result = approach.value(new IncomeApproachInput(NetCashFlows.level(d("100"), 3), TEN_PERCENT));

        BigDecimal sumOfLines =
                result.years().stream().map(DiscountedCashFlow::presentValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfLines).isEqualByComparingTo("248.68");
        assertThat(result.value()).isEqualByComparingTo("248.69");
    }

    @Test
    void discountsAtMidYear() {
        // 100 ÷ 1.1^0.5 + 100 ÷ 1.1^1.5 + 100 ÷ 1.1^2.5 = 260.823… (python).
        var result =
                value(NetCashFlows.level(d("100"), 3), TEN_PERCENT, TimingConvention.MID_YEAR, TerminalValue.none());

        assertThat(result.years()).extracting(DiscountedCashFlow::period).containsExactly(d("0.5"), d("1.5"), d("2.5"));
        assertThat(result.years().get(0).discountFactor()).isEqualByComparingTo("0.953463");
        assertThat(result.value()).isEqualByComparingTo("260.82");
    }

    @Test
    void sharesTheProfitAndDiscountsRealCashFlowsAtTheRealRate() {
        // Revenue 1,000 / 1,200 / 1,500 × margin 20 % × 分成率 25 % = 50 / 60 / 75.
        // Nominal 3 % + 9 % = 12 %, inflation 2 %: real 1.12 ÷ 1.02 − 1 = 0.0980392…;
        // PV = 50 ÷ 1.098 + 60 ÷ 1.098² + 75 ÷ 1.098³ = 151.9508 (python).
        var rate = DiscountRate.of(d("0.03"), d("0.09")).toReal(d("0.02"));
        var result = approach.value(
                new IncomeApproachInput(new ProfitShare(amounts("1000", "1200", "1500"), d("0.20"), d("0.25")), rate));

        assertThat(result.profitShares())
                .containsExactly(
                        new ProfitShareLine(1, d("1000.00"), d("200.00"), d("50.00")),
                        new ProfitShareLine(2, d("1200.00"), d("240.00"), d("60.00")),
                        new ProfitShareLine(3, d("1500.00"), d("300.00"), d("75.00")));
        assertThat(result.builtUpRate()).isEqualByComparingTo("0.12");
        assertThat(result.appliedRate()).isEqualByComparingTo("0.098039");
        assertThat(result.value()).isEqualByComparingTo("151.95");
    }

    @Test
    void convertsBetweenNominalAndRealWithFisher() {
        // (1.10 ÷ 1.03) − 1 = 0.0679612; 1.04 × 1.03 − 1 = 0.0712.
        assertThat(DiscountRate.of(d("0.10"), d("0"))
                        .toReal(d("0.03"))
                        .appliedRate()
                        .setScale(7, Precision.ROUNDING))
                .isEqualByComparingTo("0.0679612");
        assertThat(DiscountRate.of(d("0.04"), d("0")).toNominal(d("0.03")).appliedRate())
                .isEqualByComparingTo("0.0712");
        assertThat(DiscountRate.realToNominal(DiscountRate.nominalToReal(d("0.10"), d("0.03")), d("0.03"))
                        .subtract(d("0.10"))
                        .abs())
                .isLessThan(d("1e-30"));
    }

    @Test
    void addsAGrowingPerpetuityAfterTheLastYear() {
        // TV₃ = 100 × 1.02 ÷ (0.10 − 0.02) = 1,275; PV = 1,275 ÷ 1.331 = 957.93; total 1,206.61.
        var result = value(
                NetCashFlows.level(d("100"), 3),
                TEN_PERCENT,
                TimingConvention.END_OF_YEAR,
                new TerminalValue.GrowingPerpetuity(d("0.02")));

        var terminal = result.terminalValue().orElseThrow();
        assertThat(terminal.amount()).isEqualByComparingTo("1275.00");
        assertThat(terminal.period()).isEqualByComparingTo("3");
        assertThat(terminal.presentValue()).isEqualByComparingTo("957.93");
        assertThat(result.value()).isEqualByComparingTo("1206.61");
    }

    @Test
    void underTheMidYearConventionThePerpetuityIsDiscountedHalfAYearLess() {
        // Its cash flows arrive at 3.5, 4.5, …, so it is worth 1,275 at 2.5: 1,275 ÷ 1.1^2.5 =
        // 1,004.68;
        // with 260.82 for the years, 1,265.50 (python).
        var result = value(
                NetCashFlows.level(d("100"), 3),
                TEN_PERCENT,
                TimingConvention.MID_YEAR,
                new TerminalValue.GrowingPerpetuity(d("0.02")));

        assertThat(result.terminalValue().orElseThrow().period()).isEqualByComparingTo("2.5");
        assertThat(result.terminalValue().orElseThrow().presentValue()).isEqualByComparingTo("1004.68");
        assertThat(result.value()).isEqualByComparingTo("1265.50");
    }

    @Test
    void addsAResidualValueAtTheEndOfTheLife() {
        // 50 ÷ 1.331 = 37.57; 248.685 + 37.566 = 286.25.
        var result = value(
                NetCashFlows.level(d("100"), 3),
                TEN_PERCENT,
                TimingConvention.END_OF_YEAR,
                new TerminalValue.Residual(d("50")));

        assertThat(result.terminalValue().orElseThrow().presentValue()).isEqualByComparingTo("37.57");
        assertThat(result.value()).isEqualByComparingTo("286.25");
    }

    @Test
    void atAZeroRateTheValueIsTheSumOfTheCashFlows() {
        var result = approach.value(new IncomeApproachInput(
                new NetCashFlows(amounts("-50", "100", "250")), DiscountRate.of(d("0"), d("0"))));

        assertThat(result.years())
                .extracting(DiscountedCashFlow::discountFactor)
                .containsOnly(d("1.000000"));
        assertThat(result.value()).isEqualByComparingTo("300.00");
    }

    @Test
    void aNegativeRateAboveMinusOneHundredPercentIsAllowed() {
        // 100 ÷ 0.9 = 111.11.
        var result = approach.value(
                new IncomeApproachInput(NetCashFlows.level(d("100"), 1), DiscountRate.of(d("-0.1"), d("0"))));

        assertThat(result.value()).isEqualByComparingTo("111.11");
    }

    @Test
    void aLevelAnnuityOverFiveYears() {
        // 1,000 × [1 − 1.08^−5] ÷ 0.08 = 3,992.71.
        var result = approach.value(
                new IncomeApproachInput(NetCashFlows.level(d("1000"), 5), DiscountRate.of(d("0.03"), d("0.05"))));

        assertThat(result.value()).isEqualByComparingTo("3992.71");
    }

    @Test
    void refusesImpossibleInputs() {
        assertInvalid(() -> new NetCashFlows(List.of()), ValuationKeys.NO_CASH_FLOWS);
        assertInvalid(() -> NetCashFlows.level(d("100"), 0), ValuationKeys.NON_POSITIVE_LIFE);
        assertInvalid(() -> NetCashFlows.level(d("100"), -3), ValuationKeys.NON_POSITIVE_LIFE);
        assertInvalid(() -> new ProfitShare(List.of(), d("0.2"), d("0.25")), ValuationKeys.NO_CASH_FLOWS);
        assertInvalid(() -> new ProfitShare(amounts("100", "-1"), d("0.2"), d("0.25")), ValuationKeys.NEGATIVE_REVENUE);
        assertInvalid(() -> new ProfitShare(amounts("100"), d("1.2"), d("0.25")), ValuationKeys.MARGIN_OUT_OF_RANGE);
        assertInvalid(
                () -> new ProfitShare(amounts("100"), d("0.2"), d("-0.25")),
                ValuationKeys.TECHNOLOGY_SHARE_OUT_OF_RANGE);
        assertInvalid(() -> DiscountRate.of(d("-1"), d("0")), ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT);
        assertInvalid(() -> DiscountRate.of(d("0.03"), d("-1.5")), ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT);
        assertInvalid(
                () -> DiscountRate.of(d("0.1"), d("0")).toReal(d("-1")),
                ValuationKeys.INFLATION_NOT_ABOVE_MINUS_100_PERCENT);
        assertInvalid(
                () -> new TerminalValue.GrowingPerpetuity(d("-1")), ValuationKeys.GROWTH_NOT_ABOVE_MINUS_100_PERCENT);
        var tooFast = new IncomeApproachInput(
                NetCashFlows.level(d("100"), 3),
                TEN_PERCENT,
                TimingConvention.END_OF_YEAR,
                new TerminalValue.GrowingPerpetuity(d("0.10")));
        assertInvalid(() -> approach.value(tooFast), ValuationKeys.GROWTH_NOT_BELOW_RATE);
    }
}
