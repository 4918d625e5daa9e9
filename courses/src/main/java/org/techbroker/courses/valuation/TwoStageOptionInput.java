package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A two-stage investment in a technology: pay the first stage (research, a pilot) now, and so buy
 * the right, not the obligation, to pay the second stage (commercial launch) at a decision date and
 * receive a project whose value is uncertain until then.
 *
 * @param stageOneCost what the first stage costs now; not negative
 * @param stageTwoCost what the second stage will cost at the decision date (the option's strike);
 *     not negative
 * @param projectValue today's present value of the cash flows the launched project would bring (the
 *     option's underlying); positive
 * @param riskFreeRate the risk-free rate, continuously compounded, as a decimal
 * @param yearsToDecision years until the second-stage decision; positive
 * @param steps the number of steps of the binomial lattice, 1 to {@value #MAX_STEPS}
 * @param moves how far the project value moves in one step
 */
public record TwoStageOptionInput(
        BigDecimal stageOneCost,
        BigDecimal stageTwoCost,
        BigDecimal projectValue,
        BigDecimal riskFreeRate,
        BigDecimal yearsToDecision,
        int steps,
        LatticeMoves moves) {

    /** The largest lattice the engine builds: 125,751 nodes, enough to converge to a cent. */
    public static final int MAX_STEPS = 500;

    public TwoStageOptionInput {
        required(stageOneCost, "stageOneCost");
        required(stageTwoCost, "stageTwoCost");
        required(projectValue, "projectValue");
        required(riskFreeRate, "riskFreeRate");
        required(yearsToDecision, "yearsToDecision");
        Objects.requireNonNull(moves, "moves");
        check(stageOneCost.signum() >= 0, ValuationKeys.NEGATIVE_STAGE_COST, stageOneCost);
        check(stageTwoCost.signum() >= 0, ValuationKeys.NEGATIVE_STAGE_COST, stageTwoCost);
        check(projectValue.signum() > 0, ValuationKeys.NON_POSITIVE_PROJECT_VALUE, projectValue);
        check(yearsToDecision.signum() > 0, ValuationKeys.NON_POSITIVE_EXPIRY, yearsToDecision);
        check(steps >= 1 && steps <= MAX_STEPS, ValuationKeys.STEPS_OUT_OF_RANGE, steps, 1, MAX_STEPS);
    }

    /** How far the project value moves up or down in one step of the lattice. */
    public sealed interface LatticeMoves permits Volatility, UpDown {}

    /**
     * Cox–Ross–Rubinstein moves from the project value's volatility: u = e^(σ√Δt), d = 1 ÷ u.
     *
     * @param sigma the annual volatility of the project value, as a decimal; positive
     */
    public record Volatility(BigDecimal sigma) implements LatticeMoves {

        public Volatility {
            required(sigma, "sigma");
            check(sigma.signum() > 0, ValuationKeys.NON_POSITIVE_VOLATILITY, sigma);
        }
    }

    /**
     * Up and down factors given directly, as textbook exercises often do (u = 1.2, d = 0.8).
     *
     * @param up the factor of an up move
     * @param down the factor of a down move; 0 &lt; down &lt; up
     */
    public record UpDown(BigDecimal up, BigDecimal down) implements LatticeMoves {

        public UpDown {
            required(up, "up");
            required(down, "down");
            check(down.signum() > 0 && down.compareTo(up) < 0, ValuationKeys.INVALID_LATTICE_MOVES, up, down);
        }
    }
}
