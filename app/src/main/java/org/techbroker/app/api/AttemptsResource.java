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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.SaveReceipt;
import org.techbroker.certification.review.CandidateFeedback;
import org.techbroker.certification.review.EssayFeedback;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The candidate's attempt: read it (items without keys, saved answers, deadline and the server's
 * clock), save answers one at a time as they change, and submit. Only the attempt's owner sees
 * it: for anyone else it does not exist (404, the same problem as an id that names nothing), so
 * that ids reveal nothing. Once results are released, the candidate reads the feedback on their
 * essays here and may appeal an essay's mark.
 */
@Path("/attempts")
@Tag(name = "Exams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.TRAINEE)
public class AttemptsResource {

    /**
     * An essay may have 60,000 characters: 180 KB of Chinese in UTF-8, twice that when a client
     * writes every character as a six-character JSON escape, and 720 KB for characters outside the
     * Basic Multilingual Plane written as two escapes (a surrogate pair) each. 1 MiB holds all of these with room
     * for the JSON around them; anything larger cannot be a valid answer.
     */
    static final long ANSWER_BODY_BYTES = 1024L * 1024;

    static final String REASON = "reason";

    @Inject
    ExamService exams;

    @Inject
    CurrentCaller caller;

    @Inject
    CandidateFeedback reviews;

    @Inject
    Problems problems;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "The caller's attempt",
            description = "The items in the candidate's order (id, type, stem, options {id, text}, points, unit of "
                    + "a numeric answer), never a key, an explanation or a rubric; the saved answers by item id; "
                    + "the deadline and the server's clock (ISO-8601); the state; and, once the sitting's results "
                    + "are released, the result with points by topic.")
    @APIResponse(
            responseCode = "200",
            description = "The attempt",
            content = @Content(schema = @Schema(implementation = ExamRepresentations.AttemptDocument.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang has a value it does not accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No attempt of the caller has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(
            @Parameter(description = "The attempt's id", in = ParameterIn.PATH) @PathParam("id") long attemptId,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        return ApiLanguage.inLanguage(
                        Response.ok(ExamRepresentations.attempt(
                                exams.attempt(caller.requireAccountId(), attemptId), locale)),
                        locale)
                .build();
    }

    @PUT
    @Path("/{id}/answers/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody(maxBytes = ANSWER_BODY_BYTES)
    @Operation(
            summary = "Save an answer",
            description = "The body holds exactly one of selected (option ids of a choice item; [] clears the "
                    + "answer), value (a number, for numeric items) and text (an essay of at most 60,000 "
                    + "characters); bodies may have up to 1 MiB. Saving the same answer again changes nothing and "
                    + "answers the same revision, so a client may retry freely. Every answer carries the "
                    + "deadline, which extra time granted meanwhile moves. Needs X-CSRF-Token.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExamRepresentations.AnswerBodySchema.class)))
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = ExamRepresentations.SavedView.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not one answer that fits the item; errors name the member. Nothing is saved.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No attempt of the caller has this id, or the item is not part of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The deadline has passed or the attempt is submitted; the answer was not saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response save(
            @Parameter(description = "The attempt's id", in = ParameterIn.PATH) @PathParam("id") long attemptId,
            @Parameter(description = "The item's id, as the attempt lists it", in = ParameterIn.PATH)
                    @PathParam("itemId")
                    long itemId,
            JsonStructure body) {
        AnswerBody.Reading reading = AnswerBody.read(body, problems);
        if (!reading.isValid()) {
            return invalid(reading.errors());
        }
        SaveReceipt receipt;
        try {
            receipt = exams.save(caller.requireAccountId(), attemptId, itemId, reading.answer());
        } catch (DomainException e) {
            if (e.kind() == Kind.INVALID) {
                // The answer does not fit the item (options of another item, a number for a choice…):
                // name the member that was sent, as for any other fault of the body.
                return invalid(List.of(
                        new Problem.FieldError(reading.member(), problems.message(e.messageKey(), e.arguments()))));
            }
            throw e;
        }
        return Response.ok(ExamRepresentations.saved(receipt)).build();
    }

    @POST
    @Path("/{id}/submission")
    @Operation(
            summary = "Submit the attempt",
            description = "Ends the attempt and scores its objective items. Submitting again, from any tab or "
                    + "device, answers the submission that counted with alreadySubmitted true. After the deadline, "
                    + "the attempt is submitted as it stood then (automatically true), as the server would have "
                    + "done by itself. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "Submitted, now or earlier",
            content = @Content(schema = @Schema(implementation = ExamRepresentations.SubmittedView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No attempt of the caller has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ExamRepresentations.SubmittedView submit(
            @Parameter(description = "The attempt's id", in = ParameterIn.PATH) @PathParam("id") long attemptId) {
        return ExamRepresentations.submitted(exams.submit(caller.requireAccountId(), attemptId));
    }

    @GET
    @Path("/{id}/feedback")
    @Operation(
            summary = "The feedback on the attempt's essays",
            description = "Once the sitting's results are released (an empty list before): per essay, the final "
                    + "points and how they were reached, the points of each rubric criterion with the examiners' "
                    + "comments (never who wrote them), the overall comments, until when an appeal is accepted, "
                    + "and where an appeal stands.")
    @APIResponse(
            responseCode = "200",
            description = "The feedback",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.EssayFeedbackView.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang has a value it does not accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No attempt of the caller has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response feedback(
            @Parameter(description = "The attempt's id", in = ParameterIn.PATH) @PathParam("id") long attemptId,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        return ApiLanguage.inLanguage(
                        Response.ok(reviews.feedback(caller.requireAccountId(), attemptId).stream()
                                .map(essay -> ReviewRepresentations.feedback(essay, locale))
                                .toList()),
                        locale)
                .build();
    }

    @POST
    @Path("/{id}/essays/{itemId}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Appeal an essay's mark",
            description = "Body {\"reason\"}. Within the appeal period after the release, once per essay: a chief "
                    + "examiner who did not mark the essay re-marks it, and the result follows the new mark. "
                    + "Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "201",
            description = "Lodged; the essay's feedback with the appeal",
            content = @Content(schema = @Schema(implementation = ReviewRepresentations.EssayFeedbackView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No reason, or one too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No attempt of the caller has this id, or it has no such essay",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Appealed already, before the release or after the period, or the mark is not final",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response appeal(
            @Parameter(description = "The attempt's id", in = ParameterIn.PATH) @PathParam("id") long attemptId,
            @Parameter(description = "The essay's item id, as the attempt lists it", in = ParameterIn.PATH)
                    @PathParam("itemId")
                    long itemId,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang,
            JsonStructure json) {
        Locale locale = ApiLanguage.choose(lang, problems);
        JsonBody body = JsonBody.read(json, problems, REASON);
        String reason = body.text(REASON, true);
        if (!body.isValid()) {
            return body.invalid();
        }
        EssayFeedback essay = reviews.appeal(caller.requireAccountId(), attemptId, itemId, reason);
        return ApiLanguage.inLanguage(
                        Response.created(uriInfo.getBaseUriBuilder()
                                        .path(AttemptsResource.class)
                                        .path(String.valueOf(attemptId))
                                        .path("feedback")
                                        .build())
                                .entity(ReviewRepresentations.feedback(essay, locale)),
                        locale)
                .build();
    }

    private Response invalid(List<Problem.FieldError> errors) {
        return problems.response(
                ProblemType.INVALID_REQUEST, problems.message("api.problem.invalid-request.detail"), errors);
    }
}
