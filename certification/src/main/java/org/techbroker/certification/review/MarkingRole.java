package org.techbroker.certification.review;

/** What a marking is for. */
public enum MarkingRole {
    /** One of the two independent marks of a live script. */
    MARKER,
    /** A chief examiner's final mark on a script whose marks diverged. */
    ADJUDICATION,
    /** A chief examiner's re-mark on appeal. */
    APPEAL,
    /** An examiner's practice mark of a reference script. */
    CALIBRATION,
    /** The chief examiner's agreed mark of a reference script. */
    AGREED;

    /** Whether only chief examiners may hold this marking. */
    public boolean forChiefExaminers() {
        return this == ADJUDICATION || this == APPEAL || this == AGREED;
    }

    /** Whether this marking sets the script's final mark on its own, with a reason. */
    public boolean decides() {
        return this == ADJUDICATION || this == APPEAL;
    }
}
