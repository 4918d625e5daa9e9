package org.techbroker.certification.exam;

import java.time.Instant;

/** What a save reports back: the answer is stored, when, and how long the attempt still runs. */
public record SaveReceipt(
        long attemptId, long itemId, Instant savedAt, int revision, Instant deadline, Instant serverTime) {}
