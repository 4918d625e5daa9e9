package org.techbroker.app.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountSearch;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.PersonalDetails;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;

/** Account administration: list and search, create, lock and unlock, grant and revoke roles. */
@Path("/admin/accounts")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminAccountsResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** One page of accounts and how many there are in all. */
    public record AccountPage(long total, int first, int size, List<AccountRepresentation> accounts) {}

    public record NewAccount(
            @NotNull(message = "{api.body.required}") @Valid PersonalDetails details,

            @NotNull(message = "{account.password.required}")
            String password,

            @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {}

    @GET
    @Operation(summary = "List and search accounts")
    public AccountPage list(
            @QueryParam("q") String text,
            @QueryParam("role") String role,
            @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{api.page.first}") int first,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "{api.page.size}")
                    @Max(value = AccountSearch.MAX_PAGE_SIZE, message = "{api.page.size}")
                    int size) {
        AccountSearch search = new AccountSearch(text, QueryValues.optionalEnum(Role.class, "role", role), first, size);
        Instant now = clock.instant();
        return new AccountPage(
                accounts.count(search),
                search.first(),
                search.pageSize(),
                accounts.search(search).stream()
                        .map(a -> AccountRepresentation.of(a, now))
                        .toList());
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account")
    public AccountRepresentation get(@PathParam("username") String username) {
        return represent(accounts.getByUsername(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with roles and an initial password")
    public Response create(@NotNull(message = "{api.body.required}") @Valid NewAccount account) {
        Account created =
                accounts.create(account.details(), account.password(), EnumSet.copyOf(account.roles()), caller.actor());
        return Response.created(URI.create("/api/v1/admin/accounts/" + created.username()))
                .entity(represent(created))
                .build();
    }

    @PUT
    @Path("/{username}/roles/{role}")
    @Operation(summary = "Grant a role (idempotent)")
    public AccountRepresentation grant(@PathParam("username") String username, @PathParam("role") Role role) {
        return represent(accounts.grantRole(username, role, caller.actor()));
    }

    @DELETE
    @Path("/{username}/roles/{role}")
    @Operation(summary = "Revoke a role (idempotent)")
    public AccountRepresentation revoke(@PathParam("username") String username, @PathParam("role") Role role) {
        return represent(accounts.revokeRole(username, role, caller.actor()));
    }

    @PUT
    @Path("/{username}/lock")
    @Operation(summary = "Lock the account until an administrator unlocks it")
    public AccountRepresentation lock(@PathParam("username") String username) {
        return represent(accounts.lock(username, caller.actor()));
    }

    @DELETE
    @Path("/{username}/lock")
    @Operation(summary = "Unlock the account, also ending a temporary lock-out")
    public AccountRepresentation unlock(@PathParam("username") String username) {
        return represent(accounts.unlock(username, caller.actor()));
    }

    private AccountRepresentation represent(Account account) {
        return AccountRepresentation.of(account, clock.instant());
    }
}
