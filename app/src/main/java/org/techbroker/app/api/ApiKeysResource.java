package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.app.apikey.ApiKey;
import org.techbroker.app.apikey.ApiKeyService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.verification.VerificationSettings;

/** An enterprise's own API keys for the verification API. */
@Path("/me/api-keys")
@Tag(name = "Verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ENTERPRISE)
public class ApiKeysResource {

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @Inject
    VerificationSettings settings;

    /** The answer to a creation: the key and, this once, its secret. */
    public record CreatedKey(ApiKeyRepresentation key, String secret) {}

    @GET
    @Operation(summary = "My API keys", description = "Newest first, revoked ones included. Enterprise accounts only.")
    public List<ApiKeyRepresentation> list() {
        return keys.keysOf(caller.requireAccountId()).stream()
                .map(this::represent)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API key",
            description = "Body {\"name\": \"…\"}. The answer holds the secret, to send in X-Api-Key; it is shown "
                    + "this once and stored only as a hash.")
    @APIResponse(responseCode = "201", description = "The key and its secret")
    @APIResponse(
            responseCode = "400",
            description = "No name, or a name too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(JsonStructure body) {
        JsonBody reading = JsonBody.read(body, problems, "name");
        String name = reading.text("name", true);
        if (!reading.isValid()) {
            return reading.invalid();
        }
        ApiKeyService.CreatedKey created = keys.create(caller.requireAccountId(), name);
        return Response.created(
                        URI.create("/api/v1/me/api-keys/" + created.key().id()))
                .entity(new CreatedKey(represent(created.key()), created.secret()))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "Every server refuses the key within a second.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(
            responseCode = "404",
            description = "Not one of my keys",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response revoke(@PathParam("id") long id) {
        keys.revoke(caller.requireAccountId(), id);
        return Response.noContent().build();
    }

    private ApiKeyRepresentation represent(ApiKey key) {
        return ApiKeyRepresentation.of(key, settings.keyPerMinute());
    }
}
