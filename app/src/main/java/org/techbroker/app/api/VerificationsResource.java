package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.apikey.ApiKeyAuthenticator.ActiveKey;
import org.techbroker.app.verification.RateLimiter;
import org.techbroker.certification.verification.VerificationSettings;
import org.techbroker.certification.verification.Verifications;

/** Bulk checks of certificate numbers by enterprises, with an API key. */
@Path("/verifications")
@Tag(name = "Verification")
@RequestScoped
public class VerificationsResource {

    /** A thousand entries with long names fit; the size limit still bounds what is read. */
    static final long BODY_BYTES = 512 * 1024;

    @Inject
    Verifications verifications;

    @Inject
    VerificationCaller caller;

    @Inject
    VerificationRepresentations representations;

    @Inject
    VerificationSettings settings;

    @Inject
    RateLimiter limiter;

    @Inject
    Problems problems;

    @POST
    @RateLimited(keyRequired = true, perEntry = true)
    @LargeBody(maxBytes = BODY_BYTES)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check many certificates at once",
            description =
                    "Body {\"certificates\": [{\"number\": \"TB-2026-J-000123-7\", \"holderName\": \"optional\"}, "
                            + "…]} with 1 to 1,000 entries (techbroker.verification.bulk-max). Each result, in the order sent: "
                            + "number, validFormat, found, status, level, expiresOn, nameMatches (the name compared with both "
                            + "of the holder's names ignoring case, spaces and character width; null when no name was sent "
                            + "or nothing was found). Needs X-Api-Key; each entry counts as one lookup of the key's limit.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(
            responseCode = "400",
            description = "The body is not such a list, or holds more than 1,000 entries",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "No X-Api-Key, or one that opens nothing",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "The key's limit is spent; Retry-After says when to come back",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response check(JsonStructure body) {
        VerificationsBody.Parsed parsed = VerificationsBody.parse(body, settings.bulkMax());
        ActiveKey key = caller.key().orElseThrow();
        // A refused body costs one lookup, so that sending bad bodies is limited like any call.
        RateLimiter.Decision decision = limiter.key(
                key.id(), key.perMinute(), parsed.isValid() ? parsed.entries().size() : 1);
        if (!decision.allowed()) {
            return VerificationAccess.tooMany(problems, decision);
        }
        if (!parsed.isValid()) {
            List<Problem.FieldError> errors = parsed.errors().stream()
                    .map(e -> new Problem.FieldError(e.field(), problems.message(e.key(), e.arguments())))
                    .toList();
            return problems.response(
                    ProblemType.INVALID_REQUEST, problems.message("api.problem.invalid-request.detail"), errors);
        }
        return Response.ok(representations.bulk(verifications.check(parsed.entries(), caller.verifier())))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
