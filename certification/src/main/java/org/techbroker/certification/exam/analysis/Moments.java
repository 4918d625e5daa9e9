package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Means, population variances and correlations of exact scores. Whether scores vary at all is
 * decided on the exact decimals, before any arithmetic in {@code double}: a variance that rounding
 * made 1e-33 instead of 0 would otherwise be divided by and yield a confident-looking nonsense.
 */
final class Moments {

    private Moments() {}

    /** Whether at least two of the values differ; false for fewer than two values. */
    static boolean varies(List<BigDecimal> values) {
        return values.stream().anyMatch(value -> value.compareTo(values.get(0)) != 0);
    }

    /** The mean of at least one value, from their exact sum. */
    static double mean(List<BigDecimal> values) {
        return sum(values).doubleValue() / values.size();
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The population variance (divided by n) of at least one value. */
    static double variance(List<BigDecimal> values) {
        double mean = mean(values);
        double squares = 0;
        for (BigDecimal value : values) {
            double deviation = value.doubleValue() - mean;
            squares += deviation * deviation;
        }
        return squares / values.size();
    }

    /**
     * Pearson's correlation of paired values; absent when either side does not vary, where it is
     * undefined. Clamped to [−1, 1], which rounding can overstep by an ulp.
     */
    static OptionalDouble correlation(List<BigDecimal> x, List<BigDecimal> y) {
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("Unpaired values: " + x.size() + " and " + y.size());
        }
        if (!varies(x) || !varies(y)) {
            return OptionalDouble.empty();
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double products = 0;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < x.size(); i++) {
            double deviationX = x.get(i).doubleValue() - meanX;
            double deviationY = y.get(i).doubleValue() - meanY;
            products += deviationX * deviationY;
            squaresX += deviationX * deviationX;
            squaresY += deviationY * deviationY;
        }
        return finite(products / Math.sqrt(squaresX * squaresY)).stream()
                .map(r -> Math.max(-1, Math.min(1, r)))
                .findFirst();
    }

    /** The value, or absent if it is NaN or infinite: the last guard before a number leaves. */
    static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
