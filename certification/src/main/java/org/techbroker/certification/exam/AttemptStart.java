package org.techbroker.certification.exam;

import java.time.Instant;

/** The answer to "start or resume": which attempt, its deadline and the server's clock. */
public record AttemptStart(long attemptId, Instant deadline, Instant serverTime, boolean resumed, AttemptState state) {}
