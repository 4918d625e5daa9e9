package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A transaction in a similar technology (参照物) that the market approach adjusts to the subject.
 *
 * @param label how the lesson names it ("Deal A"); not translated, it comes from the lesson
 * @param price the price paid; positive
 * @param adjustments the adjustment coefficients, applied by multiplication; may be empty
 * @param weight the comparable's weight in a weighted average; not negative; ignored by the simple
 *     average. Weights need not add up to 1: they are normalised.
 */
public record ComparableTransaction(
        String label, BigDecimal price, List<MarketAdjustment> adjustments, BigDecimal weight) {

    public ComparableTransaction {
        Objects.requireNonNull(label, "label");
        required(price, "price");
        adjustments = List.copyOf(adjustments);
        required(weight, "weight");
        check(price.signum() > 0, ValuationKeys.NON_POSITIVE_COMPARABLE_PRICE, label, price);
        check(weight.signum() >= 0, ValuationKeys.NEGATIVE_WEIGHT, label, weight);
    }

    /** A comparable of weight 1, for the simple average. */
    public ComparableTransaction(String label, BigDecimal price, List<MarketAdjustment> adjustments) {
        this(label, price, adjustments, BigDecimal.ONE);
    }
}
