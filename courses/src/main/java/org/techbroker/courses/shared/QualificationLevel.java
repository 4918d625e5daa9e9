package org.techbroker.courses.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three levels of the technology broker qualification. Courses say which levels they count
 * for; exams, certificates and the registry are per level. The one-letter code appears in
 * certificate numbers and imports.
 */
public enum QualificationLevel {
    JUNIOR('J'),
    INTERMEDIATE('I'),
    SENIOR('S');

    private final char code;

    QualificationLevel(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** The level with this one-letter code, ignoring case; empty for anything else. */
    public static Optional<QualificationLevel> fromCode(char code) {
        char upper = Character.toUpperCase(code);
        return Arrays.stream(values()).filter(level -> level.code == upper).findFirst();
    }
}
