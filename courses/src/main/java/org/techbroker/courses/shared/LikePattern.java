package org.techbroker.courses.shared;

import java.util.Locale;

/**
 * Turns a person's search text into a SQL {@code LIKE} pattern that finds it anywhere, with the
 * wildcards of the text itself escaped. Queries must declare {@code escape '!'}.
 */
public final class LikePattern {

    /** The escape character the pattern uses; write {@code like :text escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {}

    /** "%text%", lower-cased, with !, % and _ escaped. */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
