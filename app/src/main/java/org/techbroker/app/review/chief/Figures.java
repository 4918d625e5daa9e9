package org.techbroker.app.review.chief;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How the chief examiner's pages write marks and statistics: the same digits in both languages,
 * and nothing at all for a figure that is undefined, so that the page shows a dash rather than a
 * zero that would read as a finding.
 */
final class Figures {

    private Figures() {}

    /** Points as marked: whole points without decimals, a mean of two marks with its half. */
    static String points(BigDecimal points) {
        return points == null ? null : points.stripTrailingZeros().toPlainString();
    }

    /** A mark's difference from another, with its sign: "+5", "-2.5", "0". */
    static String signedPoints(BigDecimal difference) {
        if (difference == null) {
            return null;
        }
        String plain = points(difference);
        return difference.signum() > 0 ? "+" + plain : plain;
    }

    /** A percentage with one decimal: "72.5 %". */
    static String percent(OptionalDouble percent) {
        return percent.isPresent() ? String.format(Locale.ROOT, "%.1f %%", percent.getAsDouble()) : null;
    }

    /** A fraction (0..1) as a percentage with one decimal. */
    static String fractionPercent(OptionalDouble fraction) {
        return fraction.isPresent() ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction.getAsDouble()) : null;
    }

    /** Percentage points with their sign: "+5.0", "-5.0". */
    static String signedPercent(OptionalDouble points) {
        return points.isPresent() ? String.format(Locale.ROOT, "%+.1f", points.getAsDouble()) : null;
    }

    /** A coefficient (kappa, ICC) with two decimals. */
    static String coefficient(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : null;
    }
}
