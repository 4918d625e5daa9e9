package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.courses.content.CourseFiles.bytes;
import static org.techbroker.courses.content.CourseFiles.course;
import static org.techbroker.courses.content.CourseFiles.json;
import static org.techbroker.courses.content.CourseFiles.problems;
import static org.techbroker.courses.content.CourseFiles.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The editorial rules of section 9 are warnings: the file still reads, and each breach is named
 * where it is, so that authors can stage drafts and still see what is missing.
 */
class EditorialRulesTest {

    private static final String FILE = "courses/XMP-101.json";

    @Test
    void theTestCourseBreaksTheEditorialRulesAndStillReads() {
        List<ImportProblem> problems = problems(FILE, bytes(course("XMP-101")));

        assertThat(problems).allMatch(p -> !p.isError());
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::path)
                .contains(
                        tuple("courses.import.warning.modules_count", "modules"),
                        tuple("courses.import.warning.summary_words", "summary.en"),
                        tuple("courses.import.warning.lesson_words", "modules[0].lessons[0].body.en"),
                        tuple("courses.import.warning.lesson_words", "modules[0].lessons[1].body.en"));
        assertThat(CourseFiles.read(FILE, bytes(course("XMP-101")))).isPresent();
    }

    @Test
    void aShortQuizIsWorthAWarning() {
        JsonObject short_ = with(course("XMP-101"), "/modules/0/quiz/items", json("[]"));
        JsonObject threeItems = with(
                course("XMP-101"),
                "/modules/0/quiz/items",
                Json.createArrayBuilder()
                        .add(CourseFiles.trueFalse())
                        .add(CourseFiles.trueFalse())
                        .add(CourseFiles.numeric())
                        .build());

        assertThat(problems(FILE, bytes(short_))).anyMatch(ImportProblem::isError);
        assertThat(problems(FILE, bytes(threeItems)))
                .extracting(ImportProblem::messageKey, ImportProblem::path, ImportProblem::arguments)
                .contains(tuple("courses.import.warning.quiz_items", "modules[0].quiz.items", List.of(3, 4)));
    }

    @Test
    void asciiPunctuationBesideChineseIsWorthAWarning() {
        JsonObject file = with(course("XMP-101"), "/title/zh", Json.createValue("许可(基础)"));

        assertThat(problems(FILE, bytes(file)))
                .extracting(ImportProblem::messageKey, ImportProblem::path, ImportProblem::arguments)
                .contains(tuple("courses.import.warning.zh_punctuation", "title.zh", List.of("(")));
    }

    @Test
    void bodiesWhoseStructureDiffersBetweenLanguagesAreWorthAWarning() {
        JsonObject file = with(
                course("XMP-101"), "/modules/0/lessons/0/body/zh", Json.createValue("<p>许可授予使用权。</p><p>转让转移所有权。</p>"));

        assertThat(problems(FILE, bytes(file)))
                .extracting(ImportProblem::messageKey, ImportProblem::path, ImportProblem::arguments)
                .contains(tuple(
                        "courses.import.warning.body_structure", "modules[0].lessons[0].body.zh", List.of("p", 1, 2)));
    }

    @Test
    void aNumericExplanationWithoutTheCalculationIsWorthAWarning() {
        JsonObject file = with(
                course("XMP-101"),
                "/modules/0/quiz/items/3/explanation",
                CourseFiles.text("Multiply the rate by the sales.", "用费率乘以销售额。"));

        assertThat(problems(FILE, bytes(file)))
                .extracting(ImportProblem::messageKey, ImportProblem::path)
                .contains(
                        tuple("courses.import.warning.numeric_explanation", "modules[0].quiz.items[3].explanation.en"));
    }
}
