package org.techbroker.app.api;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A query parameter holding an ISO-8601 instant. JAX-RS builds it with {@link #valueOf}; a
 * malformed value fails as a 400 problem instead of a 404, which JAX-RS gives by default.
 */
public record InstantParam(Instant instant) {

    public static InstantParam valueOf(String text) {
        try {
            return new InstantParam(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Not an ISO-8601 instant: " + text);
        }
    }

    static Instant value(InstantParam param) {
        return param == null ? null : param.instant();
    }
}
