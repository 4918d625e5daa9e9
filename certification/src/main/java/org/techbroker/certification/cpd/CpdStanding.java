package org.techbroker.certification.cpd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a holder's cycle stands: per category, the approved credits and the part that counts after
 * the category's cap; the counted total against the credits renewal needs; and what still waits
 * for an administrator.
 */
public record CpdStanding(List<CategoryLine> categories, BigDecimal total, BigDecimal required, BigDecimal pending) {

    public CpdStanding {
        categories = List.copyOf(categories);
    }

    /** One category's approved credits, the part that counts, and its cap if it has one. */
    public record CategoryLine(
            CpdCategory category, BigDecimal approved, BigDecimal counted, Optional<BigDecimal> cap) {}

    /** Whether the cycle has the credits renewal needs. */
    public boolean met() {
        return total.compareTo(required) >= 0;
    }

    /** The counted credits as a share of what is needed, 0 to 100, for a progress bar. */
    public int percent() {
        if (met()) {
            return 100;
        }
        return total.multiply(BigDecimal.valueOf(100))
                .divide(required, 0, java.math.RoundingMode.DOWN)
                .intValue();
    }
}
