package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns two independent marks into a final mark. When they differ by more than the script's
 * limit (the prompt's threshold share of the maximum; 15 % unless a chief examiner set another)
 * there is no final mark: a chief examiner decides. Otherwise the final mark is their mean. Two
 * whole marks have a mean in whole or half points, so it is kept exactly, never rounded, and the
 * pass mark is compared with it exactly.
 */
final class Reconciliation {

    private Reconciliation() {}

    static boolean diverges(BigDecimal first, BigDecimal second, BigDecimal limit) {
        return first.subtract(second).abs().compareTo(limit) > 0;
    }

    static Optional<BigDecimal> agreedMark(BigDecimal first, BigDecimal second, BigDecimal limit) {
        return diverges(first, second, limit) ? Optional.empty() : Optional.of(mean(first, second));
    }

    /** The mean of two marks to the hundredth; exact for marks in whole or half points. */
    static BigDecimal mean(BigDecimal first, BigDecimal second) {
        return first.add(second).divide(BigDecimal.valueOf(2), 2, RoundingMode.UNNECESSARY);
    }
}
