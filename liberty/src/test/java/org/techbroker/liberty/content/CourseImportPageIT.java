package org.techbroker.liberty.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.content.CourseArchives.archive;
import static org.techbroker.liberty.content.CourseArchives.course;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;

/**
 * The administrators' import page from outside, as a browser posts it: only administrators reach
 * it; an archive with a bad course is refused with the problems listed in the reader's language
 * and nothing of it appears in the catalogue; a good archive is imported; and each course
 * downloads as a ZIP attachment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseImportPageIT {

    private static final String PAGE = "/admin/courses/import.xhtml";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' script adds this nonce to every form it finds; a browser posts it back. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\([\"']([^\"']+)[\"']\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void forTraineesThePageDoesNotExist() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("import"));

        HttpResponse<String> page = trainee.get(PAGE);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("upload:archive");
    }

    @Test
    void anonymousVisitorsSeeTheLoginFormInstead() {
        HttpResponse<String> page = new ApiClient(base).get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"login:username\"").doesNotContain("upload:archive");
    }

    @Test
    void aBadArchiveIsRefusedWithItsProblemsAndChangesNothing() {
        ApiClient admin = admin("en");
        String good = CourseArchives.freshCode();
        String bad = CourseArchives.freshCode();
        byte[] zip = archive()
                .course(course(good, "v1", List.of(List.of("first-lesson"))))
                .course(CourseArchives.withEveryOptionCorrect(course(bad, "v1", List.of(List.of("only-lesson")))))
                .zip();

        HttpResponse<String> result = upload(admin, zip, "import");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body())
                .contains("The archive was not imported: 1 errors. Nothing was changed.")
                .contains("courses/" + bad + ".json")
                .contains("modules[0].quiz.items[1].options")
                .contains("A multiple-choice item needs at least one wrong option.");
        String catalogue = admin.get(PAGE).body();
        assertThat(catalogue).contains("IPL-101").doesNotContain(good).doesNotContain(bad);
    }

    @Test
    void problemsAreListedInChineseForAChineseReader() {
        ApiClient admin = admin("zh-CN");
        String bad = CourseArchives.freshCode();
        byte[] zip = archive()
                .course(CourseArchives.withEveryOptionCorrect(course(bad, "v1", List.of(List.of("only-lesson")))))
                .zip();

        HttpResponse<String> result = upload(admin, zip, "check");

        assertThat(result.body()).contains("多选题至少要有一个错误选项。").contains("错误");
    }

    @Test
    void somethingThatIsNotAnArchiveIsRefusedWithAMessage() {
        ApiClient admin = admin("en");

        HttpResponse<String> result = upload(admin, "not a zip".getBytes(StandardCharsets.UTF_8), "import");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("This is not a readable ZIP archive");
    }

    @Test
    void anArchiveOverTheSizeLimitIsRefusedWithAMessage() {
        ApiClient admin = admin("en");
        byte[] large = new byte[21 * 1024 * 1024];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;

        HttpResponse<String> result = upload(admin, large, "import");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("Choose a ZIP archive of at most 20 MB.");
        assertThat(result.body()).doesNotContain("Import done");
    }

    @Test
    void aGoodArchiveIsImportedAndEachCourseDownloadsAsAnArchive() throws IOException {
        ApiClient admin = admin("en");
        String code = CourseArchives.freshCode();
        byte[] zip = archive()
                .course(course(code, "v1", List.of(List.of("first-lesson", "second-lesson"))))
                .attachment(code, "second-lesson", "notes.pdf", CourseArchives.PDF)
                .zip();

        HttpResponse<String> result = upload(admin, zip, "import");

        assertThat(result.body())
                .contains(
                        "Import done: 1 courses created, 0 updated, 0 unchanged; 2 lessons and 4 practice items written.");
        String page = admin.get(PAGE).body();
        Matcher row = Pattern.compile(
                        Pattern.quote(code) + "</span>.*?id=\"(export:courses:\\d+:download)\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("an export button for %s", code).isTrue();

        HttpResponse<byte[]> download = admin.sendForBytes(
                "POST",
                PAGE,
                "application/x-www-form-urlencoded",
                BodyPublishers.ofString(form(
                        "export_SUBMIT",
                        "1",
                        row.group(1),
                        "download",
                        "jakarta.faces.ViewState",
                        viewState(page),
                        "primefaces.nonce",
                        nonce(page))));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/zip"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("attachment").contains(code + ".zip"));
        assertThat(entries(download.body()))
                .containsExactly("courses/" + code + ".json", "attachments/" + code + "/second-lesson/notes.pdf");
    }

    private ApiClient admin(String language) {
        ApiClient admin = new ApiClient(base).speaking(language);
        admin.signIn(admin.createAdmin());
        return admin;
    }

    /** Posts the upload form as a browser does: multipart, with the view state and the button pressed. */
    private static HttpResponse<String> upload(ApiClient admin, byte[] archive, String button) {
        String page = admin.get(PAGE).body();
        String boundary = "----techbroker" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // MyFaces knows a form was submitted by its <form id>_SUBMIT field.
        field(body, boundary, "upload_SUBMIT", "1");
        field(body, boundary, "upload:" + button, button);
        field(body, boundary, "jakarta.faces.ViewState", viewState(page));
        field(body, boundary, "primefaces.nonce", nonce(page));
        write(
                body,
                "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"upload:archive\"; filename=\"courses.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n");
        body.writeBytes(archive);
        write(body, "\r\n--" + boundary + "--\r\n");
        return admin.sendBody(
                "POST",
                PAGE,
                "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("the page has a view state").isTrue();
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        assertThat(matcher.find()).as("the page has a PrimeFaces nonce").isTrue();
        return matcher.group(1);
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
