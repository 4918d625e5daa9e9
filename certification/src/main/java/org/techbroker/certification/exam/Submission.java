package org.techbroker.certification.exam;

import java.time.Instant;

/** A submitted attempt. {@code alreadySubmitted} tells a repeated submission from the one that counted. */
public record Submission(long attemptId, Instant submittedAt, boolean automatically, boolean alreadySubmitted) {}
