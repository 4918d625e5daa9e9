package org.techbroker.app.api;

import org.techbroker.courses.shared.DomainException;

/**
 * A refusal the API itself decides on (a course code that names nothing, a caller who may not
 * read a course's lessons); the problem mappers turn it into a problem document like any
 * business failure.
 */
final class Refusal extends DomainException {

    private static final long serialVersionUID = 1L;

    Refusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
