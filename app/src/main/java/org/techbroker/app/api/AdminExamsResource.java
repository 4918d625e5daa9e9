package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.techbroker.app.exam.AuditedExamAdministration;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.Blueprint;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.FormAssembler;
import org.techbroker.certification.exam.RegistrationRow;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Exam administration, the same decisions as the exam pages under /admin: blueprints per level
 * (with optimistic locking: a stale {@code version} is a 409 problem, and a blueprint the bank
 * cannot satisfy is a 400 problem naming each short cell), sittings, their registrations, extra
 * time per candidate (a running attempt's deadline moves at once) and the release of results.
 * Every change is written to the audit log.
 */
@Path("/admin/exams")
@Tag(name = "Exam administration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminExamsResource {

    @Inject
    ExamAdministration administration;

    @Inject
    AuditedExamAdministration decisions;

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    Problems problems;

    @Context
    UriInfo uriInfo;

    /** Objective items of one topic (a course code) and difficulty. */
    public record CellInput(
            @NotNull(message = "{exam.blueprint.cell.course.required}")
            String course,

            @NotNull(message = "{exam.blueprint.cell.difficulty.required}")
            Difficulty difficulty,

            int itemCount) {}

    /** A level's blueprint; {@code version} as last read, or absent when the level has none yet. */
    public record BlueprintInput(
            @NotNull(message = "{exam.blueprint.cells.required}")
            List<@NotNull(message = "{exam.blueprint.cell.required}") @Valid CellInput> cells,

            int essayCount,
            int durationMinutes,
            int objectivePassPercent,
            int essayPassPercent,
            boolean shuffleOptions,
            Set<String> requiredCourses,
            Long version) {

        BlueprintTerms toTerms() {
            return new BlueprintTerms(
                    cells.stream()
                            .map(cell -> new BlueprintCell(
                                    CourseCode.parse(cell.course()), cell.difficulty(), cell.itemCount()))
                            .toList(),
                    essayCount,
                    durationMinutes,
                    objectivePassPercent,
                    essayPassPercent,
                    shuffleOptions,
                    requiredCourses == null
                            ? Set.of()
                            : requiredCourses.stream().map(CourseCode::parse).collect(Collectors.toSet()));
        }
    }

    /** A new sitting of a level, which copies the level's blueprint as it stands. */
    public record NewSitting(
            @NotNull(message = "{exam.sitting.level.required}")
            QualificationLevel level,

            @NotNull(message = "{exam.sitting.title.required}") @Valid
            AdminCoursesResource.TextInput title,

            @NotNull(message = "{exam.sitting.opens_at.required}")
            Instant opensAt,

            @NotNull(message = "{exam.sitting.closes_at.required}")
            Instant closesAt,

            int capacity) {

        SittingTerms toTerms() {
            return new SittingTerms(title.toText(), opensAt, closesAt, capacity);
        }
    }

    /** A sitting's changed title, window or capacity, with its {@code version} as last read. */
    public record SittingChange(
            @NotNull(message = "{exam.sitting.title.required}") @Valid
            AdminCoursesResource.TextInput title,

            @NotNull(message = "{exam.sitting.opens_at.required}")
            Instant opensAt,

            @NotNull(message = "{exam.sitting.closes_at.required}")
            Instant closesAt,

            int capacity,

            @NotNull(message = "{exam.sitting.version.required}")
            Long version) {

        SittingTerms toTerms() {
            return new SittingTerms(title.toText(), opensAt, closesAt, capacity);
        }
    }

    /** Extra time for one candidate, replacing any earlier grant. */
    public record ExtraTime(
            @NotNull(message = "{exam.extra_time.minutes.required}")
            Integer minutes) {}

    @GET
    @Path("/blueprints")
    @Operation(summary = "The blueprints of every level that has one")
    public List<AdminExamRepresentations.BlueprintView> blueprints() {
        return administration.blueprints().stream()
                .map(AdminExamRepresentations::blueprint)
                .toList();
    }

    @GET
    @Path("/blueprints/{level}")
    @Operation(summary = "The blueprint of a level")
    @APIResponse(
            responseCode = "200",
            description = "The blueprint",
            content = @Content(schema = @Schema(implementation = AdminExamRepresentations.BlueprintView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such level, or it has no blueprint yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AdminExamRepresentations.BlueprintView blueprint(
            @Parameter(
                            description = "The qualification level",
                            in = ParameterIn.PATH,
                            schema = @Schema(enumeration = {"JUNIOR", "INTERMEDIATE", "SENIOR"}))
                    @PathParam("level")
                    String level) {
        QualificationLevel qualificationLevel = pathLevel(level);
        return administration
                .blueprint(qualificationLevel)
                .map(AdminExamRepresentations::blueprint)
                .orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "exam.error.no_blueprint", qualificationLevel));
    }

    @PUT
    @Path("/blueprints/{level}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or change a level's blueprint",
            description = "Items per topic and difficulty, essays, duration, pass marks, option shuffling and the "
                    + "courses a trainee must have completed to register. version is the blueprint's version as last "
                    + "read (absent when the level has none yet). Sittings already created keep the blueprint they "
                    + "copied.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = AdminExamRepresentations.BlueprintView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AdminExamRepresentations.BlueprintView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Terms out of range, or the bank cannot satisfy them: errors name each short cell "
                    + "(cells[i], or essayCount) with what the bank holds",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Someone changed the blueprint meanwhile (stale version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response saveBlueprint(
            @Parameter(
                            description = "The qualification level",
                            in = ParameterIn.PATH,
                            schema = @Schema(enumeration = {"JUNIOR", "INTERMEDIATE", "SENIOR"}))
                    @PathParam("level")
                    String level,
            @NotNull(message = "{api.body.required}") @Valid BlueprintInput input) {
        QualificationLevel qualificationLevel = pathLevel(level);
        BlueprintTerms terms = input.toTerms();
        List<FormAssembler.Shortfall> shortfalls = administration.shortfalls(qualificationLevel, terms);
        if (!shortfalls.isEmpty()) {
            return unsatisfiable(input, shortfalls);
        }
        Blueprint saved = decisions.saveBlueprint(qualificationLevel, terms, input.version(), caller.actor());
        AdminExamRepresentations.BlueprintView view = AdminExamRepresentations.blueprint(saved);
        return input.version() == null
                ? Response.status(Response.Status.CREATED).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/sittings")
    @Operation(summary = "Every sitting, newest window first")
    public List<AdminExamRepresentations.SittingView> sittings() {
        return administration.sittings().stream()
                .map(AdminExamRepresentations::sitting)
                .toList();
    }

    @POST
    @Path("/sittings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a sitting",
            description = "A sitting of a level, with a title in both languages, the window in which attempts "
                    + "start and a capacity. It copies the level's blueprint as it stands, so every form of the "
                    + "sitting has the same shape.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = AdminExamRepresentations.SittingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or out-of-range terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The level has no blueprint, or the bank can no longer satisfy it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response createSitting(@NotNull(message = "{api.body.required}") @Valid NewSitting input) {
        Sitting sitting = decisions.createSitting(input.level(), input.toTerms(), caller.actor());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path(AdminExamsResource.class)
                        .path("sittings")
                        .path(String.valueOf(sitting.id()))
                        .build())
                .entity(AdminExamRepresentations.sitting(sitting))
                .build();
    }

    @GET
    @Path("/sittings/{id}")
    @Operation(summary = "One sitting")
    @APIResponse(responseCode = "200", description = "The sitting")
    @APIResponse(
            responseCode = "404",
            description = "No such sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AdminExamRepresentations.SittingView sitting(@PathParam("id") long sittingId) {
        return AdminExamRepresentations.sitting(administration.sitting(sittingId));
    }

    @PUT
    @Path("/sittings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a sitting's title, window or capacity",
            description = "version is the sitting's version as last read. The level and the copied blueprint never "
                    + "change; the capacity cannot fall below the registrations.")
    @APIResponse(responseCode = "200", description = "The sitting as changed")
    @APIResponse(
            responseCode = "400",
            description = "Missing or out-of-range terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or a capacity below the registrations",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AdminExamRepresentations.SittingView changeSitting(
            @PathParam("id") long sittingId, @NotNull(message = "{api.body.required}") @Valid SittingChange input) {
        return AdminExamRepresentations.sitting(
                decisions.changeSitting(sittingId, input.toTerms(), input.version(), caller.actor()));
    }

    @GET
    @Path("/sittings/{id}/registrations")
    @Operation(
            summary = "The registrations of a sitting",
            description = "Each with the candidate, their extra time, and their attempt's progress and score.")
    @APIResponse(responseCode = "200", description = "The registrations, oldest first")
    @APIResponse(
            responseCode = "404",
            description = "No such sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<AdminExamRepresentations.RegistrationView> registrations(@PathParam("id") long sittingId) {
        return administration.registrations(sittingId).stream()
                .map(row -> AdminExamRepresentations.registration(row, username(row.account())))
                .toList();
    }

    @PUT
    @Path("/sittings/{id}/registrations/{accountId}/extra-time")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Grant a candidate extra time",
            description = "Sets the candidate's extra time in minutes ({\"minutes\": n}, replacing any earlier "
                    + "grant; 0 takes it back). A running attempt's deadline moves at once, and the candidate's "
                    + "page follows it at the next save or reload.")
    @APIResponse(
            responseCode = "200",
            description = "The registration with its new extra time and deadline",
            content = @Content(schema = @Schema(implementation = AdminExamRepresentations.RegistrationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Minutes missing or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "The account is not registered for the sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The attempt is submitted, or the new deadline would already have passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AdminExamRepresentations.RegistrationView grantExtraTime(
            @PathParam("id") long sittingId,
            @Parameter(description = "The candidate's account id, as registrations list it", in = ParameterIn.PATH)
                    @PathParam("accountId")
                    long accountId,
            @NotNull(message = "{api.body.required}") @Valid ExtraTime input) {
        if (accountId <= 0) {
            throw new CertificationException(
                    Kind.NOT_FOUND,
                    "exam.error.registration_not_found",
                    String.valueOf(accountId),
                    String.valueOf(sittingId));
        }
        AccountId candidate = new AccountId(accountId);
        RegistrationRow row = decisions.grantExtraTime(sittingId, candidate, input.minutes(), caller.actor());
        return AdminExamRepresentations.registration(row, username(candidate));
    }

    @POST
    @Path("/sittings/{id}/release")
    @Operation(
            summary = "Release a sitting's results",
            description = "Candidates then see their result by topic. Refused while an attempt still runs; "
                    + "releasing again changes nothing.")
    @APIResponse(responseCode = "200", description = "The sitting with the moment its results were released")
    @APIResponse(
            responseCode = "404",
            description = "No such sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Attempts of the sitting are still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AdminExamRepresentations.SittingView release(@PathParam("id") long sittingId) {
        return AdminExamRepresentations.sitting(decisions.releaseResults(sittingId, caller.actor()));
    }

    /** A level in a path: one that names no level is a 404, like a course code that names nothing. */
    private static QualificationLevel pathLevel(String level) {
        try {
            return QualificationLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(Kind.NOT_FOUND, "exam.error.no_blueprint", level);
        }
    }

    /** The 400 problem for a blueprint the bank cannot satisfy: one error per short cell. */
    private Response unsatisfiable(BlueprintInput input, List<FormAssembler.Shortfall> shortfalls) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (FormAssembler.Shortfall shortfall : shortfalls) {
            if (shortfall.isEssays()) {
                errors.add(new Problem.FieldError(
                        "essayCount",
                        problems.message(
                                "api.exam.blueprint.short_essays", shortfall.available(), shortfall.needed())));
            } else {
                errors.add(new Problem.FieldError(
                        "cells[" + cellIndex(input, shortfall) + "]",
                        problems.message(
                                "api.exam.blueprint.short_cell",
                                shortfall.course(),
                                shortfall.difficulty(),
                                shortfall.available(),
                                shortfall.needed())));
            }
        }
        String cells = String.join(
                "; ", shortfalls.stream().map(FormAssembler.Shortfall::toString).toList());
        return problems.response(
                ProblemType.INVALID_REQUEST, problems.message("exam.error.blueprint_unsatisfiable", cells), errors);
    }

    private static int cellIndex(BlueprintInput input, FormAssembler.Shortfall shortfall) {
        for (int i = 0; i < input.cells().size(); i++) {
            CellInput cell = input.cells().get(i);
            if (CourseCode.parse(cell.course()).value().equals(shortfall.course())
                    && cell.difficulty() == shortfall.difficulty()) {
                return i;
            }
        }
        return -1;
    }

    private String username(AccountId account) {
        return accounts.findById(account).map(Account::username).orElse(null);
    }
}
