package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Relief from royalty's answer with its working.
 *
 * @param royaltyRate the royalty rate
 * @param taxRate the tax rate
 * @param builtUpRate risk-free rate + risk premium
 * @param appliedRate the discount rate used, after any nominal/real conversion
 * @param royalties the yearly royalty working
 * @param years the discounted after-tax royalties
 * @param totalAfterTaxRoyalties the undiscounted sum of the after-tax royalties
 * @param value the present value of the after-tax royalties
 */
public record ReliefFromRoyaltyResult(
        BigDecimal royaltyRate,
        BigDecimal taxRate,
        BigDecimal builtUpRate,
        BigDecimal appliedRate,
        List<RoyaltyLine> royalties,
        List<DiscountedCashFlow> years,
        BigDecimal totalAfterTaxRoyalties,
        BigDecimal value) {

    public ReliefFromRoyaltyResult {
        royalties = List.copyOf(royalties);
        years = List.copyOf(years);
    }
}
