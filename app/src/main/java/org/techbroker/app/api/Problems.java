package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.techbroker.app.i18n.Messages;
import org.techbroker.app.i18n.SupportedLocales;

/**
 * Builds problem responses in the caller's language (from Accept-Language). Every error response
 * of the API is made here, so they all look alike.
 */
@RequestScoped
public class Problems {

    @Inject
    HttpServletRequest request;

    public Locale locale() {
        return SupportedLocales.ofRequest(request);
    }

    public String message(String key, Object... arguments) {
        return Messages.get(locale(), key, arguments);
    }

    public Response response(ProblemType type, String detail) {
        return response(type, detail, List.of());
    }

    public Response response(ProblemType type, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(
                type.uri(), message(type.titleKey()), type.status().getStatusCode(), detail, instance(), errors);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private String instance() {
        return request.getRequestURI();
    }
}
