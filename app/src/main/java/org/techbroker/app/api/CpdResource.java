package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The holder's CPD: the current cycle's standing and every activity, logging an external activity
 * (JSON), and its evidence file (the body is the file itself, as for lesson files).
 */
@Path("/me/cpd")
@Tag(name = "CPD")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class CpdResource {

    /** The largest evidence file the endpoint reads; the configured limit (smaller) is checked by the service. */
    static final long EVIDENCE_BODY_BYTES = 10L * 1024 * 1024;

    @Inject
    CpdService cpd;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "My CPD",
            description =
                    "The current certificate's cycle standing (null without one), the categories one may log, and every activity, newest first.")
    public CpdRepresentations.MyCpd list() {
        AccountId me = caller.requireAccountId();
        return new CpdRepresentations.MyCpd(
                cpd.standing(me).map(CpdRepresentations.StandingView::of).orElse(null),
                cpd.tariff().categories().stream().map(Enum::name).toList(),
                cpd.activities(me).stream()
                        .map(a -> CpdRepresentations.ActivityView.of(a, false))
                        .toList());
    }

    @GET
    @Path("/standing")
    @Operation(summary = "My cycle's standing", description = "404 without a current certificate.")
    public CpdRepresentations.StandingView standing() {
        return cpd.standing(caller.requireAccountId())
                .map(CpdRepresentations.StandingView::of)
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "cpd.error.no_certificate"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Log an external activity",
            description =
                    "Body {category, title, date (yyyy-mm-dd), quantity (hours, articles or years)}. The entry waits"
                            + " for an administrator; attach evidence with PUT …/{id}/evidence.")
    public Response log(CpdRepresentations.EntryBody body) {
        if (body == null) {
            throw new CertificationException(Kind.INVALID, "cpd.error.category_missing");
        }
        CpdActivity activity = cpd.log(caller.requireAccountId(), body.toEntry());
        return Response.created(URI.create("me/cpd/" + activity.id()))
                .entity(CpdRepresentations.ActivityView.of(activity, false))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my activities", description = "404 for anyone else's.")
    public CpdRepresentations.ActivityView activity(@PathParam("id") long id) {
        return cpd.activities(caller.requireAccountId()).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .map(a -> CpdRepresentations.ActivityView.of(a, false))
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "cpd.error.activity_not_found", id));
    }

    @PUT
    @Path("/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @LargeBody(maxBytes = EVIDENCE_BODY_BYTES)
    @Operation(
            summary = "Attach evidence to a pending entry",
            description = "The body is the file itself; fileName names it. PDF, PNG or JPEG, whose content is what the"
                    + " name says, at most techbroker.cpd.evidence-max-bytes.")
    public CpdRepresentations.ActivityView evidence(
            @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream content) {
        return CpdRepresentations.ActivityView.of(
                cpd.attachEvidence(caller.requireAccountId(), id, fileName, content), false);
    }

    @GET
    @Path("/{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an entry's evidence")
    public Response download(@PathParam("id") long id) {
        return file(cpd.evidence(caller.requireAccountId(), id));
    }

    static Response file(CpdService.EvidenceFile file) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()))
                .cacheControl(noStore)
                .build();
    }
}
