package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Precision.CALCULATION;
import static org.techbroker.courses.valuation.Precision.factor;
import static org.techbroker.courses.valuation.Precision.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.courses.valuation.TwoStageOptionInput.UpDown;
import org.techbroker.courses.valuation.TwoStageOptionInput.Volatility;
import org.techbroker.courses.valuation.TwoStageOptionResult.LatticeNode;

/**
 * The real options approach (实物期权法) for a staged technology investment. Paying for the first stage
 * buys a European call on the launched project: at the decision date the investor pays the
 * second-stage cost only if the project is then worth more. A static NPV treats the second stage as
 * committed and so undervalues early technology; the option value adds what waiting to decide is
 * worth.
 *
 * <p>Priced on a recombining binomial lattice: the project value moves up by u or down by d each
 * step; at the decision date the option is worth max(V − K, 0); each earlier node is worth
 * [p × up value + (1 − p) × down value] × e^(−rΔt), with the risk-neutral probability
 * p = (e^(rΔt) − d) ÷ (u − d). As the steps grow, the Cox–Ross–Rubinstein lattice converges to
 * Black–Scholes.
 */
public class TwoStageRealOption {

    public TwoStageOptionResult value(TwoStageOptionInput input) {
        int n = input.steps();
        BigDecimal strike = input.stageTwoCost();
        BigDecimal dt = input.yearsToDecision().divide(BigDecimal.valueOf(n), CALCULATION);
        BigDecimal up;
        BigDecimal down;
        if (input.moves() instanceof Volatility volatility) {
            up = Decimals.exp(volatility.sigma().multiply(dt.sqrt(CALCULATION), CALCULATION));
            down = BigDecimal.ONE.divide(up, CALCULATION);
        } else {
            UpDown moves = (UpDown) input.moves();
            up = moves.up();
            down = moves.down();
        }
        BigDecimal growth = Decimals.exp(input.riskFreeRate().multiply(dt, CALCULATION));
        // Unless d < e^(rΔt) < u, one move beats the risk-free asset for sure: no price exists.
        check(
                down.compareTo(growth) < 0 && growth.compareTo(up) < 0,
                ValuationKeys.ARBITRAGE_IN_LATTICE,
                factor(down),
                factor(growth),
                factor(up));
        BigDecimal p = growth.subtract(down).divide(up.subtract(down), CALCULATION);
        BigDecimal q = BigDecimal.ONE.subtract(p);

        BigDecimal[] upPowers = powers(up, n);
        BigDecimal[] downPowers = powers(down, n);
        BigDecimal[][] project = new BigDecimal[n + 1][];
        for (int step = 0; step <= n; step++) {
            project[step] = new BigDecimal[step + 1];
            for (int j = 0; j <= step; j++) {
                project[step][j] = input.projectValue()
                        .multiply(upPowers[j], CALCULATION)
                        .multiply(downPowers[step - j], CALCULATION);
            }
        }
        BigDecimal[][] option = new BigDecimal[n + 1][];
        option[n] = new BigDecimal[n + 1];
        for (int j = 0; j <= n; j++) {
            option[n][j] = project[n][j].subtract(strike).max(BigDecimal.ZERO);
        }
        for (int step = n - 1; step >= 0; step--) {
            option[step] = new BigDecimal[step + 1];
            for (int j = 0; j <= step; j++) {
                BigDecimal expected = p.multiply(option[step + 1][j + 1], CALCULATION)
                        .add(q.multiply(option[step + 1][j], CALCULATION), CALCULATION);
                option[step][j] = expected.divide(growth, CALCULATION);
            }
        }

        BigDecimal optionValue = option[0][0];
        BigDecimal presentStrike = strike.multiply(
                Decimals.exp(
                        input.riskFreeRate().multiply(input.yearsToDecision()).negate()),
                CALCULATION);
        BigDecimal staticNpv = input.projectValue().subtract(presentStrike).subtract(input.stageOneCost());
        BigDecimal expandedNpv = optionValue.subtract(input.stageOneCost());
        return new TwoStageOptionResult(
                factor(dt),
                factor(up),
                factor(down),
                factor(growth),
                factor(p),
                money(optionValue),
                money(staticNpv),
                money(expandedNpv),
                money(expandedNpv.subtract(staticNpv)),
                lattice(project, option, strike));
    }

    /** base^0 … base^n, by repeated multiplication at full precision. */
    private static BigDecimal[] powers(BigDecimal base, int n) {
        BigDecimal[] powers = new BigDecimal[n + 1];
        powers[0] = BigDecimal.ONE;
        for (int i = 1; i <= n; i++) {
            powers[i] = powers[i - 1].multiply(base, CALCULATION);
        }
        return powers;
    }

    private static List<List<LatticeNode>> lattice(BigDecimal[][] project, BigDecimal[][] option, BigDecimal strike) {
        int n = project.length - 1;
        List<List<LatticeNode>> lattice = new ArrayList<>(n + 1);
        for (int step = 0; step <= n; step++) {
            List<LatticeNode> nodes = new ArrayList<>(step + 1);
            for (int j = 0; j <= step; j++) {
                boolean invest = step == n && project[step][j].compareTo(strike) > 0;
                nodes.add(new LatticeNode(step, j, money(project[step][j]), money(option[step][j]), invest));
            }
            lattice.add(nodes);
        }
        return lattice;
    }
}
