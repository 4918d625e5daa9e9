package org.techbroker.certification.review;

/** What an examiner declared a conflict of interest with. */
public enum ConflictKind {
    ORGANISATION,
    CANDIDATE
}
