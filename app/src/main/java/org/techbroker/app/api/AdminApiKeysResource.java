package org.techbroker.app.api;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Role;
import org.techbroker.app.apikey.ApiKey;
import org.techbroker.app.apikey.ApiKeyService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.verification.VerificationSettings;

/**
 * Administrators' view of enterprises' API keys: an enterprise's keys with their limits, and a
 * key's own limit of lookups a minute, raised or lowered for an enterprise that needs it.
 */
@Path("/admin/api-keys")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminApiKeysResource {

    @Inject
    ApiKeyService keys;

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @Inject
    VerificationSettings settings;

    @GET
    @Operation(
            summary = "An account's API keys",
            description = "owner is the account's username. Newest first, revoked ones included.")
    @APIResponse(
            responseCode = "400",
            description = "No owner given",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ApiKeyRepresentation> keysOf(
            @QueryParam("owner") @NotBlank(message = "{api.admin.api-keys.owner}") String owner) {
        return keys.keysOf(accounts.getByUsername(owner).id()).stream()
                .map(this::represent)
                .toList();
    }

    @PUT
    @Path("/{id}/limit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a key's own limit",
            description = "Body {\"perMinute\": 20000}, a whole number of lookups a minute from 1 to 100,000,000, or "
                    + "{\"perMinute\": null} (or no member) for the configured default "
                    + "(techbroker.verification.key-per-minute). "
                    + "Every server applies it within a second; the audit log records it.")
    @APIResponse(responseCode = "200", description = "The key with its new limit")
    @APIResponse(
            responseCode = "400",
            description = "No perMinute member, or not a whole number in range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such key", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response setLimit(@PathParam("id") long id, JsonStructure body) {
        JsonBody reading = JsonBody.read(body, problems, "perMinute");
        Integer perMinute = reading.integer("perMinute", false);
        if (!reading.isValid()) {
            return reading.invalid();
        }
        ApiKey key =
                keys.setLimit(id, perMinute == null ? OptionalInt.empty() : OptionalInt.of(perMinute), caller.actor());
        return Response.ok(represent(key)).type(MediaType.APPLICATION_JSON).build();
    }

    private ApiKeyRepresentation represent(ApiKey key) {
        return ApiKeyRepresentation.of(key, settings.keyPerMinute());
    }
}
