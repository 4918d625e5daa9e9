package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.i18n.SupportedLocales;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The published catalogue, open to everyone, in one language at a time. What a course teaches
 * (lesson bodies, sources and files) is for administrators and for trainees enrolled in it.
 */
@Path("/courses")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    static final int QUERY_MAX = 100;
    static final String INCLUDE_BODIES = "bodies";

    private static final String LANG_DESCRIPTION = "Language of titles, summaries and bodies: zh (Simplified Chinese) "
            + "or en. Without it, the best match of Accept-Language, else zh. Any other value is a 400 problem.";

    @Inject
    CatalogRepresentations representations;

    @Inject
    CourseAccess access;

    @Inject
    Problems problems;

    @GET
    @Operation(
            summary = "The published catalogue",
            description = "Published courses ordered by code, with their title and summary in the chosen language. "
                    + "Filters combine: level, track, syllabus module and a text found in a title, summary or code "
                    + "in either language.")
    @APIResponse(responseCode = "200", description = "The courses (possibly none)")
    @APIResponse(
            responseCode = "400",
            description = "A parameter has a value it does not accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(
            @Parameter(description = LANG_DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"})) @QueryParam("lang")
                    String lang,
            @Parameter(
                            description = "Only courses for this qualification level",
                            schema = @Schema(enumeration = {"JUNIOR", "INTERMEDIATE", "SENIOR"}))
                    @QueryParam("level")
                    String level,
            @Parameter(
                            description = "Only courses of this track",
                            schema = @Schema(enumeration = {"SERVICE", "REVIEW", "MANAGEMENT", "JUDICIAL"}))
                    @QueryParam("track")
                    String track,
            @Parameter(
                            description = "Only courses of this module of the national syllabus",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "PUBLIC_KNOWLEDGE",
                                                "POLICY_LAW",
                                                "PRACTICAL_SKILLS",
                                                "CAPABILITY"
                                            }))
                    @QueryParam("syllabusModule")
                    String syllabusModule,
            @Parameter(description = "Words to find in a title, summary or code (at most 100 characters)")
                    @QueryParam("q")
                    String text) {
        Locale locale = language(lang);
        if (text != null && text.length() > QUERY_MAX) {
            throw new Refusal(Kind.INVALID, "api.problem.query-too-long", "q", QUERY_MAX);
        }
        CatalogQuery query = new CatalogQuery(
                text,
                QueryValues.optionalEnum(QualificationLevel.class, "level", level),
                QueryValues.optionalEnum(Track.class, "track", track),
                QueryValues.optionalEnum(SyllabusModule.class, "syllabusModule", syllabusModule));
        return inLanguage(
                locale,
                new CatalogRepresentations.Catalogue(locale.getLanguage(), representations.catalogue(query, locale)));
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "One published course with its modules and lessons",
            description = "Lessons are listed with id, title and estimated minutes. With include=bodies each lesson "
                    + "also carries its body (sanitised HTML), sources and attachments: for administrators, and for "
                    + "trainees enrolled in the course. Anyone else asking for bodies gets a problem: 401 when not "
                    + "signed in, 403 when signed in. A code that is malformed, unknown or of an unpublished course "
                    + "is a 404 problem.")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(
            responseCode = "400",
            description = "lang or include has a value it does not accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "include=bodies without signing in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "include=bodies by someone neither enrolled nor an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No published course has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(
            @Parameter(description = "The course code, such as IPL-101", in = ParameterIn.PATH) @PathParam("code")
                    String code,
            @Parameter(description = LANG_DESCRIPTION, schema = @Schema(enumeration = {"zh", "en"})) @QueryParam("lang")
                    String lang,
            @Parameter(
                            description = "bodies: include lesson bodies, sources and attachments",
                            schema = @Schema(enumeration = {INCLUDE_BODIES}))
                    @QueryParam("include")
                    String include) {
        Locale locale = language(lang);
        boolean bodies = includesBodies(include);
        CourseCode courseCode = pathCode(code);
        if (!representations.isPublished(courseCode)) {
            throw notFound(code);
        }
        if (bodies && !access.isSignedIn()) {
            return problems.response(
                    ProblemType.UNAUTHENTICATED, problems.message("api.problem.unauthenticated.detail"));
        }
        if (bodies && !access.mayReadLessons(courseCode, true)) {
            throw new Refusal(Kind.FORBIDDEN, "api.problem.forbidden.not_enrolled", courseCode.value());
        }
        return inLanguage(
                locale, representations.published(courseCode, locale, bodies).orElseThrow(() -> notFound(code)));
    }

    /**
     * A course code in a path: one that cannot be a code names no course, so it is a 404 like an
     * unknown one (a 400 would tell a client nothing more useful).
     */
    static CourseCode pathCode(String code) {
        try {
            return new CourseCode(code);
        } catch (CoursesException e) {
            throw notFound(code);
        }
    }

    private static CoursesException notFound(String code) {
        return new CoursesException(Kind.NOT_FOUND, "courses.error.course_not_found", code);
    }

    private Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return problems.locale();
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> SupportedLocales.CHINESE;
            case "en" -> SupportedLocales.ENGLISH;
            default -> throw new QueryValues.InvalidQueryValue("lang", lang);
        };
    }

    private static boolean includesBodies(String include) {
        if (include == null || include.isBlank()) {
            return false;
        }
        if (!INCLUDE_BODIES.equals(include.trim())) {
            throw new QueryValues.InvalidQueryValue("include", include);
        }
        return true;
    }

    private static Response inLanguage(Locale locale, Object entity) {
        return Response.ok(entity)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
