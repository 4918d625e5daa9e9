package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The engine's one rounding policy. Every calculation runs at 34 significant digits ({@link
 * MathContext#DECIMAL128}, half-even); a result rounds each figure it reports exactly once, from
 * the full-precision value: money to 2 decimals, rates, factors, weights and probabilities to 6
 * decimals, all half-even. Totals are therefore rounded sums of unrounded lines, so the rounded
 * lines a lesson shows may differ from the total by a cent; that is the usual accounting
 * presentation and keeps the answer independent of how a trainee lays out the working.
 *
 * <p>Rates are decimals throughout: 0.10 means 10 %.
 */
public final class Precision {

    /** The precision of every intermediate step. */
    public static final MathContext CALCULATION = MathContext.DECIMAL128;

    /** How reported figures are rounded (banker's rounding, which does not bias sums). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    /** Decimals of a reported amount of money. */
    public static final int MONEY_SCALE = 2;

    /** Decimals of a reported rate, factor, weight or probability. */
    public static final int FACTOR_SCALE = 6;

    private Precision() {}

    /** An amount of money as reported: 2 decimals, half-even. */
    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, ROUNDING);
    }

    /** A rate, factor, weight or probability as reported: 6 decimals, half-even. */
    public static BigDecimal factor(BigDecimal value) {
        return value.setScale(FACTOR_SCALE, ROUNDING);
    }
}
