package org.techbroker.certification.exam;

import java.time.Instant;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Fired (as a CDI event, inside the deciding transaction) when a passed result becomes known to
 * the candidate: when a sitting's results are released, for each attempt that passed, and when a
 * later final essay mark (a late mark or an appeal) turns a released result into a pass. The
 * registry issues certificates from it.
 */
public record ResultPassed(
        long attemptId, long sittingId, AccountId candidate, QualificationLevel level, Instant passedAt) {}
