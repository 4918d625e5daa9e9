package org.techbroker.certification.cpd;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate's CPD cycle: from its issue date to its expiry date. An activity counts towards the
 * certificate that was current when it was logged; renewal needs the credits of that certificate's
 * cycle.
 *
 * @param start the certificate's issue date, the first day of the cycle
 * @param end the certificate's expiry date, the first day past the cycle
 */
public record CpdCycle(LocalDate start, LocalDate end) {

    public CpdCycle {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A cycle ends after it starts");
        }
    }

    /**
     * Whether a holder may log an activity of that day on the given day: not in the future and
     * not before the cycle began. Days past the expiry are allowed within the renewal grace, which
     * the caller checks through the certificate's status.
     */
    public boolean accepts(LocalDate activity, LocalDate today) {
        return !activity.isAfter(today) && !activity.isBefore(start);
    }

    /**
     * The expiry of the certificate that renews this cycle's: the validity counted from the old
     * expiry when the holder renews on time (no day of the old certificate is lost), from the
     * renewal day when they renew late, within the grace.
     */
    public LocalDate renewedExpiry(LocalDate renewalDay, int validityYears) {
        LocalDate from = renewalDay.isAfter(end) ? renewalDay : end;
        return from.plusYears(validityYears);
    }

    /** Whether a renewal on the day falls within the grace after expiry (or before expiry). */
    public boolean renewableOn(LocalDate day, int graceDays) {
        return !day.isAfter(end.plusDays(graceDays));
    }
}
