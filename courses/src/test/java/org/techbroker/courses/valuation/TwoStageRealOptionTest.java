package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.techbroker.courses.valuation.Valuations.assertInvalid;
import static org.techbroker.courses.valuation.Valuations.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techbroker.courses.valuation.TwoStageOptionInput.LatticeMoves;
import org.techbroker.courses.valuation.TwoStageOptionInput.UpDown;
import org.techbroker.courses.valuation.TwoStageOptionInput.Volatility;
import org.techbroker.courses.valuation.TwoStageOptionResult.LatticeNode;

class TwoStageRealOptionTest {

    private final TwoStageRealOption option = new TwoStageRealOption();

    private static TwoStageOptionInput hull(String stageOneCost, int steps, LatticeMoves moves) {
        // Hull's two-step example: V = 50, K = 52, r = 5 %, T = 2 years.
        return new TwoStageOptionInput(d(stageOneCost), d("52"), d("50"), d("0.05"), d("2"), steps, moves);
    }

    @Test
    void reproducesHullsTwoStepExampleWithGivenMoves() {
        // u = 1.2, d = 0.8, Δt = 1: p = (e^0.05 − 0.8) ÷ 0.4 = 0.628178; the top node pays 72 − 52
        // = 20;
        // C = e^−0.1 × 0.628178² × 20 = 7.1411 (python, mpmath). The other nodes (48, 32) pay
        // nothing.
        var result = option.value(hull("0", 2, new UpDown(d("1.2"), d("0.8"))));

        assertThat(result.timeStep()).isEqualByComparingTo("1");
        assertThat(result.riskNeutralProbability()).isEqualByComparingTo("0.628178");
        assertThat(result.growthPerStep()).isEqualByComparingTo("1.051271");
        assertThat(result.optionValue()).isEqualByComparingTo("7.14");
        assertThat(result.lattice()).hasSize(3);
        assertThat(result.lattice().get(2))
                .containsExactly(
                        new LatticeNode(2, 0, d("32.00"), d("0.00"), false),
                        new LatticeNode(2, 1, d("48.00"), d("0.00"), false),
                        new LatticeNode(2, 2, d("72.00"), d("20.00"), true));
        // Step 1 up: 0.628178 × 20 ÷ e^0.05 = 11.95.
        assertThat(result.lattice().get(1))
                .containsExactly(
                        new LatticeNode(1, 0, d("40.00"), d("0.00"), false),
                        new LatticeNode(1, 1, d("60.00"), d("11.95"), false));
        assertThat(result.lattice().get(0)).containsExactly(new LatticeNode(0, 0, d("50.00"), d("7.14"), false));
    }

    @Test
    void theSameExampleWithCoxRossRubinsteinMovesFromThirtyPercentVolatility() {
        // σ = 30 %: u = e^0.3 = 1.349859, d = 0.740818, p = 0.509741; the top node pays
        // 50 × 1.349859² − 52 = 39.11, so C = e^−0.1 × 0.509741² × 39.11 = 9.19 (mpmath: 9.194163).
        // Textbooks quoting 7.14 for these inputs use u = 1.2 and d = 0.8 instead, as above.
        var result = option.value(hull("0", 2, new Volatility(d("0.30"))));

        assertThat(result.up()).isEqualByComparingTo("1.349859");
        assertThat(result.down()).isEqualByComparingTo("0.740818");
        assertThat(result.riskNeutralProbability()).isEqualByComparingTo("0.509741");
        assertThat(result.optionValue()).isEqualByComparingTo("9.19");
    }

    @Test
    void theFirstStageIsWorthItsOptionLessItsCost() {
        // Stage one costs 5: expanded NPV = 7.14 − 5 = 2.14 > 0, so start. Committing to both
        // stages
        // now: 50 − 52 e^−0.1 − 5 = −2.05. The flexibility, 2.14 + 2.05 = 4.19, is Hull's European
        // put on the same lattice (4.1923), as put–call parity says it must be.
        var result = option.value(hull("5", 2, new UpDown(d("1.2"), d("0.8"))));

        assertThat(result.optionValue()).isEqualByComparingTo("7.14");
        assertThat(result.staticNpv()).isEqualByComparingTo("-2.05");
        assertThat(result.expandedNpv()).isEqualByComparingTo("2.14");
        assertThat(result.flexibilityValue()).isEqualByComparingTo("4.19");
    }

    @Test
    void oneStepIsALattice() {
        // u = e^(0.3√2), one step of two years: 11.40 (mpmath: 11.398710).
        var result = option.value(hull("0", 1, new Volatility(d("0.30"))));

        assertThat(result.optionValue()).isEqualByComparingTo("11.40");
        assertThat(result.lattice()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
        // V, K, r, σ, T, Black–Scholes (mpmath, 40 digits)
        "50, 52, 0.05, 0.30, 2, 9.708594635829",
        "100, 120, 0.04, 0.40, 3, 24.861121236119",
        "100, 100, 0.03, 0.20, 1, 9.413403383853"
    })
    void convergesToBlackScholesWithinOnePercentAtFiveHundredSteps(
            String v, String k, String r, String sigma, String t, double blackScholes) {
        var input = new TwoStageOptionInput(BigDecimal.ZERO, d(k), d(v), d(r), d(t), 500, new Volatility(d(sigma)));

        var result = option.value(input);

        double formula = BlackScholes.call(
                Double.parseDouble(v),
                Double.parseDouble(k),
                Double.parseDouble(r),
                Double.parseDouble(sigma),
                Double.parseDouble(t));
        assertThat(formula).isCloseTo(blackScholes, within(1e-5));
        assertThat(result.optionValue().doubleValue()).isCloseTo(formula, within(formula * 0.01));
        assertThat(result.lattice()).hasSize(501);
        assertThat(result.lattice().get(500)).hasSize(501);
    }

