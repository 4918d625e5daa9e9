package org.techbroker.certification.exam;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The exam's notion of now: whole seconds. Deadlines, start and submission times are compared
 * and shown to the second, and MariaDB behind Connector/J keeps only whole seconds; truncating
 * before anything is stored means the deadline a start reports is exactly the one a resume reads
 * back, on every database.
 */
public final class ExamTime {

    private ExamTime() {}

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
