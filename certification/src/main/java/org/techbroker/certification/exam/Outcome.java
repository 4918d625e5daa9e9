package org.techbroker.certification.exam;

/**
 * The result of an attempt. It stays {@link #PENDING} while it runs and, after submission, while
 * essays wait for their marks; a result passes only when both the objective and the essay mark
 * reach the sitting's pass marks.
 */
public enum Outcome {
    PENDING,
    PASSED,
    FAILED
}
