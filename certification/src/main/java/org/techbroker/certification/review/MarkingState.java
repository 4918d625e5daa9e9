package org.techbroker.certification.review;

/** Where a marking is. */
public enum MarkingState {
    /** Given to an examiner, nothing saved yet; or waiting for an examiner when none could take it. */
    ASSIGNED,
    /** Saved but not submitted; only its examiner sees it. */
    DRAFT,
    /** Submitted; it no longer changes. */
    SUBMITTED,
    /** Taken from its examiner by a chief examiner's reassignment; kept for the history. */
    WITHDRAWN
}
