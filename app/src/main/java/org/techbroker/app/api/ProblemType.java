package org.techbroker.app.api;

import jakarta.ws.rs.core.Response.Status;
import java.util.Arrays;

/**
 * The kinds of failure the API reports, each with a stable {@code type} URI that clients may
 * switch on, an HTTP status, and a bundle key for the localised title
 * ({@code api.problem.<slug>.title}).
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", Status.BAD_REQUEST),
    MALFORMED_BODY("malformed-body", Status.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", Status.UNAUTHORIZED),
    LOGIN_FAILED("login-failed", Status.UNAUTHORIZED),
    INVALID_API_KEY("invalid-api-key", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", Status.FORBIDDEN),
    CSRF_TOKEN_MISSING("csrf-token-missing", Status.FORBIDDEN),
    NOT_FOUND("not-found", Status.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE),
    CONFLICT("conflict", Status.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS("too-many-requests", Status.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", Status.INTERNAL_SERVER_ERROR),
    UNAVAILABLE("unavailable", Status.SERVICE_UNAVAILABLE);

    private static final String BASE = "urn:techbroker:problem:";

    private final String slug;
    private final Status status;

    ProblemType(String slug, Status status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public Status status() {
        return status;
    }

    public String titleKey() {
        return "api.problem." + slug + ".title";
    }

    /** The generic type for an HTTP status that no more specific failure explains. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(type -> type.status.getStatusCode() == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST);
    }
}
