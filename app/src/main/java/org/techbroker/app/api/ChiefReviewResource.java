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
import java.util.List;
import java.util.Locale;
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
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.FlagState;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * What the chief examiner does beyond marking: follows a sitting's scripts and the decisions that
 * wait, reads a script's history, reassigns, fills waiting places, sets prompts' divergence
 * thresholds, keeps reference scripts, reads everyone's agreement figures, reviews similarity
 * flags and follows appeals. Scripts are named by code, examiners by username; nothing here names
 * a candidate. Adjudications and appeal re-marks are the chief examiner's markings under
 * /review/assignments.
 */
@Path("/review/chief")
@Tag(name = "Essay review: chief examiner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.CHIEF_EXAMINER)
public class ChiefReviewResource {

    /** A reference script may have 60,000 characters; as for an essay answer, 1 MiB holds any writing of them. */
    static final long REFERENCE_BODY_BYTES = 1024L * 1024;

    static final String EXAMINER = "examiner";
    static final String PERCENT = "percent";
    static final String ITEM_KEY = "itemKey";
    static final String TEXT = "text";
    static final String VERDICT = "verdict";
    static final String NOTE = "note";

    @Inject
    ChiefReview chief;

    @Inject
    AccountService accounts;

    @Inject
    Usernames usernames;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @GET
    @Path("/scripts")
    @Operation(
            summary = "The live scripts of a sitting",
            description = "Each with its state, final mark and basis, threshold, and its markings (role, examiner, "
                    + "state, total), withdrawn ones included.")
    @APIResponse(
            responseCode = "200",
            description = "The scripts",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ScriptView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No sitting named",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ReviewRepresentations.ScriptView> scripts(
            @Parameter(description = "The sitting's id", required = true) @QueryParam("sitting") Long sittingId) {
        return chief.scripts(ReviewResource.requireSitting(sittingId)).stream()
                .map(row -> ReviewRepresentations.script(row, usernames))
                .toList();
    }

    @GET
    @Path("/decisions")
    @Operation(
            summary = "Scripts waiting for a chief examiner's decision",
            description = "Divergent marks to adjudicate and appeals to re-mark, oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The scripts",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ScriptView.class)))
    public List<ReviewRepresentations.ScriptView> decisions() {
        return chief.awaitingDecision().stream()
                .map(row -> ReviewRepresentations.script(row, usernames))
                .toList();
    }

    @GET
    @Path("/scripts/{code}/history")
    @Operation(
            summary = "A script's history",
            description = "Every allocation, reassignment, submitted mark, decision and appeal, oldest first, with "
                    + "who acted and when. The history is append-only.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.EventView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No script has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ReviewRepresentations.EventView> history(
            @Parameter(description = "The script's code", in = ParameterIn.PATH) @PathParam("code") String code) {
        return chief.history(code).stream()
                .map(event -> ReviewRepresentations.event(event, usernames))
                .toList();
    }

    @GET
    @Path("/markings/{id}/eligible")
    @Operation(
            summary = "Who could take a marking",
            description = "Usernames, best first (least loaded). Never the candidate, an examiner with a declared "
                    + "conflict covering the candidate, or one who holds or held a marking of the script.")
    @APIResponse(responseCode = "200", description = "The usernames")
    @APIResponse(
            responseCode = "404",
            description = "No marking has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<String> eligible(
            @Parameter(description = "The marking's id", in = ParameterIn.PATH) @PathParam("id") long markingId) {
        return chief.eligibleExaminers(markingId).stream().map(usernames).toList();
    }

    @POST
    @Path("/markings/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give an open marking to another examiner",
            description = "Body {\"examiner\": username}. The old marking stays in the history, withdrawn. Needs "
                    + "X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "The script as it now stands",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ScriptView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No such examiner, or one the rules exclude from the script",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No marking has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The marking is submitted or withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response reassign(
            @Parameter(description = "The marking's id", in = ParameterIn.PATH) @PathParam("id") long markingId,
            JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, EXAMINER);
        String username = body.text(EXAMINER, true);
        if (!body.isValid()) {
            return body.invalid();
        }
        AccountId examiner = accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.EXAMINER) || a.hasRole(Role.CHIEF_EXAMINER))
                .map(Account::id)
                .orElseThrow(() -> new Refusal(Kind.INVALID, "api.problem.review.examiner_unknown", username));
        return Response.ok(ReviewRepresentations.script(
                        chief.reassign(caller.requireAccountId(), markingId, examiner), usernames))
                .build();
    }

    @POST
    @Path("/allocations")
    @Operation(
            summary = "Fill the places that wait for an examiner",
            description = "Places stay waiting when no eligible examiner was free (every examiner conflicted, say); "
                    + "this gives each to the best eligible examiner now. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "How many places were filled",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.AllocationView.class)))
    public ReviewRepresentations.AllocationView allocate() {
        return new ReviewRepresentations.AllocationView(chief.allocateWaiting(caller.requireAccountId()));
    }

    @GET
    @Path("/prompts")
    @Operation(
            summary = "The essay prompts and their divergence thresholds",
            description =
                    "The threshold in percent of the maximum: two marks further apart go to a chief " + "examiner.")
    @APIResponse(
            responseCode = "200",
            description = "The prompts",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.PromptView.class)))
    public Response prompts(
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        return ApiLanguage.inLanguage(
                        Response.ok(chief.prompts().stream()
                                .map(row -> ReviewRepresentations.prompt(row, locale))
                                .toList()),
                        locale)
                .build();
    }

    @PUT
    @Path("/prompts/{itemKey}/threshold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a prompt's divergence threshold",
            description = "Body {\"percent\": n}. Applies to scripts submitted from now on; scripts under review "
                    + "keep theirs. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "The prompt with its threshold",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.PromptView.class)))
    @APIResponse(
            responseCode = "400",
            description = "percent missing or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No essay prompt has this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response setThreshold(
            @Parameter(description = "The prompt's item key", in = ParameterIn.PATH) @PathParam("itemKey")
                    String itemKey,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang,
            JsonStructure json) {
        Locale locale = ApiLanguage.choose(lang, problems);
        JsonBody body = JsonBody.read(json, problems, PERCENT);
        Integer percent = body.integer(PERCENT, true);
        if (!body.isValid()) {
            return body.invalid();
        }
        return ApiLanguage.inLanguage(
                        Response.ok(ReviewRepresentations.prompt(chief.setDivergencePercent(itemKey, percent), locale)),
                        locale)
                .build();
    }

    @GET
    @Path("/reference-scripts")
    @Operation(
            summary = "The reference scripts for calibration",
            description = "Each with its agreed mark and every examiner's calibration mark and its difference.")
    @APIResponse(
            responseCode = "200",
            description = "The reference scripts",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ReferenceScriptView.class)))
    public List<ReviewRepresentations.ReferenceScriptView> referenceScripts() {
        return chief.referenceScripts().stream()
                .map(row -> ReviewRepresentations.referenceScript(row, usernames))
                .toList();
    }

    @POST
    @Path("/reference-scripts")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody(maxBytes = REFERENCE_BODY_BYTES)
    @Operation(
            summary = "Write a reference script",
            description = "Body {\"itemKey\", \"text\"}. The caller then gives its agreed mark through the marking "
                    + "agreedMarkingId names; once submitted, every examiner calibrates on it before marking the "
                    + "prompt's live scripts. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "201",
            description = "Written",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.ReferenceScriptView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A member missing, or a text blank or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No essay prompt has this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addReferenceScript(JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, ITEM_KEY, TEXT);
        String itemKey = body.text(ITEM_KEY, true);
        String text = body.text(TEXT, true);
        if (!body.isValid()) {
            return body.invalid();
        }
        return Response.status(Response.Status.CREATED)
                .entity(ReviewRepresentations.referenceScript(
                        chief.addReferenceScript(caller.requireAccountId(), itemKey, text), usernames))
                .build();
    }

    @DELETE
    @Path("/reference-scripts/{code}")
    @Operation(
            summary = "Retire a reference script",
            description = "It is no longer offered for calibration, and live marking no longer waits for it; its "
                    + "marks stay. Needs X-CSRF-Token.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(
            responseCode = "404",
            description = "No reference script has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response retireReferenceScript(
            @Parameter(description = "The reference script's code", in = ParameterIn.PATH) @PathParam("code")
                    String code) {
        chief.retireReferenceScript(code);
        return Response.noContent().build();
    }

    @GET
    @Path("/statistics")
    @Operation(
            summary = "Examiner agreement in a sitting",
            description = "Over all double-marked scripts and per examiner: mean, severity or leniency, exact and "
                    + "adjacent agreement, quadratic-weighted kappa and ICC. Figures undefined for the data are "
                    + "absent.")
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
        long sitting = ReviewResource.requireSitting(sittingId);
        return ReviewRepresentations.agreement(sitting, chief.statistics(sitting), usernames);
    }

    @GET
    @Path("/similarity")
    @Operation(
            summary = "A sitting's similarity flags",
            description = "Pairs of scripts whose texts are alike, with the matching passages of both side by side. "
                    + "A flag never changes a mark.")
    @APIResponse(
            responseCode = "200",
            description = "The flags",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.SimilarityFlagView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No sitting named",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ReviewRepresentations.SimilarityFlagView> similarityFlags(
            @Parameter(description = "The sitting's id", required = true) @QueryParam("sitting") Long sittingId) {
        return chief.similarityFlags(ReviewResource.requireSitting(sittingId)).stream()
                .map(flag -> ReviewRepresentations.similarityFlag(flag, usernames))
                .toList();
    }

    @POST
    @Path("/similarity")
    @Operation(
            summary = "Compare a sitting's scripts",
            description = "Flags every pair whose similarity passes the threshold; flags found again keep their "
                    + "verdicts. Answers every flag of the sitting. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "The flags",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.SimilarityFlagView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No sitting named",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ReviewRepresentations.SimilarityFlagView> detectSimilarity(
            @Parameter(description = "The sitting's id", required = true) @QueryParam("sitting") Long sittingId) {
        return chief.detectSimilarity(ReviewResource.requireSitting(sittingId)).stream()
                .map(flag -> ReviewRepresentations.similarityFlag(flag, usernames))
                .toList();
    }

    @PUT
    @Path("/similarity/{flagId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give a similarity flag a verdict",
            description = "Body {\"verdict\": \"DISMISSED\" | \"CONFIRMED\", \"note\"}. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "The flag with its verdict",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.SimilarityFlagView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No verdict, another value, or a note too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No flag has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response reviewFlag(
            @Parameter(description = "The flag's id", in = ParameterIn.PATH) @PathParam("flagId") long flagId,
            JsonStructure json) {
        JsonBody body = JsonBody.read(json, problems, VERDICT, NOTE);
        FlagState verdict = body.choice(VERDICT, true, FlagState.DISMISSED, FlagState.CONFIRMED);
        String note = body.text(NOTE, false);
        if (!body.isValid()) {
            return body.invalid();
        }
        return Response.ok(ReviewRepresentations.similarityFlag(
                        chief.reviewFlag(caller.requireAccountId(), flagId, verdict, note), usernames))
                .build();
    }

    @GET
    @Path("/appeals")
    @Operation(
            summary = "Every appeal",
            description = "By script code, with the candidate's reason, the mark before and after the re-mark, and "
                    + "who re-marked; never who appealed.")
    @APIResponse(
            responseCode = "200",
            description = "The appeals",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.AppealView.class)))
    public List<ReviewRepresentations.AppealView> appeals() {
        return chief.appeals().stream()
                .map(appeal -> ReviewRepresentations.appeal(appeal, usernames))
                .toList();
    }
}
