package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.courses.content.CourseFiles.bytes;
import static org.techbroker.courses.content.CourseFiles.course;
import static org.techbroker.courses.content.CourseFiles.errors;
import static org.techbroker.courses.content.CourseFiles.json;
import static org.techbroker.courses.content.CourseFiles.options;
import static org.techbroker.courses.content.CourseFiles.problems;
import static org.techbroker.courses.content.CourseFiles.text;
import static org.techbroker.courses.content.CourseFiles.with;
import static org.techbroker.courses.content.CourseFiles.without;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.practice.ItemType;

/**
 * Every format rule of one course file (sections 1 to 7 of docs/course-import-format.md): a valid
 * file reads, and each file below, broken in exactly one way, is refused with exactly one error
 * whose key and location say what and where.
 */
class CourseFileRulesTest {

    private static final String FILE = "courses/XMP-101.json";
    private static final JsonObject VALID = course("XMP-101");
    private static final String ITEMS = "/modules/0/quiz/items/";

    @Test
    void aValidFileReadsWithEveryField() {
        List<ImportProblem> problems = problems(FILE, bytes(VALID));

        assertThat(errors(problems)).isEmpty();
        CourseDocument course = CourseFiles.read(FILE, bytes(VALID)).orElseThrow();
        assertThat(course.code().value()).isEqualTo("XMP-101");
        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.lessons())
                .extracting(CourseDocument.LessonDocument::slug)
                .containsExactly("licences-and-assignments", "kinds-of-licence");
        assertThat(course.modules().get(0).items())
                .extracting(item -> item.type())
                .containsExactly(
                        ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE, ItemType.NUMERIC);
        assertThat(course.modules().get(0).items().get(3).numericAnswer()).isEqualByComparingTo("500000");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("unknown top-level field", with(VALID, "/author", json("\"me\"")), "unknown_field", "author"),
                broken(
                        "unknown lesson field",
                        with(VALID, "/modules/0/lessons/0/summary", json("\"x\"")),
                        "unknown_field",
                        "modules[0].lessons[0].summary"),
                broken("unknown language", with(VALID, "/title/fr", json("\"Licences\"")), "unknown_field", "title.fr"),
                broken("missing field", without(VALID, "/title"), "missing_field", "title"),
                broken("missing quiz", without(VALID, "/modules/0/quiz"), "missing_field", "modules[0].quiz"),
                broken("null", with(VALID, "/summary", json("null")), "null", "summary"),
                broken(
                        "integer with a fraction",
                        with(VALID, "/creditHours", json("2.0")),
                        "integer_form",
                        "creditHours"),
                broken(
                        "integer with an exponent",
                        with(VALID, "/modules/0/lessons/0/estimatedMinutes", json("1e1")),
                        "integer_form",
                        "modules[0].lessons[0].estimatedMinutes"),
                broken(
                        "credit hours as a string",
                        with(VALID, "/creditHours", string("2")),
                        "expected_integer",
                        "creditHours"),
                broken("credit hours too many", with(VALID, "/creditHours", json("61")), "range", "creditHours"),
                broken(
                        "minutes zero",
                        with(VALID, "/modules/0/lessons/1/estimatedMinutes", json("0")),
                        "range",
                        "modules[0].lessons[1].estimatedMinutes"),
                broken(
                        "pass mark zero",
                        with(VALID, "/modules/0/quiz/passMarkPercent", json("0")),
                        "range",
                        "modules[0].quiz.passMarkPercent"),
                broken(
                        "unknown format version",
                        with(VALID, "/format", json("\"techbroker-course/2\"")),
                        "format_version",
                        "format"),
                broken("code pattern", with(VALID, "/code", json("\"xmp-101\"")), "code_pattern", "code"),
                broken("code is not the file name", with(VALID, "/code", json("\"XMP-102\"")), "file_name", "code"),
                broken("code not a string", with(VALID, "/code", json("101")), "expected_string", "code"),
                broken("title too long", with(VALID, "/title/en", string("x".repeat(201))), "length", "title.en"),
                broken("blank", with(VALID, "/summary/zh", string("   ")), "blank", "summary.zh"),
                broken("leading space", with(VALID, "/title/en", string(" Licensing")), "whitespace", "title.en"),
                broken(
                        "markup in plain text",
                        with(VALID, ITEMS + "0/stem/en", string("Is <b>this</b> a licence?")),
                        "markup",
                        "modules[0].quiz.items[0].stem.en"),
                broken(
                        "bilingual text not an object",
                        with(VALID, "/title", string("Licensing")),
                        "expected_object",
                        "title"),
                broken("levels not an array", with(VALID, "/levels", string("JUNIOR")), "expected_array", "levels"),
                broken("no level", with(VALID, "/levels", json("[]")), "count", "levels"),
                broken("level twice", with(VALID, "/levels", json("[\"JUNIOR\",\"JUNIOR\"]")), "distinct", "levels[1]"),
                broken("unknown level", with(VALID, "/levels", json("[\"EXPERT\"]")), "value", "levels[0]"),
                broken(
                        "five tracks",
                        with(
                                VALID,
                                "/tracks",
                                json("[\"SERVICE\",\"REVIEW\",\"MANAGEMENT\",\"JUDICIAL\",\"SERVICE\"]")),
                        "count",
                        "tracks"),
                broken(
                        "unknown syllabus module",
                        with(VALID, "/syllabusModule", string("LAW")),
                        "value",
                        "syllabusModule"),
                broken("unknown status", with(VALID, "/status", string("LIVE")), "value", "status"),
                broken(
                        "prerequisite pattern",
                        with(VALID, "/prerequisites", json("[\"IPL101\"]")),
                        "code_pattern",
                        "prerequisites[0]"),
                broken(
                        "prerequisite twice",
                        with(VALID, "/prerequisites", json("[\"IPL-101\",\"IPL-101\"]")),
                        "distinct",
                        "prerequisites[1]"),
                broken("no module", with(VALID, "/modules", json("[]")), "count", "modules"),
                broken("no lesson", with(VALID, "/modules/0/lessons", json("[]")), "count", "modules[0].lessons"),
                broken(
                        "slug pattern",
                        with(VALID, "/modules/0/lessons/0/slug", string("Kinds_of_licence")),
                        "slug_pattern",
                        "modules[0].lessons[0].slug"),
                broken(
                        "slug twice",
                        with(VALID, "/modules/0/lessons/1/slug", string("licences-and-assignments")),
                        "slug_duplicate",
                        "modules[0].lessons[1].slug"),
                broken(
                        "slug twice across modules",
                        with(VALID, "/modules/1", CourseFiles.module("other-lesson", "kinds-of-licence")),
                        "slug_duplicate",
                        "modules[1].lessons[1].slug"),
                broken(
                        "no source",
                        with(VALID, "/modules/0/lessons/0/sources", json("[]")),
                        "count",
                        "modules[0].lessons[0].sources"),
                broken(
                        "source too long",
                        with(VALID, "/modules/0/lessons/0/sources/0", string("s".repeat(301))),
                        "length",
                        "modules[0].lessons[0].sources[0]"),
                broken(
                        "body too long",
                        with(VALID, "/modules/0/lessons/0/body/en", string("<p>" + "w".repeat(60_000) + "</p>")),
                        "length",
                        "modules[0].lessons[0].body.en"),
                broken(
                        "script in a body",
                        with(VALID, "/modules/0/lessons/0/body/en", string("<p>Hi</p><script>alert(1)</script>")),
                        "html_element",
                        "modules[0].lessons[0].body.en"),
                broken(
                        "attribute in a body",
                        with(VALID, "/modules/0/lessons/1/body/zh", string("<p class=\"lead\">你好。</p>")),
                        "html_attribute",
                        "modules[0].lessons[1].body.zh"),
                broken("no item", with(VALID, "/modules/0/quiz/items", json("[]")), "count", "modules[0].quiz.items"),
                broken(
                        "unknown item type",
                        with(VALID, ITEMS + "2/type", string("ESSAY")),
                        "value",
                        "modules[0].quiz.items[2].type"),
                broken(
                        "options on a true/false item",
                        with(VALID, ITEMS + "2/options", options(true, false, false, false)),
                        "item_field",
                        "modules[0].quiz.items[2].options"),
                broken(
                        "tolerance on a choice item",
                        with(VALID, ITEMS + "0/tolerance", json("1")),
                        "item_field",
                        "modules[0].quiz.items[0].tolerance"),
                broken(
                        "true/false answer as a string",
                        with(VALID, ITEMS + "2/answer", string("true")),
                        "expected_boolean",
                        "modules[0].quiz.items[2].answer"),
                broken(
                        "single choice with three options",
                        with(VALID, ITEMS + "0/options", options(true, false, false)),
                        "options_single_count",
                        "modules[0].quiz.items[0].options"),
                broken(
                        "single choice with two correct",
                        with(VALID, ITEMS + "0/options", options(true, true, false, false)),
                        "options_single_correct",
                        "modules[0].quiz.items[0].options"),
                broken(
                        "multiple choice with every option correct",
                        with(VALID, ITEMS + "1/options", options(true, true, true, true)),
                        "options_multiple_all_correct",
                        "modules[0].quiz.items[1].options"),
                broken(
                        "multiple choice with one correct",
                        with(VALID, ITEMS + "1/options", options(false, true, false, false, false)),
                        "options_multiple_too_few",
                        "modules[0].quiz.items[1].options"),
                broken(
                        "multiple choice with six options",
                        with(VALID, ITEMS + "1/options", json("[{},{},{},{},{},{}]")),
                        "options_multiple_count",
                        "modules[0].quiz.items[1].options"),
                broken(
                        "option keys out of order",
                        with(VALID, ITEMS + "0/options/1/key", string("c")),
                        "option_key",
                        "modules[0].quiz.items[0].options[1].key"),
                broken(
                        "option texts alike",
                        with(VALID, ITEMS + "0/options/2/text", text("Exclusive", "另一个")),
                        "option_text_duplicate",
                        "modules[0].quiz.items[0].options[2].text.en"),
                broken(
                        "correct as a number",
                        with(VALID, ITEMS + "0/options/0/correct", json("1")),
                        "expected_boolean",
                        "modules[0].quiz.items[0].options[0].correct"),
                broken(
                        "numeric answer as a string",
                        with(VALID, ITEMS + "3/answer", string("500000")),
                        "expected_number",
                        "modules[0].quiz.items[3].answer"),
                broken(
                        "negative tolerance",
                        with(VALID, ITEMS + "3/tolerance", json("-0.5")),
                        "tolerance_negative",
                        "modules[0].quiz.items[3].tolerance"),
                broken(
                        "no tolerance",
                        without(VALID, ITEMS + "3/tolerance"),
                        "missing_field",
                        "modules[0].quiz.items[3].tolerance"),
                broken(
                        "unit too long",
                        with(VALID, ITEMS + "3/unit/en", string("u".repeat(21))),
                        "length",
                        "modules[0].quiz.items[3].unit.en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileIsRefusedWithOneErrorAtTheRightPlace(String rule, JsonObject file, String key, String path) {
        List<ImportProblem> errors = errors(problems(FILE, bytes(file)));

        assertThat(errors)
                .extracting(ImportProblem::messageKey, ImportProblem::path)
                .containsExactly(tuple("courses.import.error." + key, path));
        assertThat(errors.get(0).file()).isEqualTo(FILE);
        assertThat(CourseFiles.read(FILE, bytes(file))).isEmpty();
    }

