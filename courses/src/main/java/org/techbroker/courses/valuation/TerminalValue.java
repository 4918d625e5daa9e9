package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;

import java.math.BigDecimal;

/**
 * What the technology is worth at the end of the projected years. Most technologies have a finite
 * economic life and no terminal value; a residual value (for example selling the patent on) or a
 * growing perpetuity suits the rest.
 */
public sealed interface TerminalValue
        permits TerminalValue.None, TerminalValue.Residual, TerminalValue.GrowingPerpetuity {

    /** No terminal value: the technology is worth nothing after its economic life. */
    static TerminalValue none() {
        return new None();
    }

    /** No terminal value. */
    record None() implements TerminalValue {}

    /**
     * A fixed amount received at the end of the last projected year, discounted over the full
     * number of years whatever the timing convention. May be negative (a cost of withdrawal).
     *
     * @param amount the residual value at the end of the economic life
     */
    record Residual(BigDecimal amount) implements TerminalValue {

        public Residual {
            required(amount, "amount");
        }
    }

    /**
     * The Gordon growth model: the last year's cash flow continues for ever, growing at {@code
     * growthRate}, worth CF × (1 + g) ÷ (r − g) one period before its first cash flow. The growth
     * rate must stay below the discount rate; the check happens when the rate is known.
     *
     * @param growthRate the perpetual growth rate; above −100 %
     */
    record GrowingPerpetuity(BigDecimal growthRate) implements TerminalValue {

        public GrowingPerpetuity {
            required(growthRate, "growthRate");
            check(
                    growthRate.compareTo(Decimals.MINUS_ONE) > 0,
                    ValuationKeys.GROWTH_NOT_ABOVE_MINUS_100_PERCENT,
                    growthRate);
        }
    }
}
