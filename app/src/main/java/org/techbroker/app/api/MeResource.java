package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Role;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CsrfToken;

/** The signed-in caller. */
@Path("/me")
@Tag(name = "Session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    @Context
    HttpServletRequest request;

    /** What a client needs to know about the caller, and the token for state-changing calls. */
    public record Me(
            String username,
            String nameZh,
            String nameLatin,
            String email,
            String organisation,
            List<Role> roles,
            String locale,
            String csrfToken) {}

    @GET
    @Operation(
            summary = "Who is signed in",
            description = "Username, names, roles, language, and the CSRF "
                    + "token that calls changing state must send in X-CSRF-Token.")
    public Me get() {
        return describe(request.getUserPrincipal().getName(), request.getSession());
    }

    Me describe(String username, HttpSession session) {
        Account account = accounts.getByUsername(username);
        return new Me(
                account.username(),
                account.nameZh(),
                account.nameLatin(),
                account.email(),
                account.organisation().orElse(null),
                account.roles().stream().sorted().toList(),
                account.preferredLocale().orElse(localeSelection.getLocale()).toLanguageTag(),
                CsrfToken.of(session));
    }
}
