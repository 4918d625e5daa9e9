package org.techbroker.certification.exam;

/** An attempt runs until it is submitted, by the candidate or by the deadline. */
public enum AttemptState {
    IN_PROGRESS,
    SUBMITTED
}
