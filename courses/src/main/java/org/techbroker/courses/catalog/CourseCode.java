package org.techbroker.courses.catalog;

import java.util.Locale;
import java.util.regex.Pattern;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * A course's code: three capital letters, a hyphen and three digits, such as {@code IPL-101}.
 * It is the course's business key, used across modules and in every URL.
 */
public record CourseCode(String value) {

    public static final int MAX_LENGTH = 16;
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}-[0-9]{3}");

    public CourseCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new CoursesException(Kind.INVALID, "courses.error.code_format", value);
        }
    }

    /** Reads a code as a person may type it: surrounding spaces and lower case are forgiven. */
    public static CourseCode parse(String text) {
        return new CourseCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
