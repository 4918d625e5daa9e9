package org.techbroker.liberty.content;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Course files and archives that tests write: courses with fresh codes (so that no test, and no
 * earlier run against the same database, shares one), modules of lessons by slug, and one
 * practice item of each type per module.
 */
public final class CourseArchives {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A small PDF: what an attachment must begin with to be taken for one. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public static CourseArchives archive() {
        return new CourseArchives();
    }

    /** A code of the form QXY-123 that no seeded course has. */
    public static String freshCode() {
        return "Q" + (char) ('A' + RANDOM.nextInt(26)) + (char) ('A' + RANDOM.nextInt(26)) + "-"
                + (100 + RANDOM.nextInt(900));
    }

    public CourseArchives course(JsonObject course) {
        entries.put(
                "courses/" + course.getString("code") + ".json",
                course.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public CourseArchives attachment(String code, String slug, String fileName, byte[] content) {
        entries.put("attachments/" + code + "/" + slug + "/" + fileName, content);
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A published course whose modules hold lessons with these slugs, each lesson titled and
     * written after its slug plus the revision, so that an edited course differs in every lesson.
     */
    public static JsonObject course(String code, String revision, List<List<String>> modules) {
        JsonArrayBuilder moduleArray = Json.createArrayBuilder();
        for (int m = 0; m < modules.size(); m++) {
            JsonArrayBuilder lessons = Json.createArrayBuilder();
            for (String slug : modules.get(m)) {
                lessons.add(Json.createObjectBuilder()
                        .add("slug", slug)
                        .add("title", text("Lesson " + slug + " " + revision, "课时 " + slug + " " + revision))
                        .add("estimatedMinutes", 10)
                        .add(
                                "body",
                                text(
                                        "<p>Licensing grants a right to use (" + revision + ").</p>",
                                        "<p>许可授予使用权（" + revision + "）。</p>"))
                        .add("sources", Json.createArrayBuilder().add("General knowledge")));
            }
            moduleArray.add(Json.createObjectBuilder()
                    .add("title", text("Module " + (m + 1) + " " + revision, "单元 " + (m + 1) + " " + revision))
                    .add("lessons", lessons)
                    .add("quiz", quiz(revision)));
        }
        return Json.createObjectBuilder()
                .add("format", "techbroker-course/1")
                .add("code", code)
                .add("title", text("Test course " + code + " " + revision, "测试课程 " + code + " " + revision))
                .add("summary", text("A course the tests import.", "测试导入的课程。"))
                .add("levels", Json.createArrayBuilder().add("JUNIOR"))
                .add("tracks", Json.createArrayBuilder().add("SERVICE"))
                .add("syllabusModule", "PRACTICAL_SKILLS")
                .add("creditHours", 2)
                .add("prerequisites", Json.createArrayBuilder())
                .add("status", "PUBLISHED")
                .add("modules", moduleArray)
                .build();
    }

    private static JsonObjectBuilder quiz(String revision) {
        return Json.createObjectBuilder()
                .add("passMarkPercent", 70)
                .add(
                        "items",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "SINGLE_CHOICE")
                                        .add(
                                                "stem",
                                                text("Which licence excludes the licensor? " + revision, "哪种许可排除许可方？"))
                                        .add("options", options(true, false, false, false))
                                        .add("explanation", text("Only an exclusive licence does.", "只有独占许可如此。")))
                                .add(Json.createObjectBuilder()
                                        .add("type", "MULTIPLE_CHOICE")
                                        .add("stem", text("Which are licences?", "哪些是许可？"))
                                        .add("options", options(true, true, false, false))
                                        .add("explanation", text("Options a and b are licences.", "选项a和b是许可。")))
                                .add(Json.createObjectBuilder()
                                        .add("type", "TRUE_FALSE")
                                        .add("stem", text("An assignment transfers ownership.", "转让转移所有权。"))
                                        .add("answer", true)
                                        .add("explanation", text("That is what assignment means.", "这正是转让的含义。")))
                                .add(Json.createObjectBuilder()
                                        .add("type", "NUMERIC")
                                        .add("stem", text("What is 4% of CNY 12,500,000?", "1250万元的4%是多少？"))
                                        .add("answer", Json.createValue(new java.math.BigDecimal("500000.5")))
                                        .add("tolerance", Json.createValue(new java.math.BigDecimal("0.25")))
                                        .add("unit", text("CNY", "元"))
                                        .add(
                                                "explanation",
                                                text("0.04 × 12,500,000 = 500,000.", "0.04 × 12500000 = 500000。"))));
    }

    /** Choice options a, b, c, … with these correct flags. */
    public static JsonArrayBuilder options(boolean... correct) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        String[] texts = {"Exclusive", "Sole", "Non-exclusive", "Open", "Cross"};
        String[] chinese = {"独占", "排他", "普通", "开放", "交叉"};
        for (int i = 0; i < correct.length; i++) {
            options.add(Json.createObjectBuilder()
                    .add("key", String.valueOf((char) ('a' + i)))
                    .add("text", text(texts[i], chinese[i]))
                    .add("correct", correct[i]));
        }
        return options;
    }

    /** The course with its first module's multiple-choice item made all correct: an invalid file. */
    public static JsonObject withEveryOptionCorrect(JsonObject course) {
        return Json.createPointer("/modules/0/quiz/items/1/options")
                .replace(course, options(true, true, true, true).build())
                .asJsonObject();
    }

    public static JsonObject text(String en, String zh) {
        return Json.createObjectBuilder().add("en", en).add("zh", zh).build();
    }
}
