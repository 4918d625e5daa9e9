package org.techbroker.app.api;

import java.util.Locale;
import org.techbroker.courses.shared.DomainException;

/**
 * Reads enum query parameters. JAX-RS answers 404 when it cannot convert a query parameter;
 * reading them as text here turns a wrong value into a 400 problem that names the parameter.
 */
final class QueryValues {

    private QueryValues() {}

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryValue(parameter, value);
        }
    }

    static final class InvalidQueryValue extends DomainException {

        private static final long serialVersionUID = 1L;

        InvalidQueryValue(String parameter, String value) {
            super(Kind.INVALID, "api.problem.invalid-query-value", parameter, value);
        }
    }
}
