package org.techbroker.certification.review;

/** Where a script is in its review. */
public enum ScriptState {
    /** Waiting for its two independent marks. */
    MARKING,
    /** The two marks diverged beyond the threshold; a chief examiner sets the final mark. */
    ADJUDICATION,
    /** The final mark is set. */
    FINAL,
    /** A candidate appealed the final mark; a chief examiner re-marks. */
    APPEAL
}
