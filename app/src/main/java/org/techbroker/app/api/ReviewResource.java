package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountSearch;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.ConflictDeclaration;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The examiner's side of essay review: the caller's markings (scripts by anonymous code, with
 * prompt, essay and rubric), saving marks against the version read (a stale version is a 409
 * problem and nothing is saved), declared conflicts of interest and the caller's own agreement
 * figures. A marking held by someone else does not exist for the caller (404), so that ids
 * reveal nothing. Chief examiners mark here too: adjudications, appeal re-marks and agreed marks
 * are markings like any other.
 */
@Path("/review")
@Tag(name = "Essay review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn({Role.EXAMINER, Role.CHIEF_EXAMINER})
public class ReviewResource {

    /**
     * Feedback on four criteria, overall feedback and a reason reach 32,000 characters; written as
     * six-character JSON escapes, about 200 KB. 512 KiB holds them with room to spare.
     */
    static final long MARKS_BODY_BYTES = 512L * 1024;

    static final String ORGANISATION = "organisation";
    static final String CANDIDATE = "candidate";

    @Inject
    MarkingService marking;

    @Inject
    AccountService accounts;

    @Inject
    Usernames usernames;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @GET
    @Path("/assignments")
    @Operation(
            summary = "The caller's markings",
            description = "Every marking the caller holds, newest first, of every role (marker, calibration, and "
                    + "for chief examiners adjudication, appeal re-mark and agreed mark), each as GET "
                    + "/review/assignments/{id} answers it. Reassigned markings are gone from the list.")
    @APIResponse(
            responseCode = "200",
            description = "The markings",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.AssignmentDocument.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang has a value it does not accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response assignments(
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        AccountId examiner = caller.requireAccountId();
        List<ReviewRepresentations.AssignmentDocument> documents = new ArrayList<>();
        for (AssignmentSummary summary : marking.assignments(examiner)) {
            try {
                documents.add(ReviewRepresentations.assignment(marking.assignment(examiner, summary.id()), locale));
            } catch (DomainException e) {
                // Reassigned between the list and the reading: no longer the caller's.
                if (e.kind() != Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return ApiLanguage.inLanguage(Response.ok(documents), locale).build();
    }

    @GET
    @Path("/assignments/{id}")
    @Operation(
            summary = "One of the caller's markings",
            description = "The script's anonymous code, the prompt and the rubric in the request's language, the "
                    + "essay, the caller's marks and the version to send back with the next save. Other marks "
                    + "appear only where marking stays independent: a co-marker's once both have submitted, both "
                    + "markers' for the chief examiner who decides, the agreed mark after a calibration.")
    @APIResponse(
            responseCode = "200",
            description = "The marking",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.AssignmentDocument.class)))
    @APIResponse(
            responseCode = "404",
            description = "The caller holds no marking of this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response assignment(
            @Parameter(description = "The marking's id", in = ParameterIn.PATH) @PathParam("id") long markingId,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        return ApiLanguage.inLanguage(
                        Response.ok(ReviewRepresentations.assignment(
                                marking.assignment(caller.requireAccountId(), markingId), locale)),
                        locale)
                .build();
    }

    @PUT
    @Path("/assignments/{id}/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody(maxBytes = MARKS_BODY_BYTES)
    @Operation(
            summary = "Save or submit marks",
            description = "Saves a draft, or submits with submit true (every criterion needs points; an "
                    + "adjudication or appeal re-mark needs a reason). version is the marking's version as last "
                    + "read: when the marking was saved elsewhere meanwhile (another tab or person), nothing is "
                    + "saved and the answer is 409. Answers the marking as it now stands. Needs X-CSRF-Token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewRepresentations.MarksBodySchema.class)))
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.AssignmentDocument.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON of this shape (errors name the members), or a mark does not fit "
                    + "the rubric, or a submission is incomplete. Nothing is saved.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "The caller holds no marking of this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, a submitted or reassigned marking, or calibration comes first. Nothing "
                    + "is saved.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response saveMarks(
            @Parameter(description = "The marking's id", in = ParameterIn.PATH) @PathParam("id") long markingId,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang,
            JsonStructure body) {
        Locale locale = ApiLanguage.choose(lang, problems);
        MarksBody.Reading reading = MarksBody.read(body, problems);
        if (!reading.isValid()) {
            return reading.body().invalid();
        }
        return ApiLanguage.inLanguage(
                        Response.ok(ReviewRepresentations.assignment(
                                marking.saveMarks(caller.requireAccountId(), markingId, reading.input()), locale)),
                        locale)
                .build();
    }

    @GET
    @Path("/conflicts")
    @Operation(
            summary = "The caller's declared conflicts of interest",
            description = "Organisations, and candidates by username, whose scripts never reach the caller.")
    @APIResponse(
            responseCode = "200",
            description = "The declarations",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ConflictView.class)))
    public List<ReviewRepresentations.ConflictView> conflicts() {
        return marking.conflicts(caller.requireAccountId()).stream()
                .map(declaration -> ReviewRepresentations.conflict(declaration, usernames))
                .toList();
    }

    @POST
    @Path("/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Declare a conflict of interest",
            description = "Exactly one of organisation (as candidates name it in their profile, without regard to "
                    + "case) and candidate (a username or email). The caller's open markings it covers pass to "
                    + "other examiners at once, and no script it covers reaches the caller again. Needs "
                    + "X-CSRF-Token.")
    @APIResponse(
            responseCode = "201",
            description = "Declared",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ConflictView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Neither or both members, an organisation name that is blank or too long, an unknown "
                    + "candidate, or the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Declared already",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response declareConflict(JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, ORGANISATION, CANDIDATE);
        String organisation = body.text(ORGANISATION, false);
        String candidate = body.text(CANDIDATE, false);
        if (body.isValid() && (organisation == null) == (candidate == null)) {
            body.error(null, "api.problem.review.one_conflict");
        }
        if (!body.isValid()) {
            return body.invalid();
        }
        AccountId examiner = caller.requireAccountId();
        ConflictDeclaration declaration = organisation != null
                ? marking.declareOrganisation(examiner, organisation)
                : marking.declareCandidate(examiner, candidate(candidate));
        return Response.status(Response.Status.CREATED)
                .entity(ReviewRepresentations.conflict(declaration, usernames))
                .build();
    }

    @DELETE
    @Path("/conflicts/{id}")
    @Operation(
            summary = "Withdraw a declaration",
            description = "Markings already passed on stay where they are. Needs X-CSRF-Token.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(
            responseCode = "404",
            description = "The caller has no declaration of this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response withdrawConflict(
            @Parameter(description = "The declaration's id", in = ParameterIn.PATH) @PathParam("id")
                    long declarationId) {
        marking.withdrawConflict(caller.requireAccountId(), declarationId);
        return Response.noContent().build();
    }

    @GET
    @Path("/statistics")
    @Operation(
            summary = "The caller's agreement with co-markers in a sitting",
            description = "The sitting's figures over all double-marked scripts and the caller's own line (mean, "
                    + "severity or leniency, exact and adjacent agreement, kappa, ICC); other examiners' lines are "
                    + "the chief examiner's. Figures undefined for the data are absent.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.AgreementView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No sitting named",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReviewRepresentations.AgreementView statistics(
            @Parameter(description = "The sitting's id", required = true) @QueryParam("sitting") Long sittingId) {
        long sitting = requireSitting(sittingId);
        return ReviewRepresentations.agreement(
                sitting, marking.statistics(caller.requireAccountId(), sitting), usernames);
    }

    static long requireSitting(Long sittingId) {
        if (sittingId == null) {
            throw new Refusal(Kind.INVALID, "api.problem.review.sitting_required");
        }
        return sittingId;
    }

    /** The candidate a username or an email names; any other text names nobody. */
    private AccountId candidate(String usernameOrEmail) {
        String wanted = usernameOrEmail.trim();
        Optional<Account> account = accounts.findByUsername(wanted);
        if (account.isEmpty() && wanted.contains("@")) {
            account = accounts.search(new AccountSearch(wanted, null, 0, AccountSearch.MAX_PAGE_SIZE)).stream()
                    .filter(a -> a.email().equalsIgnoreCase(wanted))
                    .findFirst();
        }
        return account.map(Account::id).orElseThrow(() -> new Refusal(Kind.INVALID, "review.error.candidate_unknown"));
    }
}