    @Test
    void withNoSecondStageCostTheOptionIsWorthTheProject() {
        // max(V_T − 0, 0) = V_T, whose risk-neutral present value is V itself.
        var input = new TwoStageOptionInput(
                BigDecimal.ZERO, BigDecimal.ZERO, d("100"), d("0.05"), d("1"), 50, new Volatility(d("0.5")));

        assertThat(option.value(input).optionValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void refusesImpossibleInputs() {
        var moves = new Volatility(d("0.3"));
        assertInvalid(
                () -> new TwoStageOptionInput(d("-1"), d("52"), d("50"), d("0.05"), d("2"), 2, moves),
                ValuationKeys.NEGATIVE_STAGE_COST);
        assertInvalid(
                () -> new TwoStageOptionInput(d("0"), d("-52"), d("50"), d("0.05"), d("2"), 2, moves),
                ValuationKeys.NEGATIVE_STAGE_COST);
        assertInvalid(
                () -> new TwoStageOptionInput(d("0"), d("52"), d("0"), d("0.05"), d("2"), 2, moves),
                ValuationKeys.NON_POSITIVE_PROJECT_VALUE);
        assertInvalid(
                () -> new TwoStageOptionInput(d("0"), d("52"), d("50"), d("0.05"), d("0"), 2, moves),
                ValuationKeys.NON_POSITIVE_EXPIRY);
        assertInvalid(
                () -> new TwoStageOptionInput(d("0"), d("52"), d("50"), d("0.05"), d("2"), 0, moves),
                ValuationKeys.STEPS_OUT_OF_RANGE);
        assertInvalid(
                () -> new TwoStageOptionInput(d("0"), d("52"), d("50"), d("0.05"), d("2"), 501, moves),
                ValuationKeys.STEPS_OUT_OF_RANGE);
        assertInvalid(() -> new Volatility(d("0")), ValuationKeys.NON_POSITIVE_VOLATILITY);
        assertInvalid(() -> new Volatility(d("-0.3")), ValuationKeys.NON_POSITIVE_VOLATILITY);
        assertInvalid(() -> new UpDown(d("0.8"), d("1.2")), ValuationKeys.INVALID_LATTICE_MOVES);
        assertInvalid(() -> new UpDown(d("1.2"), d("0")), ValuationKeys.INVALID_LATTICE_MOVES);
        assertInvalid(() -> new UpDown(d("1.2"), d("1.2")), ValuationKeys.INVALID_LATTICE_MOVES);
    }

    @Test
    void refusesALatticeThatAdmitsArbitrage() {
        // e^0.25 = 1.284 > u = 1.2: the risk-neutral probability would exceed 1.
        var steepRate =
                new TwoStageOptionInput(d("0"), d("52"), d("50"), d("0.25"), d("2"), 2, new UpDown(d("1.2"), d("0.8")));
        // σ√Δt = 0.01 against rΔt = 0.5: too few steps for so low a volatility.
        var lowVolatility =
                new TwoStageOptionInput(d("0"), d("52"), d("50"), d("0.5"), d("1"), 1, new Volatility(d("0.01")));

        assertInvalid(() -> option.value(steepRate), ValuationKeys.ARBITRAGE_IN_LATTICE);
        assertInvalid(() -> option.value(lowVolatility), ValuationKeys.ARBITRAGE_IN_LATTICE);
    }

    /** The Black–Scholes price of a European call, in doubles: the independent check. */
    private static final class BlackScholes {

        static double call(double s, double k, double r, double sigma, double t) {
            double d1 = (Math.log(s / k) + (r + sigma * sigma / 2) * t) / (sigma * Math.sqrt(t));
            double d2 = d1 - sigma * Math.sqrt(t);
            return s * normal(d1) - k * Math.exp(-r * t) * normal(d2);
        }

        /** The standard normal distribution function, by the complementary error function. */
        static double normal(double x) {
            return 0.5 * erfc(-x / Math.sqrt(2));
        }

        /** Coefficients of the Chebyshev fit for erfc in Numerical Recipes (6.2). */
        private static final double[] ERFC = {
            -1.26551223,
            1.00002368,
            0.37409196,
            0.09678418,
            -0.18628806,
            0.27886807,
            -1.13520398,
            1.48851587,
            -0.82215223,
            0.17087277
        };

        /** erfc by that fit, relative error below 1.2e-7. */
        static double erfc(double x) {
            double z = Math.abs(x);
            double t = 1 / (1 + 0.5 * z);
            double polynomial = 0;
            for (int i = ERFC.length - 1; i >= 0; i--) {
                polynomial = ERFC[i] + t * polynomial;
            }
            double r = t * Math.exp(-z * z + polynomial);
            return x >= 0 ? r : 2 - r;
        }
    }
}
