package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.profile.BrokerProfiles;
import org.techbroker.certification.profile.Disclosure;
import org.techbroker.certification.profile.DisclosureCategory;
import org.techbroker.certification.registry.FilingExport;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The registry beyond single certificates: the search and broker profiles enterprises read before
 * they trust a broker with a deal, the disclosures administrators enter and brokers comment on,
 * and the filing of intermediate and senior certificates with the central register.
 */
@Path("/registry")
@Tag(name = "Registry: brokers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    static final String CATEGORY = "category";
    static final String OCCURRED_ON = "occurredOn";
    static final String SUMMARY = "summary";
    static final String COMMENT = "comment";
    static final String CSV = "text/csv";

    @Inject
    BrokerProfiles profiles;

    @Inject
    FilingExport filing;

    @Inject
    RegistrySettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @GET
    @Path("/brokers")
    @SignedIn({Role.ENTERPRISE, Role.ADMIN})
    @Operation(
            summary = "Search the registry for brokers",
            description = "By certificate number or by name (Chinese or Latin letters, any part, any case); "
                    + "brokers with a matching certificate, most recent first.")
    @APIResponse(
            responseCode = "200",
            description = "The brokers found",
            content = @Content(schema = @Schema(implementation = RegistryRepresentations.BrokerMatchView.class)))
    public List<RegistryRepresentations.BrokerMatchView> search(
            @Parameter(description = "A name or a certificate number") @QueryParam("q") String text) {
        return profiles.search(text == null ? "" : text).stream()
                .map(RegistryRepresentations::match)
                .toList();
    }

    @GET
    @Path("/brokers/{id}")
    @SignedIn
    @Operation(
            summary = "A broker's profile",
            description = "Levels and tracks held with each certificate's status today, exams passed with their "
                    + "dates, and disclosures with the broker's comments. Enterprises and administrators read "
                    + "any broker's; a broker reads their own.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content = @Content(schema = @Schema(implementation = RegistryRepresentations.BrokerProfileView.class)))
    @APIResponse(
            responseCode = "404",
            description =
                    "No broker with a certificate has this id (or it is someone else's and the caller may not read it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RegistryRepresentations.BrokerProfileView profile(
            @Parameter(description = "The broker's id", in = ParameterIn.PATH) @PathParam("id") long id) {
        AccountId holder = new AccountId(id);
        boolean reader = caller.isInRole(Role.ENTERPRISE_NAME) || caller.isInRole(Role.ADMIN_NAME);
        if (!reader && !caller.accountId().filter(holder::equals).isPresent()) {
            throw new CertificationException(Kind.NOT_FOUND, "profile.error.broker_not_found");
        }
        return RegistryRepresentations.profile(profiles.profile(holder));
    }

    @POST
    @Path("/brokers/{id}/disclosures")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    @Operation(
            summary = "Record a disclosure on a broker's profile",
            description = "Body: {\"category\": \"DISCIPLINARY|CUSTOMER_COMPLAINT|REGULATORY\", \"occurredOn\": "
                    + "\"2026-03-01\", \"summary\": \"…\"}. What is recorded never changes; the broker may comment.")
    @APIResponse(
            responseCode = "201",
            description = "The disclosure",
            content = @Content(schema = @Schema(implementation = RegistryRepresentations.DisclosureView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A member is missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No broker with a certificate has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response disclose(
            @Parameter(description = "The broker's id", in = ParameterIn.PATH) @PathParam("id") long id,
            JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, CATEGORY, OCCURRED_ON, SUMMARY);
        DisclosureCategory category = body.choice(CATEGORY, true, DisclosureCategory.values());
        String occurred = body.text(OCCURRED_ON, true);
        String summary = body.text(SUMMARY, true);
        LocalDate occurredOn = null;
        if (occurred != null) {
            try {
                occurredOn = LocalDate.parse(occurred.trim());
            } catch (DateTimeParseException e) {
                body.error(OCCURRED_ON, "api.problem.registry.date");
            }
        }
        if (summary != null && summary.isBlank()) {
            body.error(SUMMARY, "api.problem.body.member_required");
        } else if (summary != null && summary.strip().length() > Disclosure.SUMMARY_MAX) {
            body.error(SUMMARY, "api.problem.registry.too_long", Disclosure.SUMMARY_MAX);
        }
        if (!body.isValid()) {
            return body.invalid();
        }
        Disclosure disclosure =
                profiles.disclose(new AccountId(id), category, occurredOn, summary, caller.requireAccountId());
        return Response.status(Response.Status.CREATED)
                .entity(RegistryRepresentations.disclosure(disclosure))
                .build();
    }

    @PUT
    @Path("/disclosures/{id}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn
    @Operation(
            summary = "Comment on a disclosure on one's own profile",
            description = "Body: {\"comment\": \"…\"}; an empty or null comment withdraws it.")
    @APIResponse(
            responseCode = "200",
            description = "The disclosure with the comment",
            content = @Content(schema = @Schema(implementation = RegistryRepresentations.DisclosureView.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No disclosure with this id on the caller's profile",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response comment(
            @Parameter(description = "The disclosure's id", in = ParameterIn.PATH) @PathParam("id") long id,
            JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, COMMENT);
        String comment = body.text(COMMENT, false);
        if (comment != null && comment.strip().length() > Disclosure.COMMENT_MAX) {
            body.error(COMMENT, "api.problem.registry.too_long", Disclosure.COMMENT_MAX);
        }
        if (!body.isValid()) {
            return body.invalid();
        }
        Disclosure disclosure = profiles.comment(caller.requireAccountId(), id, comment);
        return Response.ok(RegistryRepresentations.disclosure(disclosure)).build();
    }

    @GET
    @Path("/filing")
    @Produces(CSV)
    @SignedIn(Role.ADMIN)
    @Operation(
            summary = "The filing of intermediate and senior certificates",
            description = "A CSV file (UTF-8, RFC 4180, header row) of the intermediate and senior certificates "
                    + "issued from one day to another (both included, at most 366 days; by default the last 30), "
                    + "for the central register that numbers them nationally. Columns: number, level, tracks, "
                    + "holder_name_zh, holder_name_latin, issued_on, expires_on, status, supersedes, pdf_sha256.")
    @APIResponse(responseCode = "200", description = "The CSV file")
    @APIResponse(
            responseCode = "400",
            description = "A date is not a day (yyyy-mm-dd), the period is reversed or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response filing(
            @Parameter(description = "The first day, yyyy-mm-dd") @QueryParam("from") String from,
            @Parameter(description = "The last day, yyyy-mm-dd") @QueryParam("to") String to) {
        LocalDate last = QueryValues.date("to", to, settings.today());
        LocalDate first = QueryValues.date("from", from, last.minusDays(30));
        return Response.ok(filing.csv(first, last), CSV + "; charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment("filing-" + first + "-" + last + ".csv"))
                .build();
    }
}
