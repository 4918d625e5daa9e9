package org.techbroker.app.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /** A day written as ISO 8601 (2026-03-01); absent or blank reads as the fallback. */
    static LocalDate date(String parameter, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
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