    @Test
    void aMultipleChoiceItemWithEveryOptionCorrectIsRefused() {
        JsonObject allCorrect = with(VALID, ITEMS + "1/options", options(true, true, true, true, true));

        assertThat(errors(problems(FILE, bytes(allCorrect)))).singleElement().satisfies(error -> {
            assertThat(error.messageKey()).isEqualTo("courses.import.error.options_multiple_all_correct");
            assertThat(error.path()).isEqualTo("modules[0].quiz.items[1].options");
            assertThat(error.pointer()).isEqualTo("/modules/0/quiz/items/1/options");
        });
    }

    @Test
    void lengthsAreCountedInCodePoints() {
        // 200 characters outside the Basic Multilingual Plane are 400 UTF-16 units, yet 200 characters.
        String twoHundred = "𠀀".repeat(200);
        assertThat(errors(problems(FILE, bytes(with(VALID, "/title/zh", string(twoHundred))))))
                .isEmpty();
        assertThat(errors(problems(FILE, bytes(with(VALID, "/title/zh", string(twoHundred + "字"))))))
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple("courses.import.error.length", List.of(1, 200, 201)));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotOverwritten() {
        String twice = VALID.toString().replace("\"creditHours\":2", "\"creditHours\":2,\"creditHours\":3");

        assertThat(errors(problems(FILE, twice.getBytes(StandardCharsets.UTF_8))))
                .extracting(ImportProblem::messageKey, ImportProblem::path)
                .containsExactly(tuple("courses.import.error.duplicate_key", "creditHours"));
    }

