package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;
import static org.techbroker.courses.valuation.Precision.CALCULATION;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * The yearly cash flows that the income approach discounts, one per year of the economic life: year
 * 1 first. The economic life is the number of years projected.
 */
public sealed interface CashFlowProjection permits CashFlowProjection.NetCashFlows, CashFlowProjection.ProfitShare {

    /** The cash flow attributable to the technology in each year, at full precision. */
    List<BigDecimal> cashFlows();

    /**
     * Net cash flows given directly, which may be negative in years of further investment.
     *
     * @param amounts one amount per year; at least one
     */
    record NetCashFlows(List<BigDecimal> amounts) implements CashFlowProjection {

        public NetCashFlows {
            amounts = Decimals.copyOf(amounts, "amounts");
            check(!amounts.isEmpty(), ValuationKeys.NO_CASH_FLOWS);
        }

        /** The same amount every year for {@code years} years, an annuity. */
        public static NetCashFlows level(BigDecimal amount, int years) {
            required(amount, "amount");
            check(years > 0, ValuationKeys.NON_POSITIVE_LIFE, years);
            return new NetCashFlows(Collections.nCopies(years, amount));
        }

        @Override
        public List<BigDecimal> cashFlows() {
            return amounts;
        }
    }

    /**
     * The profit-sharing form (分成法): the technology's cash flow is revenue × operating margin × the
     * technology's share of the profit (利润分成率). For a share of sales (销售收入分成率) set the margin to 1.
     *
     * @param revenues the revenue expected from products using the technology, per year; at least
     *     one, none negative
     * @param margin the operating margin, 0 to 1
     * @param technologyShare the share of the profit due to the technology, 0 to 1
     */
    record ProfitShare(List<BigDecimal> revenues, BigDecimal margin, BigDecimal technologyShare)
            implements CashFlowProjection {

        public ProfitShare {
            revenues = Decimals.copyOf(revenues, "revenues");
            required(margin, "margin");
            required(technologyShare, "technologyShare");
            check(!revenues.isEmpty(), ValuationKeys.NO_CASH_FLOWS);
            for (int year = 1; year <= revenues.size(); year++) {
                BigDecimal revenue = revenues.get(year - 1);
                check(revenue.signum() >= 0, ValuationKeys.NEGATIVE_REVENUE, year, revenue);
            }
            check(Decimals.isFraction(margin), ValuationKeys.MARGIN_OUT_OF_RANGE, margin);
            check(Decimals.isFraction(technologyShare), ValuationKeys.TECHNOLOGY_SHARE_OUT_OF_RANGE, technologyShare);
        }

        /** Revenue × margin for each year. */
        public List<BigDecimal> operatingProfits() {
            return revenues.stream().map(r -> r.multiply(margin, CALCULATION)).toList();
        }

        @Override
        public List<BigDecimal> cashFlows() {
            return operatingProfits().stream()
                    .map(p -> p.multiply(technologyShare, CALCULATION))
                    .toList();
        }
    }
}
