package org.techbroker.courses.valuation;

import java.math.BigDecimal;

/**
 * One year of a discounted cash flow table, as a lesson shows it.
 *
 * @param year the year, counted from 1
 * @param cashFlow the cash flow of the year
 * @param period the discount exponent t (t − 0.5 under the mid-year convention)
 * @param discountFactor 1 ÷ (1 + r)^t
 * @param presentValue cash flow × discount factor, from the unrounded figures
 */
public record DiscountedCashFlow(
        int year, BigDecimal cashFlow, BigDecimal period, BigDecimal discountFactor, BigDecimal presentValue) {}
