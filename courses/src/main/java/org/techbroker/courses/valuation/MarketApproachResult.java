package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The market approach's answer with each comparable's adjusted price.
 *
 * @param comparables each comparable after adjustment, in the order given
 * @param averaging how the adjusted prices were combined
 * @param value the appraised value: the (weighted) average of the adjusted prices
 */
public record MarketApproachResult(
        List<AdjustedComparable> comparables, MarketApproachInput.Averaging averaging, BigDecimal value) {

    public MarketApproachResult {
        comparables = List.copyOf(comparables);
    }

    /**
     * One comparable after adjustment.
     *
     * @param label the comparable's label
     * @param price the price paid
     * @param adjustments the adjustments applied, coefficients as reported
     * @param combinedCoefficient the product of the coefficients
     * @param adjustedPrice price × combined coefficient
     * @param weight the normalised weight (the weights add up to 1)
     */
    public record AdjustedComparable(
            String label,
            BigDecimal price,
            List<MarketAdjustment> adjustments,
            BigDecimal combinedCoefficient,
            BigDecimal adjustedPrice,
            BigDecimal weight) {

        public AdjustedComparable {
            adjustments = List.copyOf(adjustments);
        }
    }
}
