package org.techbroker.certification.review;

/** Where an appeal is: waiting for its re-mark, or decided. */
public enum AppealState {
    OPEN,
    /** The re-mark gave the same final mark. */
    UPHELD,
    /** The re-mark changed the final mark. */
    CHANGED
}
