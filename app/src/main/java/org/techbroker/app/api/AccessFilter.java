package org.techbroker.app.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.techbroker.app.security.CsrfToken;

/**
 * Guards the API. For endpoints marked {@link SignedIn}: 401 without a signed-in caller, 403
 * without one of the roles. For every call that changes state and rides on the session cookie:
 * 403 unless {@code X-CSRF-Token} carries the session's token. Signing in is the one exception,
 * since there is no session yet whose token could be sent.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext context) {
        SignedIn required = required();
        boolean signedIn = request.getUserPrincipal() != null;
        if (required != null && !signedIn) {
            context.abortWith(problems.response(
                    ProblemType.UNAUTHENTICATED, problems.message("api.problem.unauthenticated.detail")));
            return;
        }
        if (required != null
                && required.value().length > 0
                && Arrays.stream(required.value()).noneMatch(role -> request.isUserInRole(role.name()))) {
            context.abortWith(
                    problems.response(ProblemType.FORBIDDEN, problems.message("api.problem.forbidden.detail")));
            return;
        }
        if (signedIn
                && changesState(context.getMethod())
                && !isSignIn()
                && !CsrfToken.matches(request.getSession(false), context.getHeaderString(CsrfToken.HEADER))) {
            context.abortWith(problems.response(
                    ProblemType.CSRF_TOKEN_MISSING,
                    problems.message("api.problem.csrf-token-missing.detail", CsrfToken.HEADER)));
        }
    }

    private SignedIn required() {
        if (resourceInfo.getResourceMethod() == null) {
            return null;
        }
        SignedIn onMethod = resourceInfo.getResourceMethod().getAnnotation(SignedIn.class);
        return onMethod != null ? onMethod : resourceInfo.getResourceClass().getAnnotation(SignedIn.class);
    }

    private boolean isSignIn() {
        return resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(NoCsrfToken.class);
    }

    private static boolean changesState(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }
}
