package org.techbroker.app.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.verification.VerificationChannel;
import org.techbroker.certification.verification.Verifications;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The public lookup of one certificate, for anyone, with or without an enterprise's API key.
 * Application-scoped, and the body comes written from {@link VerificationRepresentations}: it is the
 * hot path of the verification API (docs/verification-benchmark.md).
 */
@Path("/certificates")
@Tag(name = "Verification")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @Inject
    Verifications verifications;

    @Inject
    VerificationCaller caller;

    @Inject
    VerificationRepresentations representations;

    @GET
    @Path("/{number}")
    @RateLimited
    @Operation(
            summary = "Look up a certificate",
            description = "Status as of today (EXPIRED past the expiry date), level, tracks, holder names, dates, the "
                    + "public history and the W3C credentialStatus entries (revocation and suspension). No account "
                    + "is needed: anonymous callers are limited per client address (techbroker.verification."
                    + "anonymous-per-minute, 60 by default); an X-Api-Key header lifts the caller to the key's limit.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "400",
            description = "Not a certificate number, or a wrong check digit",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "An X-Api-Key that opens nothing",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such certificate",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit spent; Retry-After says when to come back",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public byte[] lookup(
            @Parameter(description = "The number, as TB-2026-J-000123-7") @PathParam("number") String number) {
        CertificateNumber parsed = CertificateNumber.parse(number);
        return verifications
                .lookup(parsed, caller.verifier(), VerificationChannel.API)
                .map(representations::certificateBody)
                .orElseThrow(() ->
                        new CertificationException(Kind.NOT_FOUND, "verification.error.not_found", parsed.value()));
    }
}
