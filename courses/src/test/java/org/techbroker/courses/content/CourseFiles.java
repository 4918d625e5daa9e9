package org.techbroker.courses.content;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Valid course files for tests, which each test breaks in one way. The course has one module with
 * two lessons and one practice item of each type.
 */
final class CourseFiles {

    private CourseFiles() {}

    static final String BODY_EN = "<p>Licensing grants a right to use; assignment transfers ownership.</p>"
            + "<ul><li><strong>Exclusive</strong> licences bar even the licensor.</li><li>Sole licences do not.</li></ul>";
    static final String BODY_ZH =
            "<p>许可授予使用权；转让转移所有权。</p>" + "<ul><li><strong>独占</strong>许可连许可方本人也排除在外。</li><li>排他许可则不然。</li></ul>";

    /** A valid course with this code and no prerequisites. */
    static JsonObject course(String code) {
        return Json.createObjectBuilder()
                .add("format", "techbroker-course/1")
                .add("code", code)
                .add("title", text("Licensing basics", "许可基础"))
                .add("summary", text("What a licence grants.", "许可授予什么。"))
                .add("levels", Json.createArrayBuilder().add("JUNIOR"))
                .add("tracks", Json.createArrayBuilder().add("SERVICE").add("REVIEW"))
                .add("syllabusModule", "PRACTICAL_SKILLS")
                .add("creditHours", 2)
                .add("prerequisites", Json.createArrayBuilder())
                .add("status", "PUBLISHED")
                .add("modules", Json.createArrayBuilder().add(module("licences-and-assignments", "kinds-of-licence")))
                .build();
    }

    static JsonObject module(String... slugs) {
        var lessons = Json.createArrayBuilder();
        for (String slug : slugs) {
            lessons.add(lesson(slug));
        }
        return Json.createObjectBuilder()
                .add("title", text("Licences", "许可"))
                .add("lessons", lessons)
                .add(
                        "quiz",
                        Json.createObjectBuilder()
                                .add("passMarkPercent", 70)
                                .add(
                                        "items",
                                        Json.createArrayBuilder()
                                                .add(singleChoice())
                                                .add(multipleChoice())
                                                .add(trueFalse())
                                                .add(numeric())))
                .build();
    }

    static JsonObject lesson(String slug) {
        return Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", text("Lesson " + slug, "课程 " + slug))
                .add("estimatedMinutes", 10)
                .add("body", text(BODY_EN, BODY_ZH))
                .add("sources", Json.createArrayBuilder().add("General knowledge"))
                .build();
    }

    static JsonObject singleChoice() {
        return Json.createObjectBuilder()
                .add("type", "SINGLE_CHOICE")
                .add("stem", text("Which licence excludes the licensor?", "哪种许可排除许可方？"))
                .add("options", options(true, false, false, false))
                .add("explanation", text("Only an exclusive licence does.", "只有独占许可如此。"))
                .build();
    }

    static JsonObject multipleChoice() {
        return Json.createObjectBuilder()
                .add("type", "MULTIPLE_CHOICE")
                .add("stem", text("Which are licences?", "哪些是许可？"))
                .add("options", options(true, true, false, false))
                .add("explanation", text("Options a and b are licences.", "选项a和b是许可。"))
                .build();
    }

    static JsonObject trueFalse() {
        return Json.createObjectBuilder()
                .add("type", "TRUE_FALSE")
                .add("stem", text("An assignment transfers ownership.", "转让转移所有权。"))
                .add("answer", true)
                .add("explanation", text("That is what assignment means.", "这正是转让的含义。"))
                .build();
    }

    static JsonObject numeric() {
        return Json.createObjectBuilder()
                .add("type", "NUMERIC")
                .add("stem", text("What is 4% of CNY 12,500,000?", "1250万元的4%是多少？"))
                .add("answer", 500000)
                .add("tolerance", 1)
                .add("unit", text("CNY", "元"))
                .add("explanation", text("0.04 × 12,500,000 = 500,000.", "0.04 × 12500000 = 500000。"))
                .build();
    }

    static JsonArray options(boolean... correct) {
        var options = Json.createArrayBuilder();
        String[] texts = {"Exclusive", "Sole", "Non-exclusive", "Open", "Cross"};
        String[] chinese = {"独占", "排他", "普通", "开放", "交叉"};
        for (int i = 0; i < correct.length; i++) {
            options.add(Json.createObjectBuilder()
                    .add("key", String.valueOf((char) ('a' + i)))
                    .add("text", text(texts[i], chinese[i]))
                    .add("correct", correct[i]));
        }
        return options.build();
    }

    static JsonObject text(String en, String zh) {
        return Json.createObjectBuilder().add("en", en).add("zh", zh).build();
    }

    /** The value with the member at the JSON Pointer replaced (or added, for a new key). */
    static JsonObject with(JsonObject course, String pointer, JsonValue value) {
        var jsonPointer = Json.createPointer(pointer);
        JsonStructure changed =
                jsonPointer.containsValue(course) ? jsonPointer.replace(course, value) : jsonPointer.add(course, value);
        return changed.asJsonObject();
    }

    static JsonObject without(JsonObject course, String pointer) {
        return Json.createPointer(pointer).remove(course).asJsonObject();
    }

    static JsonValue json(String literal) {
        return Json.createReader(new StringReader(literal)).readValue();
    }

    static byte[] bytes(JsonObject course) {
        return course.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every problem of one file named after its code. */
    static List<ImportProblem> problems(String name, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        CourseFileReader.read(name, bytes, problems);
        return problems;
    }

    static Optional<CourseDocument> read(String name, byte[] bytes) {
        return CourseFileReader.read(name, bytes, new ArrayList<>());
    }

    static List<ImportProblem> errors(List<ImportProblem> problems) {
        return problems.stream().filter(ImportProblem::isError).toList();
    }
}
