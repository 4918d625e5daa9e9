package org.techbroker.certification.exam;

import java.time.Instant;
import java.util.Objects;
import org.techbroker.courses.catalog.BilingualText;

/** What an administrator sets for a sitting: its title, the window in which attempts start, and its capacity. */
public record SittingTerms(BilingualText title, Instant opensAt, Instant closesAt, int capacity) {

    public static final int MAX_CAPACITY = 100_000;

    public SittingTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
    }
}
