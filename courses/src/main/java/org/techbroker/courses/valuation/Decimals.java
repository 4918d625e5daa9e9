package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Precision.CALCULATION;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Arithmetic that {@link BigDecimal} lacks (the exponential function) and the guards every input
 * record shares. Package-private: callers see only the approaches and their records.
 */
final class Decimals {

    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    /** Ten guard digits, so that the squarings after range reduction keep 34 correct digits. */
    private static final MathContext WORKING = new MathContext(CALCULATION.getPrecision() + 10, RoundingMode.HALF_EVEN);

    private static final BigDecimal NEGLIGIBLE = BigDecimal.ONE.movePointLeft(WORKING.getPrecision() + 2);

    private Decimals() {}

    /** e raised to {@code x}, to 34 significant digits. */
    static BigDecimal exp(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        // Halve the argument until the Taylor series converges fast, then square back up.
        BigDecimal reduced = x;
        int halvings = 0;
        while (reduced.abs().compareTo(HALF) > 0) {
            reduced = reduced.divide(TWO, WORKING);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(NEGLIGIBLE) > 0; n++) {
            term = term.multiply(reduced, WORKING).divide(BigDecimal.valueOf(n), WORKING);
            sum = sum.add(term, WORKING);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, WORKING);
        }
        return sum.round(CALCULATION);
    }

    /** {@code base} raised to {@code exponent}, where the exponent is a whole or half number. */
    static BigDecimal powWholeOrHalf(BigDecimal base, BigDecimal exponent) {
        BigDecimal whole = exponent.setScale(0, RoundingMode.FLOOR);
        BigDecimal result = pow(base, whole.intValueExact());
        if (exponent.compareTo(whole) != 0) {
            result = result.multiply(base.sqrt(CALCULATION), CALCULATION);
        }
        return result;
    }

    /** {@code base} raised to a whole, possibly negative, exponent. */
    static BigDecimal pow(BigDecimal base, int exponent) {
        return base.pow(exponent, CALCULATION);
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, CALCULATION));
    }

    static BigDecimal required(BigDecimal value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Fails with kind INVALID and the given key unless the condition holds. */
    static void check(boolean condition, String key, Object... arguments) {
        if (!condition) {
            throw invalid(key, arguments);
        }
    }

    static CoursesException invalid(String key, Object... arguments) {
        return new CoursesException(Kind.INVALID, key, arguments);
    }

    static boolean between(BigDecimal value, BigDecimal lowest, BigDecimal highest) {
        return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
    }

    /** True for a rate in the closed range 0 to 100 %. */
    static boolean isFraction(BigDecimal rate) {
        return between(rate, BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** An immutable copy of a list of amounts, refusing null lists and null elements. */
    static List<BigDecimal> copyOf(List<BigDecimal> values, String name) {
        Objects.requireNonNull(values, name);
        return List.copyOf(values);
    }
}
