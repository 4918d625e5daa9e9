package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The plain total of royalties on projected sales, neither taxed nor discounted.
 *
 * @param royaltyRate the royalty rate
 * @param royalties the yearly royalty working (tax is zero)
 * @param totalSales the sum of the projected sales
 * @param totalRoyalty the sum of the royalties: total sales × royalty rate
 */
public record ProjectedRoyaltyResult(
        BigDecimal royaltyRate, List<RoyaltyLine> royalties, BigDecimal totalSales, BigDecimal totalRoyalty) {

    public ProjectedRoyaltyResult {
        royalties = List.copyOf(royalties);
    }
}
