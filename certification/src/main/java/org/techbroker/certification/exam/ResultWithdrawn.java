package org.techbroker.certification.exam;

import java.time.Instant;
import org.techbroker.courses.shared.AccountId;

/**
 * Fired (as a CDI event, inside the deciding transaction) when a released passed result stops
 * being a pass: a final essay mark after the release (an appeal's re-mark) brings it under the pass
 * mark. The registry withdraws what it issued from the pass.
 */
public record ResultWithdrawn(long attemptId, long sittingId, AccountId candidate, Instant withdrawnAt) {}
