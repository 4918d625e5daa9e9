package org.techbroker.certification.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemContent.CriterionContent;
import org.techbroker.certification.exam.ItemContent.LevelContent;
import org.techbroker.certification.exam.ItemContent.OptionContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.shared.QualificationLevel;

/** Every rule of what an item says (docs/exam-item-format.md, sections 2 to 4), each failing alone. */
class ItemRulesTest {

    private static final Predicate<CourseCode> CATALOGUE = code -> code.value().equals("IPL-101");
    private static final BilingualText STEM = new BilingualText("下列哪一项属于专利权的客体？", "Which of these can be patented?");

    private static ItemContent content(
            ItemType type,
            int points,
            List<OptionContent> options,
            Boolean trueFalse,
            BigDecimal answer,
            BigDecimal tolerance,
            BilingualText unit,
            List<CriterionContent> rubric) {
        return new ItemContent(
                type,
                new CourseCode("IPL-101"),
                QualificationLevel.JUNIOR,
                Difficulty.EASY,
                ItemStatus.ACTIVE,
                points,
                STEM,
                null,
                null,
                options,
                trueFalse,
                answer,
                tolerance,
                unit,
                rubric);
    }

    private static OptionContent option(String text, boolean correct) {
        return new OptionContent(new BilingualText("选项" + text, "Option " + text), correct);
    }