    @Test
    void aByteOrderMarkIsRefused() {
        byte[] json = bytes(VALID);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        assertThat(errors(problems(FILE, withBom)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.bom");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = VALID.toString().replace("许可基础", "Lizenz für").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(errors(problems(FILE, latin1)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.encoding");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        String trailingComma = "{\n  \"format\": \"techbroker-course/1\",\n}";

        assertThat(errors(problems(FILE, trailingComma.getBytes(StandardCharsets.UTF_8))))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.messageKey()).isEqualTo("courses.import.error.json_syntax");
                    assertThat(error.arguments().get(0)).isEqualTo(3L);
                });
    }

    @Test
    void contentAfterTheCourseIsRefused() {
        byte[] twoObjects = (VALID + " {}").getBytes(StandardCharsets.UTF_8);

        assertThat(errors(problems(FILE, twoObjects)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.json_syntax");
    }

    @Test
    void aFileThatIsNotAnObjectIsRefused() {
        assertThat(errors(problems(FILE, "[1, 2]".getBytes(StandardCharsets.UTF_8))))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.not_object");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedUnread() {
        byte[] large = new byte[(int) ImportLimits.COURSE_FILE_BYTES + 1];
        Arrays.fill(large, (byte) ' ');

        assertThat(errors(problems(FILE, large)))
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple("courses.import.error.file_too_large", List.of(5L)));
    }

    @Test
    void everyErrorOfAFileIsReportedNotOnlyTheFirst() {
        JsonObject threeTimesBroken = with(
                with(with(VALID, "/creditHours", json("0")), "/status", string("LIVE")),
                "/modules/0/lessons/0/slug",
                string("Bad Slug"));

        assertThat(errors(problems(FILE, bytes(threeTimesBroken))))
                .extracting(ImportProblem::path)
                .containsExactlyInAnyOrder("creditHours", "status", "modules[0].lessons[0].slug");
    }

    private static Arguments broken(String rule, JsonObject file, String key, String path) {
        return Arguments.of(rule, file, key, path);
    }

    private static jakarta.json.JsonString string(String value) {
        return Json.createValue(value);
    }
}
