package org.techbroker.certification.exam;

/** The kinds of exam item. True/false items are stored as two options so that every choice item answers alike. */
public enum ItemType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    NUMERIC,
    ESSAY;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }

    public boolean isObjective() {
        return this != ESSAY;
    }
}
