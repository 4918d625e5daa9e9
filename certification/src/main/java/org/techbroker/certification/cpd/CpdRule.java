package org.techbroker.certification.cpd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What one category earns: credits per unit, and at most how many credits of the category count in
 * one cycle (none when {@code cap} is empty).
 */
public record CpdRule(CpdCategory category, BigDecimal creditsPerUnit, Optional<BigDecimal> cap) {

    /** Credits are kept to two decimal places: a quarter of an hour earns 0.25 of a credit. */
    public static final int SCALE = 2;

    public CpdRule {
        Objects.requireNonNull(category);
        Objects.requireNonNull(creditsPerUnit);
        Objects.requireNonNull(cap);
        if (creditsPerUnit.signum() < 0) {
            throw new IllegalArgumentException("A rate is never negative: " + category);
        }
        if (cap.isPresent() && cap.get().signum() < 0) {
            throw new IllegalArgumentException("A cap is never negative: " + category);
        }
    }

    /** The credits a quantity (hours, articles, years) earns before any cap. */
    public BigDecimal credits(BigDecimal quantity) {
        return quantity.multiply(creditsPerUnit).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The part of a category's approved credits in one cycle that counts. */
    public BigDecimal counted(BigDecimal approved) {
        return cap.filter(c -> approved.compareTo(c) > 0).orElse(approved).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
