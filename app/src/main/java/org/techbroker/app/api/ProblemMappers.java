package org.techbroker.app.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.techbroker.app.i18n.ViolationMessages;
import org.techbroker.courses.shared.DomainException;

/**
 * Turns every exception that reaches the API boundary into a problem document: business failures
 * by their kind, Bean Validation failures with one entry per field, malformed bodies, the JAX-RS
 * client errors (404, 405, 415, …), and anything unexpected as a bare 500 that is logged here,
 * once, and never shows a stack trace.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    @Provider
    public static class DomainFailures implements ExceptionMapper<DomainException> {

        @Inject
        Problems problems;

        @Override
        public Response toResponse(DomainException failure) {
            ProblemType type =
                    switch (failure.kind()) {
                        case INVALID -> ProblemType.INVALID_REQUEST;
                        case NOT_FOUND -> ProblemType.NOT_FOUND;
                        case CONFLICT -> ProblemType.CONFLICT;
                        case FORBIDDEN -> ProblemType.FORBIDDEN;
                    };
            return problems.response(type, problems.message(failure.messageKey(), failure.arguments()));
        }
    }

    @Provider
    public static class ValidationFailures implements ExceptionMapper<ConstraintViolationException> {

        @Inject
        Problems problems;

        @Inject
        ValidatorFactory validatorFactory;

        @Override
        public Response toResponse(ConstraintViolationException failure) {
            Locale locale = problems.locale();
            List<Problem.FieldError> errors = failure.getConstraintViolations().stream()
                    .map(violation -> new Problem.FieldError(
                            ViolationMessages.field(violation).isEmpty() ? "body" : ViolationMessages.field(violation),
                            ViolationMessages.message(validatorFactory.getMessageInterpolator(), violation, locale)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return problems.response(
                    ProblemType.INVALID_REQUEST, problems.message("api.problem.invalid-request.detail"), errors);
        }
    }

    @Provider
    public static class WebFailures implements ExceptionMapper<WebApplicationException> {

        @Inject
        Problems problems;

        @Context
        ResourceInfo resourceInfo;

        @Override
        public Response toResponse(WebApplicationException failure) {
            Optional<BodySizeLimit.TooLarge> tooLarge = tooLarge(failure);
            if (tooLarge.isPresent()) {
                return tooLarge.get().getResponse();
            }
            if (isMalformedBody(failure)) {
                return problems.response(
                        ProblemType.MALFORMED_BODY, problems.message("api.problem.malformed-body.detail"));
            }
            if (isUnreadableParameter(failure)) {
                return problems.response(
                        ProblemType.INVALID_REQUEST, problems.message("api.problem.invalid-request.detail"));
            }
            int status =
                    failure.getResponse() == null ? 500 : failure.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API request failed", failure);
            }
            Response response = problems.response(ProblemType.forStatus(status), null);
            if (failure instanceof NotAllowedException && failure.getResponse() != null) {
                return Response.fromResponse(response)
                        .allow(failure.getResponse().getAllowedMethods())
                        .build();
            }
            if (failure instanceof NotSupportedException) {
                return problems.response(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        problems.message("api.problem.unsupported-media-type.detail"));
            }
            return response;
        }

        /**
         * JAX-RS answers 404 when a parameter of an endpoint that exists cannot be converted
         * ({@code ?size=ten}), as if the endpoint were missing; the request is what is wrong. An
         * unknown path has no matched method and no cause, and stays 404.
         */
        private boolean isUnreadableParameter(WebApplicationException failure) {
            return failure instanceof NotFoundException
                    && failure.getCause() != null
                    && resourceInfo != null
                    && resourceInfo.getResourceMethod() != null;
        }
    }

    @Provider
    public static class UnexpectedFailures implements ExceptionMapper<Throwable> {

        @Inject
        Problems problems;

        @Override
        public Response toResponse(Throwable failure) {
            Optional<BodySizeLimit.TooLarge> tooLarge = tooLarge(failure);
            if (tooLarge.isPresent()) {
                return tooLarge.get().getResponse();
            }
            if (isMalformedBody(failure)) {
                return problems.response(
                        ProblemType.MALFORMED_BODY, problems.message("api.problem.malformed-body.detail"));
            }
            LOG.log(Level.SEVERE, "Unexpected failure of an API request", failure);
            return problems.response(ProblemType.INTERNAL_ERROR, null);
        }
    }

    /** The body-size limit's refusal, if that is what the failure is or wraps: it beats "malformed". */
    static Optional<BodySizeLimit.TooLarge> tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimit.TooLarge tooLarge) {
                return Optional.of(tooLarge);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the failure comes from a body that is not the JSON the endpoint reads. */
    static boolean isMalformedBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException
                    || cause instanceof JsonException
                    || cause instanceof ProcessingException
                    || cause.getClass().getName().startsWith("org.eclipse.yasson")
                    || cause.getClass().getName().contains("JsonParsing")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
