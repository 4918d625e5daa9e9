package org.techbroker.certification.review;

/** What the chief examiner made of a similarity flag. A flag never fails anyone by itself. */
public enum FlagState {
    OPEN,
    /** Looked at: the likeness is innocent (a common phrase, a quoted statute). */
    DISMISSED,
    /** Looked at: the likeness needs action outside marking (an integrity case). */
    CONFIRMED
}
