package org.techbroker.app.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.techbroker.app.apikey.ApiKeyAuthenticator;
import org.techbroker.app.apikey.ApiKeyAuthenticator.ActiveKey;
import org.techbroker.app.verification.RateLimiter;

/**
 * Authenticates and rate-limits the verification endpoints ({@link RateLimited}), before anything
 * else: a call over the limit costs no database read. A malformed or unknown number counts like
 * any other lookup, so guessing numbers is limited as much as checking them.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION)
public class VerificationAccess implements ContainerRequestFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Inject
    ApiKeyAuthenticator keys;

    @Inject
    RateLimiter limiter;

    @Inject
    VerificationCaller caller;

    @Override
    public void filter(ContainerRequestContext context) {
        RateLimited settings = settings();
        String header = context.getHeaderString(API_KEY_HEADER);
        if (header == null || header.isBlank()) {
            if (settings.keyRequired()) {
                context.abortWith(problems.response(
                        ProblemType.INVALID_API_KEY, problems.message("api.problem.invalid-api-key.required")));
                return;
            }
            RateLimiter.Decision decision = limiter.anonymous(request.getRemoteAddr());
            if (!decision.allowed()) {
                context.abortWith(tooMany(problems, decision));
            }
            return;
        }
        Optional<ActiveKey> key = keys.authenticate(header);
        if (key.isEmpty()) {
            // A wrong key costs the address a lookup, so that guessing keys is limited like guessing numbers.
            RateLimiter.Decision decision = limiter.anonymous(request.getRemoteAddr());
            if (!decision.allowed()) {
                context.abortWith(tooMany(problems, decision));
                return;
            }
            context.abortWith(problems.response(
                    ProblemType.INVALID_API_KEY, problems.message("api.problem.invalid-api-key.detail")));
            return;
        }
        caller.authenticated(key.get());
        if (!settings.perEntry()) {
            RateLimiter.Decision decision =
                    limiter.key(key.get().id(), key.get().perMinute(), 1);
            if (!decision.allowed()) {
                context.abortWith(tooMany(problems, decision));
            }
        }
    }

    /** The 429 problem, saying when to come back. */
    static Response tooMany(Problems problems, RateLimiter.Decision decision) {
        return Response.fromResponse(problems.response(
                        ProblemType.TOO_MANY_REQUESTS,
                        problems.message("api.problem.too-many-requests.detail", decision.limit())))
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .build();
    }

    private RateLimited settings() {
        RateLimited onMethod = resourceInfo.getResourceMethod() == null
                ? null
                : resourceInfo.getResourceMethod().getAnnotation(RateLimited.class);
        return onMethod != null ? onMethod : resourceInfo.getResourceClass().getAnnotation(RateLimited.class);
    }
}
