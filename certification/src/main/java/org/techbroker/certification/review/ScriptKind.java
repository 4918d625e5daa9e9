package org.techbroker.certification.review;

/** A live script comes from a candidate's attempt; a reference script is written for calibration. */
public enum ScriptKind {
    LIVE,
    REFERENCE
}