    private static List<OptionContent> options(boolean... correct) {
        List<OptionContent> options = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(option(String.valueOf((char) ('A' + i)), correct[i]));
        }
        return options;
    }

    private static ItemContent single(List<OptionContent> options) {
        return content(ItemType.SINGLE_CHOICE, 1, options, null, null, null, null, List.of());
    }

    private static ItemContent multiple(List<OptionContent> options) {
        return content(ItemType.MULTIPLE_CHOICE, 2, options, null, null, null, null, List.of());
    }

    private static ItemContent numeric(BigDecimal answer, BigDecimal tolerance) {
        return content(ItemType.NUMERIC, 1, List.of(), null, answer, tolerance, null, List.of());
    }

    private static LevelContent level(int points) {
        return new LevelContent(points, new BilingualText("描述" + points, "Descriptor " + points));
    }

    private static CriterionContent criterion(String title, int points, LevelContent... levels) {
        return new CriterionContent(new BilingualText("标准" + title, "Criterion " + title), points, List.of(levels));
    }

    private static ItemContent essay(int points, CriterionContent... criteria) {
        return content(ItemType.ESSAY, points, List.of(), null, null, null, null, List.of(criteria));
    }

    private static final ItemContent GOOD_ESSAY =
            essay(20, criterion("A", 10, level(10), level(5), level(0)), criterion("B", 10, level(10), level(0)));

    private static List<ImportProblem> check(ItemContent content) {
        return ItemRules.check("IPL-E-001", content, CATALOGUE);
    }

    private static List<org.assertj.core.groups.Tuple> keysAndPaths(ItemContent content) {
        return check(content).stream().map(p -> tuple(p.messageKey(), p.path())).toList();
    }

    @Test
    void goodItemsOfEveryTypePass() {
        assertThat(check(single(options(true, false, false)))).isEmpty();
        assertThat(check(multiple(options(true, true, false)))).isEmpty();
        assertThat(check(content(ItemType.TRUE_FALSE, 1, List.of(), false, null, null, null, List.of())))
                .isEmpty();
        assertThat(check(numeric(new BigDecimal("12.5"), BigDecimal.ZERO))).isEmpty();
        assertThat(check(GOOD_ESSAY)).isEmpty();
    }

    @Test
    void keysAreThreeToFortyCapitalsDigitsAndHyphens() {
        ItemContent good = single(options(true, false, false));
        for (String bad : List.of("AB", "ipl-1", "IPL 1", "A".repeat(41), "IPL_1")) {
            assertThat(ItemRules.check(bad, good, CATALOGUE))
                    .extracting(ImportProblem::messageKey)
                    .as(bad)
                    .containsExactly("exam.item.error.key_pattern");
        }
        assertThat(ItemRules.check(null, good, CATALOGUE))
                .extracting(ImportProblem::messageKey)
                .containsExactly("exam.item.error.key_pattern");
        assertThat(ItemRules.check("ABC", good, CATALOGUE)).isEmpty();
        assertThat(ItemRules.check("A".repeat(40), good, CATALOGUE)).isEmpty();
    }

    @Test
    void theCourseMustBeInTheCatalogue() {
        ItemContent good = single(options(true, false, false));
        assertThat(ItemRules.check("K-1", good, code -> false))
                .extracting(ImportProblem::messageKey, ImportProblem::path)
                .containsExactly(tuple("exam.item.error.course_unknown", "course"));
    }

    @Test
    void aSingleChoiceItemHasThreeToSixOptionsExactlyOneCorrect() {
        assertThat(keysAndPaths(single(options(true, false))))
                .containsExactly(tuple("exam.item.error.single_count", "options"));
        assertThat(keysAndPaths(single(options(true, false, false, false, false, false, false))))
                .containsExactly(tuple("exam.item.error.single_count", "options"));
        assertThat(keysAndPaths(single(options(true, true, false))))
                .containsExactly(tuple("exam.item.error.single_correct", "options"));
        assertThat(keysAndPaths(single(options(false, false, false))))
                .containsExactly(tuple("exam.item.error.single_correct", "options"));
        assertThat(check(single(options(true, false, false, false, false, false))))
                .isEmpty();
    }

    @Test
    void aMultipleChoiceItemHasThreeToEightOptionsTwoOrMoreCorrectAndOneWrong() {
        assertThat(keysAndPaths(multiple(options(true, true))))
                .contains(tuple("exam.item.error.multiple_count", "options"));
        assertThat(keysAndPaths(multiple(options(true, true, false, false, false, false, false, false, false))))
                .containsExactly(tuple("exam.item.error.multiple_count", "options"));
        assertThat(keysAndPaths(multiple(options(true, false, false))))
                .containsExactly(tuple("exam.item.error.multiple_too_few", "options"));
        assertThat(keysAndPaths(multiple(options(true, true, true))))
                .containsExactly(tuple("exam.item.error.multiple_all_correct", "options"));
        assertThat(check(multiple(options(true, true, false, false, false, false, false, false))))
                .isEmpty();
    }

    @Test
    void optionTextsDifferWithinAnItemInEachLanguage() {
        List<OptionContent> options = new ArrayList<>(options(true, false, false));
        options.set(2, new OptionContent(new BilingualText("选项B", "Something else"), false));
        assertThat(keysAndPaths(single(options)))
                .containsExactly(tuple("exam.item.error.option_text_duplicate", "options[2].text.zh"));
        assertThat(check(single(options)).get(0).arguments()).containsExactly(2);
    }

    @Test
    void optionTextsAreOneToAThousandCharacters() {
        List<OptionContent> options = new ArrayList<>(options(true, false, false));
        options.set(1, new OptionContent(new BilingualText("长".repeat(1001), "Long"), false));
        assertThat(keysAndPaths(single(options)))
                .containsExactly(tuple("courses.import.error.length", "options[1].text.zh"));
    }

    @Test
    void stemsAreTenToFourThousandCharactersInBothLanguagesWithoutBlanksOrSurroundingSpace() {
        ItemContent shortStem = withStem(new BilingualText("太短了", "Which of these can be patented?"));
        assertThat(keysAndPaths(shortStem)).containsExactly(tuple("courses.import.error.length", "stem.zh"));
        ItemContent longStem = withStem(new BilingualText(STEM.zh(), "x".repeat(4001)));
        assertThat(keysAndPaths(longStem)).containsExactly(tuple("courses.import.error.length", "stem.en"));
        ItemContent blank = withStem(new BilingualText("   ", STEM.en()));
        assertThat(keysAndPaths(blank)).containsExactly(tuple("courses.import.error.blank", "stem.zh"));
        ItemContent spaced = withStem(new BilingualText(STEM.zh(), STEM.en() + " "));
        assertThat(keysAndPaths(spaced)).containsExactly(tuple("courses.import.error.whitespace", "stem.en"));
        // Lengths count code points: 10 characters outside the Basic Multilingual Plane are 10.
        ItemContent astral = withStem(new BilingualText("𠀀".repeat(10), STEM.en()));
        assertThat(check(astral)).isEmpty();
    }

    private static ItemContent withStem(BilingualText stem) {
        ItemContent good = single(options(true, false, false));
        return new ItemContent(
                good.type(),
                good.course(),
                good.level(),
                good.difficulty(),
                good.status(),
                good.points(),
                stem,
                null,
                null,
                good.options(),
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void explanationsAndSourcesHaveTheirLimits() {
        ItemContent good = single(options(true, false, false));
        ItemContent content = new ItemContent(
                good.type(),
                good.course(),
                good.level(),
                good.difficulty(),
                good.status(),
                1,
                STEM,
                new BilingualText("解".repeat(4001), "Because."),
                "s".repeat(501),
                good.options(),
                null,
                null,
                null,
                null,
                List.of());
        assertThat(keysAndPaths(content))
                .containsExactly(
                        tuple("courses.import.error.length", "explanation.zh"),
                        tuple("courses.import.error.length", "source"));
    }

    @Test
    void objectiveItemsAreWorthOneToTenPoints() {
        assertThat(keysAndPaths(content(ItemType.TRUE_FALSE, 0, List.of(), true, null, null, null, List.of())))
                .containsExactly(tuple("courses.import.error.range", "points"));
        assertThat(keysAndPaths(content(ItemType.TRUE_FALSE, 11, List.of(), true, null, null, null, List.of())))
                .containsExactly(tuple("courses.import.error.range", "points"));
        assertThat(check(content(ItemType.TRUE_FALSE, 10, List.of(), true, null, null, null, List.of())))
                .isEmpty();
    }

    @Test
    void aTrueFalseItemSaysWhetherItsStatementIsTrue() {
        assertThat(keysAndPaths(content(ItemType.TRUE_FALSE, 1, List.of(), null, null, null, null, List.of())))
                .containsExactly(tuple("exam.item.error.true_false_missing", "correct"));
    }

    @Test
    void fieldsOfOtherTypesAreRefused() {
        assertThat(keysAndPaths(content(
                        ItemType.TRUE_FALSE,
                        1,
                        options(true, false, false),
                        true,
                        BigDecimal.ONE,
                        BigDecimal.ZERO,
                        new BilingualText("元", "CNY"),
                        GOOD_ESSAY.rubric())))
                .containsExactly(
                        tuple("courses.import.error.item_field", "options"),
                        tuple("courses.import.error.item_field", "answer"),
                        tuple("courses.import.error.item_field", "tolerance"),
                        tuple("courses.import.error.item_field", "unit"),
                        tuple("courses.import.error.item_field", "rubric"));
        assertThat(keysAndPaths(numeric(BigDecimal.ONE, null).withStatus(ItemStatus.DRAFT)))
                .isEmpty();
        ItemContent numericWithKey =
                content(ItemType.NUMERIC, 1, List.of(), true, BigDecimal.ONE, null, null, List.of());
        assertThat(keysAndPaths(numericWithKey)).containsExactly(tuple("courses.import.error.item_field", "correct"));
    }

    @Test
    void aNumericItemHasAnAnswerANonNegativeToleranceAndDigitsThatFit() {
        assertThat(keysAndPaths(numeric(null, BigDecimal.ZERO)))
                .containsExactly(tuple("exam.item.error.answer_missing", "answer"));
        assertThat(keysAndPaths(numeric(BigDecimal.ONE, new BigDecimal("-0.1"))))
                .containsExactly(tuple("courses.import.error.tolerance_negative", "tolerance"));
        assertThat(keysAndPaths(numeric(new BigDecimal("0.123456789"), BigDecimal.ZERO)))
                .containsExactly(tuple("exam.item.error.number_digits", "answer"));
        assertThat(keysAndPaths(numeric(new BigDecimal("1E+16"), BigDecimal.ZERO)))
                .containsExactly(tuple("exam.item.error.number_digits", "answer"));
        assertThat(check(numeric(new BigDecimal("9999999999999999.12345678"), new BigDecimal("0.00000001"))))
                .isEmpty();
        ItemContent longUnit = content(
                ItemType.NUMERIC,
                1,
                List.of(),
                null,
                BigDecimal.ONE,
                null,
                new BilingualText("元", "u".repeat(41)),
                List.of());
        assertThat(keysAndPaths(longUnit)).containsExactly(tuple("courses.import.error.length", "unit.en"));
    }

    @Test
    void anEssayNeedsARubric() {
        assertThat(keysAndPaths(essay(20))).containsExactly(tuple("exam.item.error.rubric_missing", "rubric"));
    }

    @Test
    void anEssayIsWorthTenToAHundredPointsAndExactlyItsRubricsTotal() {
        assertThat(keysAndPaths(essay(25, GOOD_ESSAY.rubric().toArray(CriterionContent[]::new))))
                .containsExactly(tuple("exam.item.error.rubric_total", "rubric.criteria"));
        assertThat(keysAndPaths(essay(8, criterion("A", 4, level(4), level(0)), criterion("B", 4, level(4), level(0)))))
                .containsExactly(tuple("courses.import.error.range", "points"));
    }

    @Test
    void aRubricHasTwoToEightCriteria() {
        assertThat(keysAndPaths(essay(20, criterion("A", 20, level(20), level(0)))))
                .containsExactly(tuple("courses.import.error.count", "rubric.criteria"));
        CriterionContent[] nine =
                Collections.nCopies(9, criterion("A", 5, level(5), level(0))).toArray(CriterionContent[]::new);
        assertThat(keysAndPaths(essay(45, nine)))
                .containsExactly(tuple("courses.import.error.count", "rubric.criteria"));
    }

    @Test
    void levelsAreTwoToSixStrictlyDescendingFromTheCriterionsPointsToZero() {
        assertThat(keysAndPaths(essay(20, criterion("A", 10, level(10)), criterion("B", 10, level(10), level(0)))))
                .containsExactly(
                        tuple("courses.import.error.count", "rubric.criteria[0].levels"),
                        tuple("exam.item.error.level_last", "rubric.criteria[0].levels[0].points"));
        assertThat(keysAndPaths(essay(
                        20,
                        criterion("A", 10, level(10), level(8), level(6), level(4), level(3), level(2), level(0)),
                        criterion("B", 10, level(10), level(0)))))
                .containsExactly(tuple("courses.import.error.count", "rubric.criteria[0].levels"));
        assertThat(keysAndPaths(essay(
                        20,
                        criterion("A", 10, level(10), level(6), level(6), level(0)),
                        criterion("B", 10, level(10), level(0)))))
                .containsExactly(tuple("exam.item.error.levels_descending", "rubric.criteria[0].levels[2].points"));
        assertThat(keysAndPaths(
                        essay(20, criterion("A", 10, level(9), level(0)), criterion("B", 10, level(10), level(0)))))
                .containsExactly(tuple("exam.item.error.level_first", "rubric.criteria[0].levels[0].points"));
        assertThat(keysAndPaths(
                        essay(20, criterion("A", 10, level(10), level(1)), criterion("B", 10, level(10), level(0)))))
                .containsExactly(tuple("exam.item.error.level_last", "rubric.criteria[0].levels[1].points"));
    }

    @Test
    void criterionTitlesAndDescriptorsHaveTheirLimits() {
        CriterionContent longTitle =
                new CriterionContent(new BilingualText("题".repeat(201), "Title"), 10, List.of(level(10), level(0)));
        CriterionContent blankDescriptor = new CriterionContent(
                new BilingualText("标题", "Title"),
                10,
                List.of(level(10), new LevelContent(0, new BilingualText("描述", " "))));
        assertThat(keysAndPaths(essay(20, longTitle, blankDescriptor)))
                .containsExactly(
                        tuple("courses.import.error.length", "rubric.criteria[0].title.zh"),
                        tuple("courses.import.error.blank", "rubric.criteria[1].levels[1].descriptor.en"));
    }
}
