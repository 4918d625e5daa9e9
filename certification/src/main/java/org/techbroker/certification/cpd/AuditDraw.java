package org.techbroker.certification.cpd;

import java.util.random.RandomGenerator;

/**
 * Draws external entries for audit: each entry, on its own, with the configured probability, so
 * that over many entries the configured share is audited and nobody can tell in advance which
 * entry will be. The generator is given, so that tests draw with a seed.
 */
public final class AuditDraw {

    private final RandomGenerator random;
    private final int percent;

    public AuditDraw(RandomGenerator random, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A share lies between 0 and 100 percent");
        }
        this.random = random;
        this.percent = percent;
    }

    /** Whether the next entry is audited. */
    public boolean draw() {
        return random.nextInt(100) < percent;
    }
}
