package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.ExamService;

/**
 * Exam sittings for the signed-in trainee: which ones they are registered for or may register
 * for, registering, and starting (or resuming) the attempt. Starting twice, from another browser
 * or device, resumes the same attempt with the same deadline.
 */
@Path("/sittings")
@Tag(name = "Exams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.TRAINEE)
public class SittingsResource {

    @Inject
    ExamService exams;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary = "The caller's sittings",
            description = "Sittings the caller is registered for, and those still taking registrations, each with "
                    + "whether the caller is eligible (and which required courses are missing), whether it is "
                    + "full or open, and the caller's attempt once started.")
    @APIResponse(
            responseCode = "200",
            description = "The sittings (possibly none)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = ExamRepresentations.CandidateSittingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang has a value it does not accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "The caller is not a trainee",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        List<ExamRepresentations.CandidateSittingView> sittings = exams.sittings(caller.requireAccountId()).stream()
                .map(sitting -> ExamRepresentations.sitting(sitting, locale))
                .toList();
        return ApiLanguage.inLanguage(Response.ok(sittings), locale).build();
    }

    @POST
    @Path("/{id}/registration")
    @Operation(
            summary = "Register for a sitting",
            description = "Registers the caller when they have completed the level's required courses, the sitting "
                    + "still takes registrations and has room. Registering again changes nothing. Needs "
                    + "X-CSRF-Token.")
    @APIResponse(
            responseCode = "200",
            description = "The caller is registered",
            content = @Content(schema = @Schema(implementation = ExamRepresentations.CandidateSittingView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Not eligible (the detail names the missing courses), the sitting is full, or it no longer "
                    + "takes registrations",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response register(
            @Parameter(description = "The sitting's id", in = ParameterIn.PATH) @PathParam("id") long sittingId,
            @Parameter(description = ApiLanguage.DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Locale locale = ApiLanguage.choose(lang, problems);
        var registered = exams.register(caller.requireAccountId(), sittingId);
        return ApiLanguage.inLanguage(Response.ok(ExamRepresentations.sitting(registered, locale)), locale)
                .build();
    }

    @POST
    @Path("/{id}/attempts")
    @Operation(
            summary = "Start or resume the attempt",
            description = "Inside the sitting's window, starts the caller's attempt: the deadline is fixed on the "
                    + "server (start + duration + extra time). Once started, answers the same attempt and deadline "
                    + "every time, also after the window has closed. Needs X-CSRF-Token.")
    @APIResponse(
            responseCode = "201",
            description = "Started; Location names the attempt",
            content = @Content(schema = @Schema(implementation = ExamRepresentations.AttemptStarted.class)))
    @APIResponse(
            responseCode = "200",
            description = "Resumed: the attempt started earlier",
            content = @Content(schema = @Schema(implementation = ExamRepresentations.AttemptStarted.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The caller is not registered (or there is no such sitting), or the sitting has not opened or has closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response start(
            @Parameter(description = "The sitting's id", in = ParameterIn.PATH) @PathParam("id") long sittingId) {
        AttemptStart start = exams.start(caller.requireAccountId(), sittingId);
        ExamRepresentations.AttemptStarted body = ExamRepresentations.started(start);
        if (start.resumed()) {
            return Response.ok(body).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path(AttemptsResource.class)
                        .path(String.valueOf(start.attemptId()))
                        .build())
                .entity(body)
                .build();
    }
}
