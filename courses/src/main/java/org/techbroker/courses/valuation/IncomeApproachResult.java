package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The income approach's answer with its working.
 *
 * @param economicLife the number of years projected
 * @param builtUpRate risk-free rate + risk premium
 * @param appliedRate the rate actually used, after any nominal/real conversion
 * @param timing the timing convention used
 * @param profitShares the revenue → profit → technology share working, one line a year; empty when
 *     the cash flows were given directly
 * @param years the discounted cash flow table
 * @param presentValueOfCashFlows the sum of the years' present values
 * @param terminalValue the terminal value and its discounting, when there is one
 * @param value present value of the cash flows + present value of the terminal value
 */
public record IncomeApproachResult(
        int economicLife,
        BigDecimal builtUpRate,
        BigDecimal appliedRate,
        TimingConvention timing,
        List<ProfitShareLine> profitShares,
        List<DiscountedCashFlow> years,
        BigDecimal presentValueOfCashFlows,
        Optional<TerminalValueLine> terminalValue,
        BigDecimal value) {

    public IncomeApproachResult {
        profitShares = List.copyOf(profitShares);
        years = List.copyOf(years);
    }

    /**
     * One year of the profit-sharing working.
     *
     * @param year the year, counted from 1
     * @param revenue the revenue
     * @param operatingProfit revenue × margin
     * @param technologyCashFlow operating profit × technology share
     */
    public record ProfitShareLine(
            int year, BigDecimal revenue, BigDecimal operatingProfit, BigDecimal technologyCashFlow) {}

    /**
     * The terminal value and its discounting.
     *
     * @param amount the terminal value at the end of the projection (for a perpetuity, one period
     *     before its first cash flow)
     * @param period the discount exponent
     * @param discountFactor 1 ÷ (1 + r)^period
     * @param presentValue amount × discount factor
     */
    public record TerminalValueLine(
            BigDecimal amount, BigDecimal period, BigDecimal discountFactor, BigDecimal presentValue) {}
}
