package org.techbroker.certification.review;

/** What happened to a script, as kept in its append-only history. */
public enum ReviewEventKind {
    ALLOCATED,
    WAITING_FOR_EXAMINER,
    REASSIGNED,
    MARK_SUBMITTED,
    SENT_TO_ADJUDICATION,
    FINALISED,
    ADJUDICATED,
    APPEAL_LODGED,
    APPEAL_UPHELD,
    APPEAL_CHANGED
}
