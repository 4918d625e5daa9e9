package org.techbroker.liberty.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.liberty.support.ApiClient;

/**
 * Courses that the authoring tests make through the authoring API, as an administrator would. Their
 * codes start with ZZB, which no seeded course uses; a code already taken by an earlier run
 * against the same database is skipped.
 */
final class CourseFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CourseFixtures() {}

    /** A course code no course has yet. */
    static String freeCode(ApiClient admin) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String code = "ZZB-%03d".formatted(RANDOM.nextInt(1000));
            if (admin.get("/api/v1/admin/courses/" + code).statusCode() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("Every ZZB code is taken: reset the test database");
    }

    static JsonObject text(String zh, String en) {
        return Json.createObjectBuilder().add("zh", zh).add("en", en).build();
    }

    static JsonObjectBuilder course(String code, String titleEn) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("title", text("测试课程 " + code, titleEn))
                .add("summary", text("用于自动化测试的课程。", "A course made by an automated test."))
                .add("levels", Json.createArrayBuilder().add("JUNIOR"))
                .add("tracks", Json.createArrayBuilder().add("SERVICE").add("JUDICIAL"))
                .add("prerequisites", Json.createArrayBuilder())
                .add("syllabusModule", "PRACTICAL_SKILLS")
                .add("creditHours", 4);
    }

    static JsonObjectBuilder lesson(String slug, String bodyEn) {
        JsonArrayBuilder sources = Json.createArrayBuilder().add("Civil Code of the PRC, Art. 843");
        return Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", text("第一课", "Lesson one"))
                .add("body", text("<p>技术合同的基本概念。</p>", bodyEn))
                .add("minutes", 15)
                .add("sources", sources);
    }

    /** A draft course with one module of one lesson; answers the course as the authoring API shows it. */
    static Draft draftWithOneLesson(ApiClient admin, String titleEn) {
        String code = freeCode(admin);
        created(admin.post("/api/v1/admin/courses", course(code, titleEn).build()));
        long module = created(admin.post(
                        "/api/v1/admin/courses/" + code + "/modules",
                        Json.createObjectBuilder()
                                .add("title", text("第一单元", "Module one"))
                                .build()))
                .getJsonNumber("id")
                .longValue();
        long lesson = created(admin.post(
                        "/api/v1/admin/courses/" + code + "/modules/" + module + "/lessons",
                        lesson("first-lesson", "<p>What a technology contract is.</p>")
                                .build()))
                .getJsonNumber("id")
                .longValue();
        return new Draft(code, module, lesson);
    }

    static Draft publishedWithOneLesson(ApiClient admin, String titleEn) {
        Draft draft = draftWithOneLesson(admin, titleEn);
        HttpResponse<String> published = admin.put("/api/v1/admin/courses/" + draft.code() + "/publication");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return draft;
    }

    static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s %s: %s", response.request().method(), response.request().uri(), response.body())
                .isEqualTo(201);
        return ApiClient.json(response);
    }

    /** Enrols the trainee through {@link EnrolmentSupportServlet}, which the deployment must hold. */
    static void enrol(java.net.URL base, org.techbroker.liberty.support.TestAccount account, String code) {
        HttpResponse<String> response = new ApiClient(base)
                .send(
                        "POST",
                        EnrolmentSupportServlet.PATH,
                        "application/x-www-form-urlencoded",
                        "username=" + account.username() + "&code=" + code);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** What a test made: the course, its module and its lesson. */
    record Draft(String code, long moduleId, long lessonId) {}

    /**
     * A small but complete PDF document (one page saying the text), with a correct cross-reference
     * table, such as any PDF reader opens.
     */
    static byte[] tinyPdf(String text) {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                stream("BT /F1 18 Tf 24 72 Td (" + text + ") Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        write(pdf, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(pdf, "%010d 00000 n \n".formatted(offset));
        }
        write(pdf, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The first bytes of a PNG image, enough to be recognised as one. */
    static byte[] pngHeader() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }
}
