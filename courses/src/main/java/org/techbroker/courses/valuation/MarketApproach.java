package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Precision.CALCULATION;
import static org.techbroker.courses.valuation.Precision.factor;
import static org.techbroker.courses.valuation.Precision.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.courses.valuation.MarketApproachInput.Averaging;
import org.techbroker.courses.valuation.MarketApproachResult.AdjustedComparable;

/**
 * The market approach: each comparable transaction's price times its adjustment coefficients gives
 * an adjusted price; the value is their simple or weighted average. Technology markets are thin and
 * their terms confidential, so comparables are few and adjustments large; the result shows every
 * adjusted price so that a lesson can discuss how far apart they are.
 */
public class MarketApproach {

    public MarketApproachResult value(MarketApproachInput input) {
        List<ComparableTransaction> comparables = input.comparables();
        Averaging averaging = input.averaging();
        List<BigDecimal> weights = comparables.stream()
                .map(c -> averaging == Averaging.SIMPLE ? BigDecimal.ONE : c.weight())
                .toList();
        BigDecimal totalWeight = Decimals.sum(weights);
        check(totalWeight.signum() > 0, ValuationKeys.ZERO_TOTAL_WEIGHT);
        List<AdjustedComparable> adjusted = new ArrayList<>();
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (int i = 0; i < comparables.size(); i++) {
            ComparableTransaction comparable = comparables.get(i);
            BigDecimal combined = comparable.adjustments().stream()
                    .map(MarketAdjustment::coefficient)
                    .reduce(BigDecimal.ONE, (a, b) -> a.multiply(b, CALCULATION));
            BigDecimal adjustedPrice = comparable.price().multiply(combined, CALCULATION);
            weightedSum = weightedSum.add(adjustedPrice.multiply(weights.get(i), CALCULATION), CALCULATION);
            adjusted.add(new AdjustedComparable(
                    comparable.label(),
                    money(comparable.price()),
                    comparable.adjustments().stream()
                            .map(a -> new MarketAdjustment(a.factor(), factor(a.coefficient())))
                            .toList(),
                    factor(combined),
                    money(adjustedPrice),
                    factor(weights.get(i).divide(totalWeight, CALCULATION))));
        }
        // One division at the end, so that a simple average of three is exact to the last digit.
        BigDecimal value = weightedSum.divide(totalWeight, CALCULATION);
        return new MarketApproachResult(adjusted, averaging, money(value));
    }
}
