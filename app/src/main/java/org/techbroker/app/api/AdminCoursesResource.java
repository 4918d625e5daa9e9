package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.catalog.LessonContent;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.content.AttachmentType;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Course authoring for administrators, the same operations as the authoring pages: create and
 * describe courses (with optimistic locking: a stale {@code version} is a 409 problem), add
 * modules and lessons, revise lessons (their ids, and so trainees' progress, stay), attach files,
 * publish and unpublish. Lesson bodies are sanitised on the way in; what comes back is what
 * trainees will read.
 */
@Path("/admin/courses")
@Tag(name = "Course authoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminCoursesResource {

    /** A lesson's two bodies may be 60,000 characters each, up to three bytes each in UTF-8. */
    static final long LESSON_BODY_BYTES = 1024L * 1024;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRepresentations representations;

    /** A text in Chinese and English; both are required. */
    public record TextInput(
            @NotNull(message = "{courses.text.zh.required}") String zh,
            @NotNull(message = "{courses.text.en.required}") String en) {

        BilingualText toText() {
            return new BilingualText(zh.strip(), en.strip());
        }
    }

    /** What a course is about and for whom; {@code version} only when changing a course. */
    public record CourseInput(
            String code,

            @NotNull(message = "{courses.title.required}") @Valid
            TextInput title,

            @NotNull(message = "{courses.summary.required}") @Valid
            TextInput summary,

            Set<QualificationLevel> levels,
            Set<Track> tracks,
            Set<String> prerequisites,
            SyllabusModule syllabusModule,
            int creditHours,
            Long version) {

        CourseDescription toDescription() {
            return new CourseDescription(
                    title.toText(),
                    summary.toText(),
                    levels == null ? Set.of() : levels,
                    tracks == null ? Set.of() : tracks,
                    prerequisites == null
                            ? Set.of()
                            : prerequisites.stream().map(CourseCode::parse).collect(Collectors.toSet()),
                    syllabusModule,
                    creditHours);
        }
    }

    public record ModuleInput(
            @NotNull(message = "{courses.title.required}") @Valid
            TextInput title,

            Integer passMarkPercent) {}

    public record LessonInput(
            String slug,

            @NotNull(message = "{courses.title.required}") @Valid
            TextInput title,

            @NotNull(message = "{courses.body.required}") @Valid
            TextInput body,

            int minutes,
            List<String> sources) {

        LessonContent toContent() {
            return new LessonContent(
                    slug, title.toText(), body.toText(), minutes, sources == null ? List.of() : sources);
        }
    }

    @GET
    @Operation(summary = "Every course, drafts included, with lesson and enrolment counts")
    public List<CatalogRepresentations.AuthoredCourseRow> list() {
        return representations.allCourses();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a draft course",
            description = "The code (three capitals, a hyphen, three digits) " + "is set once and never changes.")
    public Response create(@NotNull(message = "{api.body.required}") @Valid CourseInput input) {
        if (input.code() == null || input.code().isBlank()) {
            throw new CoursesException(Kind.INVALID, "courses.error.code_format", "");
        }
        CourseCode code = CourseCode.parse(input.code());
        catalog.createCourse(code, input.toDescription());
        return Response.created(URI.create("/api/v1/admin/courses/" + code.value()))
                .entity(authored(code))
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One course as its authors see it: both languages, status, version, lesson bodies")
    public CatalogRepresentations.AuthoredCourse get(@PathParam("code") String code) {
        return authored(CoursesResource.pathCode(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a course's description",
            description = "version must be the course's version as last read; when someone saved the course "
                    + "meanwhile, the answer is a 409 problem and nothing changes.")
    public CatalogRepresentations.AuthoredCourse describe(
            @PathParam("code") String code, @NotNull(message = "{api.body.required}") @Valid CourseInput input) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        if (input.version() == null) {
            throw new CoursesException(Kind.INVALID, "courses.error.version_required");
        }
        catalog.describeCourse(courseCode, input.toDescription(), input.version());
        return authored(courseCode);
    }

    @POST
    @Path("/{code}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a module at the end of the course (pass mark 70 % unless given)")
    public Response addModule(
            @PathParam("code") String code, @NotNull(message = "{api.body.required}") @Valid ModuleInput input) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        CourseModule module = catalog.addModule(
                courseCode,
                input.title().toText(),
                input.passMarkPercent() == null ? CourseModule.DEFAULT_PASS_MARK_PERCENT : input.passMarkPercent());
        return Response.created(URI.create("/api/v1/admin/courses/" + courseCode.value()))
                .entity(new Created(module.id()))
                .build();
    }

    @POST
    @Path("/{code}/modules/{moduleId}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody(maxBytes = LESSON_BODY_BYTES)
    @Operation(summary = "Add a lesson at the end of a module")
    public Response addLesson(
            @PathParam("code") String code,
            @PathParam("moduleId") long moduleId,
            @NotNull(message = "{api.body.required}") @Valid LessonInput input) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        Lesson lesson = catalog.addLesson(courseCode, moduleId, input.toContent());
        return Response.created(URI.create("/api/v1/admin/courses/" + courseCode.value()))
                .entity(new Created(lesson.id()))
                .build();
    }

    @PUT
    @Path("/{code}/lessons/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody(maxBytes = LESSON_BODY_BYTES)
    @Operation(
            summary = "Revise a lesson",
            description = "Changes its titles, bodies, minutes and sources in place: the lesson keeps its id and "
                    + "slug, so trainees keep their progress.")
    public CatalogRepresentations.AuthoredCourse reviseLesson(
            @PathParam("code") String code,
            @PathParam("lessonId") long lessonId,
            @NotNull(message = "{api.body.required}") @Valid LessonInput input) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        catalog.reviseLesson(courseCode, lessonId, input.toContent());
        return authored(courseCode);
    }

    @POST
    @Path("/{code}/lessons/{lessonId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @LargeBody(maxBytes = AttachmentType.MAX_BYTES)
    @Operation(
            summary = "Attach a file to a lesson",
            description = "The body is the file itself; fileName names it. Only PDF, PNG and JPEG files of at most "
                    + "10 MiB are accepted, and only when their content is what the name says (the declared "
                    + "Content-Type is ignored).")
    public Response attach(
            @PathParam("code") String code,
            @PathParam("lessonId") long lessonId,
            @Parameter(description = "The file's name, with its extension (.pdf, .png, .jpg or .jpeg)")
                    @QueryParam("fileName")
                    String fileName,
            InputStream content) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        LessonAttachment attachment = catalog.attach(courseCode, lessonId, fileName, content);
        return Response.created(URI.create(CatalogRepresentations.ATTACHMENT_PATH + attachment.id()))
                .entity(CatalogRepresentations.link(attachment))
                .build();
    }

    @DELETE
    @Path("/{code}/lessons/{lessonId}/attachments/{attachmentId}")
    @Operation(summary = "Remove a file from a lesson")
    public Response detach(
            @PathParam("code") String code,
            @PathParam("lessonId") long lessonId,
            @PathParam("attachmentId") long attachmentId) {
        catalog.detach(CoursesResource.pathCode(code), lessonId, attachmentId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{code}/publication")
    @Operation(
            summary = "Publish the course",
            description = "Trainees can then find and enrol in it. A course without lessons, or with a module "
                    + "without lessons, or with an unpublished prerequisite, is a 409 problem that says why.")
    public CatalogRepresentations.AuthoredCourse publish(@PathParam("code") String code) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        catalog.publish(courseCode);
        return authored(courseCode);
    }

    @DELETE
    @Path("/{code}/publication")
    @Operation(summary = "Withdraw the course from the catalogue; enrolments and progress stay")
    public CatalogRepresentations.AuthoredCourse unpublish(@PathParam("code") String code) {
        CourseCode courseCode = CoursesResource.pathCode(code);
        catalog.unpublish(courseCode);
        return authored(courseCode);
    }

    /** The id of what was just made. */
    public record Created(long id) {}

    private CatalogRepresentations.AuthoredCourse authored(CourseCode code) {
        return representations
                .authored(code)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.course_not_found", code));
    }
}
