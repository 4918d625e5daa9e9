package org.techbroker.courses.valuation;

import java.math.BigDecimal;

/**
 * The 25 % rule's answer. A heuristic, not a valuation: see {@link
 * RoyaltyApproach#twentyFivePercentRule}.
 *
 * @param expectedSales the licensee's expected sales
 * @param expectedOperatingProfit the licensee's expected operating profit on them
 * @param operatingMargin operating profit ÷ sales
 * @param licensorShare the licensor's share of the profit, 0.25
 * @param royalty 25 % of the operating profit
 * @param impliedRoyaltyRate the royalty as a share of sales: 25 % × operating margin
 */
public record TwentyFivePercentRuleResult(
        BigDecimal expectedSales,
        BigDecimal expectedOperatingProfit,
        BigDecimal operatingMargin,
        BigDecimal licensorShare,
        BigDecimal royalty,
        BigDecimal impliedRoyaltyRate) {}
