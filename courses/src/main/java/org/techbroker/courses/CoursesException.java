package org.techbroker.courses;

import org.techbroker.courses.shared.DomainException;

/** A business failure raised by the courses module; it names a message key, never English text. */
public class CoursesException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CoursesException(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
