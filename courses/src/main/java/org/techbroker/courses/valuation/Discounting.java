package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Precision.CALCULATION;
import static org.techbroker.courses.valuation.Precision.factor;
import static org.techbroker.courses.valuation.Precision.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Discounts yearly cash flows at one rate; shared by the income approach and relief from royalty so
 * that both lay out their tables the same way. The sum is kept at full precision.
 */
final class Discounting {

    final List<DiscountedCashFlow> lines;
    final BigDecimal presentValue;

    private Discounting(List<DiscountedCashFlow> lines, BigDecimal presentValue) {
        this.lines = List.copyOf(lines);
        this.presentValue = presentValue;
    }

    static Discounting of(List<BigDecimal> cashFlows, BigDecimal rate, TimingConvention timing) {
        List<DiscountedCashFlow> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int year = 1; year <= cashFlows.size(); year++) {
            BigDecimal cashFlow = cashFlows.get(year - 1);
            BigDecimal period = timing.period(year);
            BigDecimal discountFactor = discountFactor(rate, period);
            BigDecimal presentValue = cashFlow.multiply(discountFactor, CALCULATION);
            total = total.add(presentValue, CALCULATION);
            lines.add(
                    new DiscountedCashFlow(year, money(cashFlow), period, factor(discountFactor), money(presentValue)));
        }
        return new Discounting(lines, total);
    }

    /** 1 ÷ (1 + rate)^period, for a whole or half period; the rate is above −100 %. */
    static BigDecimal discountFactor(BigDecimal rate, BigDecimal period) {
        BigDecimal growth = Decimals.powWholeOrHalf(BigDecimal.ONE.add(rate), period);
        return BigDecimal.ONE.divide(growth, CALCULATION);
    }
}
