package org.techbroker.app.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.security.SessionLogin;

/** Signing in and out of a session, as the login page does. */
@Path("/auth")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    SessionLogin sessionLogin;

    @Inject
    MeResource me;

    @Inject
    Problems problems;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    public record Credentials(
            @NotBlank(message = "{api.login.username.required}") @Size(max = 254)
            String username,

            @NotBlank(message = "{api.login.password.required}") @Size(max = 1024)
            String password) {}

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @NoCsrfToken
    @Operation(
            summary = "Sign in",
            description = "Establishes the same session as the login page and returns "
                    + "the caller as GET /me does, with the CSRF token for later calls.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Unknown user, wrong password, or locked: never which")
    public Response login(@NotNull(message = "{api.body.required}") @Valid Credentials credentials) {
        if (sessionLogin.signIn(request, response, credentials.username(), credentials.password())
                == SessionLogin.Outcome.REFUSED) {
            return problems.response(ProblemType.LOGIN_FAILED, problems.message("login.message.failed"));
        }
        return Response.ok(me.describe(request.getUserPrincipal().getName(), request.getSession()))
                .build();
    }

    @POST
    @Path("/logout")
    @SignedIn
    @Operation(summary = "Sign out", description = "Ends the session. Needs X-CSRF-Token.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() throws ServletException {
        sessionLogin.signOut(request);
        return Response.noContent().build();
    }
}
