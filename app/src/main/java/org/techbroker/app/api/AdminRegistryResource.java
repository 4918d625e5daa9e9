package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.RegistryChain;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The administrators' registry API: direct issuance, the status changes (each with a reason and an
 * optional public note), the full history with reasons and actors, and the hash-chain check. The
 * same use cases as the registry pages, for scripts and other systems.
 */
@Path("/admin/certificates")
@Tag(name = "Registry: administration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminRegistryResource {

    static final String HOLDER = "holder";
    static final String LEVEL = "level";
    static final String TRACKS = "tracks";
    static final String REASON = "reason";
    static final String PUBLIC_NOTE = "publicNote";

    @Inject
    CertificateRegistry registry;

    @Inject
    AccountService accounts;

    @Inject
    Usernames usernames;

    @Inject
    RegistrySettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    /** A certificate as administrators see it. */
    public record CertificateView(
            String number,
            String status,
            String level,
            List<String> tracks,
            String holder,
            String holderNameZh,
            String holderNameLatin,
            String issuedOn,
            String expiresOn,
            String pdfSha256) {}

    /** An event of the history, with its reason and actor. */
    public record EventView(
            long sequence,
            String type,
            String fromStatus,
            String toStatus,
            String actor,
            String occurredAt,
            String reason,
            String publicNote,
            String hash) {}

    /** The result of the chain check. */
    public record ChainView(boolean intact, long eventsVerified, Long brokenAt, String problem) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a certificate directly",
            description = "For a qualification recognised outside the exams here, or carried over from a paper "
                    + "register. Body: {\"holder\": \"username\", \"level\": \"JUNIOR|INTERMEDIATE|SENIOR\", "
                    + "\"tracks\": [\"SERVICE\", …], \"reason\": \"…\"}. Passed exams issue by themselves.")
    @APIResponse(
            responseCode = "201",
            description = "The certificate, signed PDF made",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A member is missing or wrong, or no account has this username",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response issue(JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, HOLDER, LEVEL, TRACKS, REASON);
        String username = body.text(HOLDER, true);
        QualificationLevel level = body.choice(LEVEL, true, QualificationLevel.values());
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        for (JsonValue value : body.list(TRACKS)) {
            if (value instanceof jakarta.json.JsonString text) {
                try {
                    tracks.add(Track.valueOf(text.getString().strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    body.error(
                            TRACKS,
                            "api.problem.body.one_of",
                            List.of(Track.values()).toString());
                }
            } else {
                body.error(TRACKS, "api.problem.body.text");
            }
        }
        String reason = reason(body);
        Account holder = username == null
                ? null
                : accounts.findByUsername(username.strip()).orElse(null);
        if (username != null && holder == null) {
            body.error(HOLDER, "api.problem.registry.unknown_account");
        }
        if (!body.isValid()) {
            return body.invalid();
        }
        Certificate certificate = registry.issue(holder.id(), level, tracks, caller.requireAccountId(), reason);
        return Response.status(Response.Status.CREATED)
                .entity(view(certificate))
                .build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "A certificate with its full history")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a certificate number, or a wrong check digit",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such certificate",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CertificateView certificate(
            @Parameter(description = "The certificate number", in = ParameterIn.PATH) @PathParam("number")
                    String number) {
        CertificateNumber parsed = CertificateNumber.parse(number);
        return registry.find(parsed)
                .map(this::view)
                .orElseThrow(() -> new org.techbroker.certification.CertificationException(
                        org.techbroker.courses.shared.DomainException.Kind.NOT_FOUND,
                        "registry.error.certificate_not_found",
                        parsed.value()));
    }

    @GET
    @Path("/{number}/history")
    @Operation(
            summary = "A certificate's history",
            description = "Every event, oldest first, with who acted, why, the public note and the event's hash.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such certificate",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<EventView> history(
            @Parameter(description = "The certificate number", in = ParameterIn.PATH) @PathParam("number")
                    String number) {
        return registry.history(CertificateNumber.parse(number)).stream()
                .map(this::event)
                .toList();
    }

    @POST
    @Path("/{number}/{change: suspension|reinstatement|revocation|reissue}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Suspend, reinstate, revoke or re-issue a certificate",
            description = "Body: {\"reason\": \"…\", \"publicNote\": \"…\"} (the reason is required and stays "
                    + "internal; the public note, if any, is shown to verifiers). Only the moves the status allows: "
                    + "ACTIVE→SUSPENDED, SUSPENDED→ACTIVE, ACTIVE/SUSPENDED/EXPIRED→REVOKED, ACTIVE→re-issued "
                    + "(the old one SUPERSEDED). A re-issue answers the new certificate.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate after the change (the new one after a re-issue)",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No reason, or a bad number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such certificate",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The status does not allow this change",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response change(
            @Parameter(description = "The certificate number", in = ParameterIn.PATH) @PathParam("number")
                    String number,
            @PathParam("change") String change,
            JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, REASON, PUBLIC_NOTE);
        String reason = reason(body);
        String note = body.text(PUBLIC_NOTE, false);
        if (note != null && note.strip().length() > RegistryEvent.PUBLIC_NOTE_MAX) {
            body.error(PUBLIC_NOTE, "api.problem.registry.too_long", RegistryEvent.PUBLIC_NOTE_MAX);
        }
        if (!body.isValid()) {
            return body.invalid();
        }
        CertificateNumber parsed = CertificateNumber.parse(number);
        var by = caller.requireAccountId();
        Certificate after =
                switch (change) {
                    case "suspension" -> registry.suspend(parsed, by, reason, note);
                    case "reinstatement" -> registry.reinstate(parsed, by, reason, note);
                    case "revocation" -> registry.revoke(parsed, by, reason, note);
                    default -> registry.reissue(parsed, by, reason, note);
                };
        return Response.ok(view(after)).build();
    }

    @GET
    @Path("/chain")
    @Operation(
            summary = "Check the history's integrity",
            description = "Walks the hash chain of every registry event; says where it first broke, if it did.")
    @APIResponse(
            responseCode = "200",
            description = "The result",
            content = @Content(schema = @Schema(implementation = ChainView.class)))
    public ChainView chain() {
        RegistryChain.ChainCheck check = registry.checkChain();
        return new ChainView(
                check.intact(),
                check.eventsVerified(),
                check.brokenAt().orElse(null),
                check.problemKey().map(problems::message).orElse(null));
    }

    private static String reason(JsonBody body) {
        String reason = body.text(REASON, true);
        if (reason != null && reason.isBlank()) {
            body.error(REASON, "api.problem.body.member_required");
        } else if (reason != null && reason.strip().length() > RegistryEvent.REASON_MAX) {
            body.error(REASON, "api.problem.registry.too_long", RegistryEvent.REASON_MAX);
        }
        return reason;
    }

    private CertificateView view(Certificate c) {
        return new CertificateView(
                c.numberText(),
                c.statusOn(settings.today()).name(),
                c.level().name(),
                c.tracks().stream().map(Enum::name).toList(),
                usernames.apply(c.holder()),
                c.holderNames().zh(),
                c.holderNames().latin(),
                c.issuedOn().toString(),
                c.expiresOn().toString(),
                c.pdfSha256().orElse(null));
    }

    private EventView event(RegistryEvent e) {
        return new EventView(
                e.sequence(),
                e.type().name(),
                e.fromStatus().map(Enum::name).orElse(null),
                e.toStatus().name(),
                e.actor().map(usernames).orElse(null),
                e.occurredAt().toString(),
                e.reason().startsWith("registry.reason.") ? problems.message(e.reason()) : e.reason(),
                e.publicNote().orElse(null),
                e.hash());
    }
}
