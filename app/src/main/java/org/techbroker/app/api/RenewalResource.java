package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;

/** A holder renews one of their certificates once its cycle has the credits. */
@Path("/me/certificates/{number}/renewal")
@Tag(name = "CPD")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class RenewalResource {

    @Inject
    CpdService cpd;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(
            summary = "Renew a certificate",
            description = "Issues a new certificate that supersedes this one: 409 when the cycle lacks credits, the"
                    + " certificate is neither active nor expired within the grace, or it was renewed already; 404 for"
                    + " anyone else's certificate; 400 for a malformed number.")
    public Response renew(@PathParam("number") String number) {
        CertificateNumber parsed = CertificateNumber.parse(number);
        Certificate renewed = cpd.renew(caller.requireAccountId(), parsed);
        return Response.created(URI.create("me/certificates/" + renewed.numberText()))
                .entity(new CpdRepresentations.RenewedView(
                        renewed.numberText(), parsed.value(), renewed.issuedOn(), renewed.expiresOn()))
                .build();
    }
}
