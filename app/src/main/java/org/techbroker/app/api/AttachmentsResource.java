package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.content.AttachmentStore;
import org.techbroker.courses.content.AttachmentType;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Serves the files of lessons to those who may read the lessons: administrators, and trainees
 * enrolled in the published course. The file is looked up by its attachment id only, and its
 * bytes come from the {@link AttachmentStore}, never from a path a request names. The answer
 * carries the content type the file was recognised as, never a guess: documents are always
 * downloaded, images may be shown; nothing is stored in any cache, and the sandboxing
 * Content-Security-Policy and {@code X-Content-Type-Options: nosniff} that every API answer gets
 * ({@code SecurityHeadersFilter}) apply.
 */
@Path("/attachments")
@Tag(name = "Courses")
@RequestScoped
@SignedIn
public class AttachmentsResource {

    @Inject
    CatalogRepresentations representations;

    @Inject
    CourseAccess access;

    @Inject
    AttachmentStore store;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Download a lesson's file",
            description = "For administrators, and for trainees enrolled in the (published) course of the lesson. "
                    + "PDF files come as attachments, images inline.")
    @APIResponse(responseCode = "200", description = "The file, as application/pdf, image/png or image/jpeg")
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "Neither enrolled in the course nor an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such attachment",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response download(@PathParam("id") long id) {
        CatalogRepresentations.AttachmentFile file = representations
                .attachment(id)
                .orElseThrow(() -> new CoursesException(Kind.NOT_FOUND, "courses.error.attachment_not_found", id));
        if (!access.mayReadLessons(file.course(), file.coursePublished())) {
            throw new Refusal(
                    Kind.FORBIDDEN,
                    "api.problem.forbidden.not_enrolled",
                    file.course().value());
        }
        boolean image = AttachmentType.ofContentType(file.contentType())
                .map(AttachmentType::isImage)
                .orElse(false);
        InputStream content = store.open(file.storageKey());
        StreamingOutput body = output -> {
            try (InputStream in = content) {
                in.transferTo(output);
            }
        };
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(body, file.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, file.sizeBytes())
                .header(
                        "Content-Disposition",
                        image
                                ? ContentDisposition.inline(file.fileName())
                                : ContentDisposition.attachment(file.fileName()))
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .cacheControl(noStore)
                .build();
    }
}
