package org.techbroker.liberty.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * Lesson attachments: a file is accepted only when it really is the PDF, PNG or JPEG its name
 * says, at most 10 MiB; it is served only to those who may read the lesson, with headers that
 * keep browsers from sniffing, rendering or caching it where they should not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    private static final String PNG_NAMED_PDF_MESSAGE = "is not what its name says";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport().addClass(EnrolmentSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    private ApiClient admin() {
        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        return admin;
    }

    private static HttpResponse<String> upload(
            ApiClient admin, CourseFixtures.Draft lesson, String fileName, String contentType, byte[] content) {
        return admin.sendBody(
                "POST",
                "/api/v1/admin/courses/" + lesson.code() + "/lessons/" + lesson.lessonId() + "/attachments?fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
                contentType,
                BodyPublishers.ofByteArray(content),
                ApiClient.CSRF_HEADER,
                admin.csrfToken());
    }

    private static JsonArray attachments(ApiClient admin, CourseFixtures.Draft lesson) {
        return ApiClient.json(admin.get("/api/v1/admin/courses/" + lesson.code()))
                .getJsonArray("modules")
                .getJsonObject(0)
                .getJsonArray("lessons")
                .getJsonObject(0)
                .getJsonArray("attachments");
    }

    @Test
    void disguisedFilesAreRefusedWithTheReasonAndNothingIsAttached() {
        ApiClient admin = admin();
        CourseFixtures.Draft lesson = CourseFixtures.draftWithOneLesson(admin, "Disguises");
        byte[] html =
                "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

        JsonObject pngAsPdf = assertProblem(
                upload(admin, lesson, "contract.pdf", "application/pdf", CourseFixtures.pngHeader()),
                400,
                "invalid-request");
        assertThat(pngAsPdf.getString("detail")).contains("contract.pdf", PNG_NAMED_PDF_MESSAGE);
        JsonObject htmlAsPng =
                assertProblem(upload(admin, lesson, "chart.png", "image/png", html), 400, "invalid-request");
        assertThat(htmlAsPng.getString("detail")).contains("chart.png", PNG_NAMED_PDF_MESSAGE);
        JsonObject chinese = assertProblem(
                upload(admin.speaking("zh-CN"), lesson, "图表.png", "image/png", html), 400, "invalid-request");
        assertThat(chinese.getString("detail")).contains("图表.png", "内容与文件名不符");
        assertProblem(upload(admin, lesson, "page.html", "text/html", html), 400, "invalid-request");
        assertProblem(upload(admin, lesson, "drawing.svg", "image/svg+xml", html), 400, "invalid-request");
        assertProblem(upload(admin, lesson, "empty.pdf", "application/pdf", new byte[0]), 400, "invalid-request");

        assertThat(attachments(admin, lesson)).isEmpty();
    }

    @Test
    void filesLargerThanTenMebibytesAreRefused() {
        ApiClient admin = admin();
        CourseFixtures.Draft lesson = CourseFixtures.draftWithOneLesson(admin, "Too large");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        byte[] pdf = CourseFixtures.tinyPdf("large");
        System.arraycopy(pdf, 0, large, 0, pdf.length);

        assertProblem(upload(admin, lesson, "large.pdf", "application/pdf", large), 413, "payload-too-large");

        assertThat(attachments(admin, lesson)).isEmpty();
    }

    @Test
    void aRealPdfIsAttachedAndServedWithSafeHeaders() {
        ApiClient admin = admin();
        CourseFixtures.Draft lesson = CourseFixtures.publishedWithOneLesson(admin, "Real files");
        byte[] pdf = CourseFixtures.tinyPdf("Technology contract");

        HttpResponse<String> uploaded = upload(admin, lesson, "技术合同 范本.pdf", "application/octet-stream", pdf);

        JsonObject attachment = CourseFixtures.created(uploaded);
        assertThat(attachment.getString("fileName")).isEqualTo("技术合同 范本.pdf");
        assertThat(attachment.getString("contentType")).isEqualTo("application/pdf");
        assertThat(attachment.getJsonNumber("sizeBytes").longValue()).isEqualTo(pdf.length);
        String href = attachment.getString("href");
        assertThat(attachments(admin, lesson)).hasSize(1);

        HttpResponse<byte[]> download = admin.getBytes(href);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"____ __.pdf\"; "
                        + "filename*=UTF-8''%E6%8A%80%E6%9C%AF%E5%90%88%E5%90%8C%20%E8%8C%83%E6%9C%AC.pdf");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "sandbox"));
        assertThat(download.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store", "private"));
        assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
    }

    @Test
    void imagesAreShownInlineAndAJpegNamedJpgIsAccepted() {
        ApiClient admin = admin();
        CourseFixtures.Draft lesson = CourseFixtures.draftWithOneLesson(admin, "Images");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};

        JsonObject attachment = CourseFixtures.created(upload(admin, lesson, "photo.JPG", "image/jpeg", jpeg));

        HttpResponse<byte[]> download = admin.getBytes(attachment.getString("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"photo.JPG\"; filename*=UTF-8''photo.JPG");
    }

    @Test
    void onlyThoseWhoMayReadTheLessonMayDownloadItsFiles() {
        ApiClient admin = admin();
        CourseFixtures.Draft lesson = CourseFixtures.publishedWithOneLesson(admin, "Private files");
        String href = CourseFixtures.created(
                        upload(admin, lesson, "notes.pdf", "application/pdf", CourseFixtures.tinyPdf("notes")))
                .getString("href");

        assertThat(new ApiClient(base).getBytes(href).statusCode()).isEqualTo(401);

        ApiClient stranger = new ApiClient(base);
        stranger.signIn(stranger.registerTrainee("nofile"));
        assertProblem(stranger.get(href), 403, "forbidden");

        ApiClient trainee = new ApiClient(base);
        TestAccount account = trainee.registerTrainee("withfile");
        trainee.signIn(account);
        CourseFixtures.enrol(base, account, lesson.code());
        assertThat(trainee.getBytes(href).statusCode()).isEqualTo(200);

        // Withdrawn from the catalogue, the course's files are for administrators only.
        admin.delete("/api/v1/admin/courses/" + lesson.code() + "/publication");
        assertProblem(trainee.get(href), 403, "forbidden");
        assertThat(admin.getBytes(href).statusCode()).isEqualTo(200);

        assertProblem(admin.get("/api/v1/attachments/987654321"), 404, "not-found");
        assertProblem(admin.get("/api/v1/attachments/server.xml"), 400, "invalid-request");
    }

    @Test
    void aRemovedFileIsGone() {
        ApiClient admin = admin();
        CourseFixtures.Draft lesson = CourseFixtures.draftWithOneLesson(admin, "Removal");
        JsonObject attachment = CourseFixtures.created(
                upload(admin, lesson, "old.pdf", "application/pdf", CourseFixtures.tinyPdf("old")));

        HttpResponse<String> removed = admin.delete("/api/v1/admin/courses/" + lesson.code() + "/lessons/"
                + lesson.lessonId() + "/attachments/" + attachment.getJsonNumber("id"));

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertProblem(admin.get(attachment.getString("href")), 404, "not-found");
        assertThat(attachments(admin, lesson)).isEmpty();
    }
}
