package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.cpd.CpdState;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The administrators' CPD queue: entries by state, their evidence, approval and rejection (with a
 * reason). An entry drawn for audit cannot be approved before it has evidence (409).
 */
@Path("/admin/cpd")
@Tag(name = "CPD")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminCpdResource {

    @Inject
    CpdService cpd;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "CPD entries in a state",
            description = "state=PENDING (default), APPROVED or REJECTED; oldest first.")
    public List<CpdRepresentations.ActivityView> list(@QueryParam("state") @DefaultValue("PENDING") String state) {
        CpdState parsed;
        try {
            parsed = CpdState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CertificationException(Kind.INVALID, "cpd.error.state_unknown", state);
        }
        return cpd.inState(parsed).stream()
                .map(a -> CpdRepresentations.ActivityView.of(a, true))
                .toList();
    }

    @GET
    @Path("/{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an entry's evidence")
    public Response evidence(@PathParam("id") long id) {
        return CpdResource.file(cpd.evidenceForReview(id));
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve an entry")
    public CpdRepresentations.ActivityView approve(@PathParam("id") long id) {
        return CpdRepresentations.ActivityView.of(cpd.approve(id, caller.requireAccountId()), true);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an entry", description = "Body {reason}.")
    public CpdRepresentations.ActivityView reject(@PathParam("id") long id, CpdRepresentations.ReasonBody body) {
        String reason = body == null || body.reason() == null ? "" : body.reason();
        if (reason.isBlank()) {
            throw new CertificationException(Kind.INVALID, "cpd.error.reason_missing");
        }
        return CpdRepresentations.ActivityView.of(cpd.reject(id, caller.requireAccountId(), reason), true);
    }
}
