package org.techbroker.app.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.PersonalDetails;
import org.techbroker.app.security.CurrentCaller;

/** Self-registration of trainees, as the registration page does it. */
@Path("/registrations")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    /** The registration form: personal details, a password, and optionally a language ("zh-CN" or "en"). */
    public record Registration(
            @NotNull(message = "{api.body.required}") @Valid PersonalDetails details,

            @NotNull(message = "{account.password.required}")
            String password,

            String locale) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @NoCsrfToken
    @Operation(summary = "Register as a trainee", description = "Creates an account with the TRAINEE role.")
    public Response register(@NotNull(message = "{api.body.required}") @Valid Registration registration) {
        Account account = accounts.register(
                registration.details(),
                registration.password(),
                org.techbroker.app.i18n.SupportedLocales.fromTag(registration.locale())
                        .orElse(problems.locale()),
                caller.actor());
        return Response.created(URI.create("/api/v1/me"))
                .entity(AccountRepresentation.of(account, clock.instant()))
                .build();
    }
}
