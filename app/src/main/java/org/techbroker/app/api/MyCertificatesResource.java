package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The caller's own certificates and their signed PDF files. A certificate of anyone else does not
 * exist here (404, the same problem as a number that names nothing), so that numbers reveal
 * nothing about whose they are. The file is the very one the registry issued, byte for byte, so
 * that its hash matches the registry's.
 */
@Path("/me/certificates")
@Tag(name = "Certificates")
@RequestScoped
@SignedIn
public class MyCertificatesResource {

    static final String PDF = "application/pdf";

    @Inject
    CertificateRegistry registry;

    @Inject
    CurrentCaller caller;

    @Inject
    RegistrySettings settings;

    @Context
    UriInfo uriInfo;

    /**
     * One certificate of the caller.
     *
     * @param status as of today: a certificate past its expiry date reads EXPIRED
     * @param download where its signed PDF is downloaded
     */
    public record MyCertificate(
            String number,
            QualificationLevel level,
            List<Track> tracks,
            CertificateStatus status,
            String issuedOn,
            String expiresOn,
            String download) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The caller's certificates",
            description = "Newest first: number, level, tracks, status as of today, issue and expiry dates "
                    + "(ISO-8601 days) and the address of the signed PDF.")
    @APIResponse(
            responseCode = "200",
            description = "The caller's certificates, possibly none",
            content = @Content(schema = @Schema(implementation = MyCertificate[].class)))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<MyCertificate> list() {
        return registry.certificatesOf(caller.requireAccountId()).stream()
                .map(this::representation)
                .toList();
    }

    private MyCertificate representation(Certificate certificate) {
        String number = certificate.numberText();
        return new MyCertificate(
                number,
                certificate.level(),
                certificate.tracks().stream().sorted().toList(),
                certificate.statusOn(settings.today()),
                certificate.issuedOn().toString(),
                certificate.expiresOn().toString(),
                uriInfo.getBaseUriBuilder()
                        .path("me/certificates/{number}/pdf")
                        .build(number)
                        .toString());
    }

    @GET
    @Path("/{number}/pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(
            summary = "Download one of the caller's certificates",
            description = "The signed PDF exactly as the registry issued it, as an attachment.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    @APIResponse(
            responseCode = "400",
            description = "Not a certificate number, or a wrong check digit",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "The caller holds no certificate of this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response pdf(
            @Parameter(description = "The certificate number, e.g. TB-2026-J-000123-7", in = ParameterIn.PATH)
                    @PathParam("number")
                    String number) {
        CertificateNumber parsed = CertificateNumber.parse(number);
        byte[] pdf = registry.document(caller.requireAccountId(), parsed);
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_LENGTH, pdf.length)
                .header("Content-Disposition", ContentDisposition.attachment(parsed.value() + ".pdf"))
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .cacheControl(noStore)
                .build();
    }
}
