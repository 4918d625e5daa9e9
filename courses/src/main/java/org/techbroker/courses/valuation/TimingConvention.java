package org.techbroker.courses.valuation;

import java.math.BigDecimal;

/**
 * When in each year a cash flow is taken to arrive, which sets the exponent of its discount factor
 * 1 ÷ (1 + r)^t.
 */
public enum TimingConvention {
    /** At the end of year t: exponent t. The textbook default. */
    END_OF_YEAR,
    /**
     * Spread over the year, taken as arriving in the middle: exponent t − 0.5. Closer to how sales
     * and royalties really arrive; it gives a somewhat higher value.
     */
    MID_YEAR;

    /** The discount period (exponent) for a cash flow of year {@code year}, counted from 1. */
    BigDecimal period(int year) {
        BigDecimal whole = BigDecimal.valueOf(year);
        return this == END_OF_YEAR ? whole : whole.subtract(Decimals.HALF);
    }
}
