package org.techbroker.certification.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

class ScoringTest {

    @Test
    void multipleChoiceEarnsNetRightChoicesOverKeys() {
        // Keys 1, 2, 3 out of options 1..5; 2 points.
        ItemVersion item = choice(ItemType.MULTIPLE_CHOICE, 2, true, true, true, false, false);

        assertThat(points(item, 1, 2, 3)).isEqualByComparingTo("2.00");
        assertThat(points(item, 1, 2)).isEqualByComparingTo("1.33");
        assertThat(points(item, 1)).isEqualByComparingTo("0.67");
        assertThat(points(item, 1, 2, 4)).isEqualByComparingTo("0.67");
        assertThat(points(item, 1, 4)).isEqualByComparingTo("0.00");
        assertThat(points(item, 1, 4, 5)).as("never below zero").isEqualByComparingTo("0.00");
        assertThat(points(item, 1, 2, 3, 4, 5)).as("ticking every box").isEqualByComparingTo("0.67");
        assertThat(points(item)).as("nothing chosen").isEqualByComparingTo("0.00");
        assertThat(Scoring.points(item, null)).as("unanswered").isEqualByComparingTo("0.00");
    }

    @Test
    void tickingEveryBoxEarnsNothingWhenHalfTheOptionsAreWrong() {
        ItemVersion item = choice(ItemType.MULTIPLE_CHOICE, 1, true, true, false, false);

        assertThat(points(item, 1, 2, 3, 4)).isEqualByComparingTo("0.00");
        assertThat(points(item, 1, 2)).isEqualByComparingTo("1.00");
    }

    @Test
    void singleChoiceAndTrueFalseAreAllOrNothing() {
        ItemVersion single = choice(ItemType.SINGLE_CHOICE, 3, false, true, false, false);

        assertThat(points(single, 2)).isEqualByComparingTo("3.00");
        assertThat(points(single, 1)).isEqualByComparingTo("0.00");
        assertThat(points(single, 1, 2))
                .as("two choices on a single-choice item")
                .isEqualByComparingTo("0.00");

        ItemVersion statement = version(content(ItemType.TRUE_FALSE, 1, List.of(), false, null, null));
        numberOptions(statement);
        assertThat(points(statement, 2)).as("'false' is the key").isEqualByComparingTo("1.00");
        assertThat(points(statement, 1)).isEqualByComparingTo("0.00");
    }

    @Test
    void numericAnswersAreRightWithinTheToleranceBoundsIncluded() {
        ItemVersion item = version(
                content(ItemType.NUMERIC, 2, List.of(), null, new BigDecimal("2400000"), new BigDecimal("1000")));

        assertThat(number(item, "2400000")).isEqualByComparingTo("2.00");
        assertThat(number(item, "2401000")).isEqualByComparingTo("2.00");
        assertThat(number(item, "2399000")).isEqualByComparingTo("2.00");
        assertThat(number(item, "2401000.01")).isEqualByComparingTo("0.00");
        assertThat(number(item, "2398999.99")).isEqualByComparingTo("0.00");
        assertThat(Scoring.points(item, new AnswerInput.Selected(List.of(1L)))).isEqualByComparingTo("0.00");
    }

    @Test
    void withoutAToleranceOnlyTheExactValueCounts() {
        ItemVersion item = version(content(ItemType.NUMERIC, 1, List.of(), null, new BigDecimal("0.15"), null));

        assertThat(number(item, "0.150")).isEqualByComparingTo("1.00");
        assertThat(number(item, "0.1501")).isEqualByComparingTo("0.00");
    }

    private static BigDecimal points(ItemVersion item, long... chosen) {
        return Scoring.points(
                item,
                new AnswerInput.Selected(java.util.Arrays.stream(chosen).boxed().toList()));
    }

    private static BigDecimal number(ItemVersion item, String value) {
        return Scoring.points(item, new AnswerInput.NumericValue(new BigDecimal(value)));
    }

    private static ItemVersion choice(ItemType type, int points, boolean... correct) {
        List<ItemContent.OptionContent> options = new java.util.ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new ItemContent.OptionContent(new BilingualText("选项" + i, "Option " + i), correct[i]));
        }
        ItemVersion version = version(content(type, points, options, null, null, null));
        numberOptions(version);
        return version;
    }

    private static ItemContent content(
            ItemType type,
            int points,
            List<ItemContent.OptionContent> options,
            Boolean trueFalseKey,
            BigDecimal numericAnswer,
            BigDecimal tolerance) {
        return new ItemContent(
                type,
                new CourseCode("IPL-101"),
                QualificationLevel.JUNIOR,
                Difficulty.EASY,
                ItemStatus.ACTIVE,
                points,
                new BilingualText("题干", "Stem"),
                null,
                null,
                options,
                trueFalseKey,
                numericAnswer,
                tolerance,
                null,
                List.of());
    }

    private static ItemVersion version(ItemContent content) {
        return new ExamItem("UNIT-1", content, Instant.parse("2026-11-27T08:00:00Z")).current();
    }

    /** Options get their ids from the database; here they are numbered 1, 2, … in order. */
    private static void numberOptions(ItemVersion version) {
        try {
            Field id = ItemOption.class.getDeclaredField("id");
            id.setAccessible(true);
            long next = 1;
            for (ItemOption option : version.options()) {
                id.set(option, next++);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
