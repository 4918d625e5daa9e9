package org.techbroker.certification.review;

/** How a script's final mark was reached. */
public enum FinalBasis {
    /** The mean of the two independent marks, which were within the threshold. */
    MEAN,
    /** Set by a chief examiner after the two marks diverged. */
    ADJUDICATED,
    /** Set by a chief examiner's re-mark on appeal. */
    APPEAL,
    /** The agreed mark of a reference script. */
    AGREED,
    /** The essay was left blank: 0, with nothing to mark. */
    BLANK
}
