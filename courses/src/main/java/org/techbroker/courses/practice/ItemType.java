package org.techbroker.courses.practice;

/** The kinds of practice item, each with its own way of answering and scoring. */
public enum ItemType {
    /** Four options, one correct. */
    SINGLE_CHOICE,
    /** Four or five options, two or more correct; scored all or nothing. */
    MULTIPLE_CHOICE,
    /** A statement that is true or false. */
    TRUE_FALSE,
    /** A number, correct within a tolerance. */
    NUMERIC
}
