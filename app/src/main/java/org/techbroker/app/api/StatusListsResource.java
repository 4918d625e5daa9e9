package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.verification.EncodedStatusList;
import org.techbroker.certification.verification.PublishedStatusLists;
import org.techbroker.certification.verification.StatusPurpose;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The W3C Bitstring Status Lists of the registry. Each status list id has two published lists,
 * named {@code <id>-revocation} and {@code <id>-suspension}: one credential per purpose, as the
 * specification's examples have it, so that a verifier fetches only the list its entry names.
 */
@Path("/status-lists")
@Tag(name = "Verification")
@RequestScoped
public class StatusListsResource {

    private static final Pattern NAME = Pattern.compile("([1-9][0-9]{0,17})-(revocation|suspension)");

    @Inject
    PublishedStatusLists lists;

    @Inject
    VerificationRepresentations representations;

    @GET
    @Path("/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A status list credential",
            description = "A BitstringStatusListCredential (W3C Bitstring Status List v1.0): the list's encodedList is "
                    + "the GZIP of its bitstring (bit 0 the most significant bit of the first byte) in multibase "
                    + "base64url. A bit is 1 for a revoked certificate in the revocation list, for a suspended one in "
                    + "the suspension list. A change shows at once on the server that made it, within a second on "
                    + "the others.")
    @APIResponse(responseCode = "200", description = "The credential")
    @APIResponse(responseCode = "404", description = "No such list", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(
            @Parameter(description = "The list, as 1-revocation or 1-suspension") @PathParam("name") String name) {
        Matcher matcher = NAME.matcher(name);
        Optional<EncodedStatusList> list = matcher.matches()
                ? lists.list(
                        Long.parseLong(matcher.group(1)),
                        StatusPurpose.of(matcher.group(2)).orElseThrow())
                : Optional.empty();
        EncodedStatusList found = list.orElseThrow(
                () -> new CertificationException(Kind.NOT_FOUND, "verification.error.status_list_not_found", name));
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(representations.statusList(found))
                .type(MediaType.APPLICATION_JSON)
                .cacheControl(noCache)
                .build();
    }
}
