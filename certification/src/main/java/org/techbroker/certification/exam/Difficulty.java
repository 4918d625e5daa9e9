package org.techbroker.certification.exam;

/** How hard an item is judged to be; blueprints ask for a number of items per topic and difficulty. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
