package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;

import java.util.List;
import java.util.Objects;

/**
 * What the market approach needs: one or more comparable transactions and how to average them.
 *
 * @param comparables the comparable transactions with their adjustments; at least one
 * @param averaging simple or weighted average of the adjusted prices
 */
public record MarketApproachInput(List<ComparableTransaction> comparables, Averaging averaging) {

    public MarketApproachInput {
        comparables = List.copyOf(comparables);
        Objects.requireNonNull(averaging, "averaging");
        check(!comparables.isEmpty(), ValuationKeys.NO_COMPARABLES);
    }

    /** How the adjusted prices are combined. */
    public enum Averaging {
        /** Each comparable counts equally; weights are ignored. */
        SIMPLE,
        /** Each comparable counts by its weight ÷ the sum of the weights. */
        WEIGHTED
    }
}
