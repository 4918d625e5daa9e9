package org.techbroker.app.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.Outcome;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;

class AttemptPageTest {

    private static final Instant STARTED = Instant.parse("2026-06-01T01:00:00Z");
    private static final Instant SAVED = STARTED.plusSeconds(90);

    @Test
    void theSavedAnswersAreShownWithEveryItemInOrder() {
        AttemptPage page = AttemptPage.of(
                view(AttemptState.IN_PROGRESS, STARTED.plusSeconds(600), null), Locale.ENGLISH, code -> "?");

        assertThat(page.items()).extracting(AttemptPage.ItemRow::position).containsExactly(1, 2, 3, 4);
        AttemptPage.ItemRow multiple = page.items().get(0);
        assertThat(multiple.inputType()).isEqualTo("checkbox");
        assertThat(multiple.options()).extracting(AttemptPage.OptionRow::chosen).containsExactly(true, false, true);
        assertThat(multiple.savedAt()).isEqualTo(SAVED);
        AttemptPage.ItemRow trueFalse = page.items().get(1);
        assertThat(trueFalse.inputType()).isEqualTo("radio");
        assertThat(trueFalse.answered()).isFalse();
        AttemptPage.ItemRow numeric = page.items().get(2);
        assertThat(numeric.number()).isEqualTo("2400000");
        assertThat(numeric.unit()).isEqualTo("yuan");
        AttemptPage.ItemRow essay = page.items().get(3);
        assertThat(essay.text()).isEqualTo("技术经纪 essay");
        assertThat(essay.characters()).isEqualTo(10);
        assertThat(page.answeredCount()).isEqualTo(3);
        assertThat(page.running()).isTrue();
        assertThat(page.remaining()).isEqualTo("0:50:00");
    }

    @Test
    void anAttemptPastItsDeadlineIsOverdueAndNoLongerRuns() {
        AttemptPage page = AttemptPage.of(
                view(AttemptState.IN_PROGRESS, STARTED.plusSeconds(7200), null), Locale.ENGLISH, code -> "?");

        assertThat(page.running()).isFalse();
        assertThat(page.overdue()).isTrue();
        assertThat(page.remaining()).isEqualTo("0:00:00");
    }

    @Test
    void theReleasedResultShowsPointsByTopicWithTheCourseTitle() {
        AttemptView.Result result = new AttemptView.Result(
                Outcome.PENDING,
                new BigDecimal("5.50"),
                6,
                null,
                100,
                60,
                60,
                List.of(new AttemptView.TopicScore(new CourseCode("VAL-201"), new BigDecimal("5.50"), 6)));

        AttemptPage page = AttemptPage.of(
                view(AttemptState.SUBMITTED, STARTED.plusSeconds(7200), result),
                Locale.SIMPLIFIED_CHINESE,
                code -> "估值 " + code.value());

        assertThat(page.submitted()).isTrue();
        assertThat(page.result().essaysMarked()).isFalse();
        assertThat(page.result().hasEssays()).isTrue();
        assertThat(page.result().objectivePoints()).isEqualByComparingTo("5.5");
        assertThat(page.result().topics()).singleElement().satisfies(topic -> {
            assertThat(topic.title()).isEqualTo("估值 VAL-201");
            assertThat(topic.percent()).isEqualTo(92);
        });
    }

    private static AttemptView view(AttemptState state, Instant serverTime, AttemptView.Result result) {
        List<AttemptView.Item> items = List.of(
                new AttemptView.Item(14, 4, ItemType.ESSAY, text("论文"), List.of(), 100, null),
                new AttemptView.Item(
                        11,
                        1,
                        ItemType.MULTIPLE_CHOICE,
                        text("多选"),
                        List.of(option(101), option(102), option(103)),
                        1,
                        null),
                new AttemptView.Item(
                        12, 2, ItemType.TRUE_FALSE, text("判断"), List.of(option(201), option(202)), 1, null),
                new AttemptView.Item(
                        13, 3, ItemType.NUMERIC, text("数值"), List.of(), 1, new BilingualText("元", "yuan")));
        Map<Long, AttemptView.SavedAnswer> answers = Map.of(
                11L, new AttemptView.SavedAnswer(new AnswerInput.Selected(List.of(103L, 101L)), SAVED, 2),
                13L, new AttemptView.SavedAnswer(new AnswerInput.NumericValue(new BigDecimal("2400000.00")), SAVED, 1),
                14L, new AttemptView.SavedAnswer(new AnswerInput.EssayText("技术经纪 essay"), SAVED, 1));
        return new AttemptView(
                7,
                3,
                text("考试"),
                state,
                STARTED,
                STARTED.plusSeconds(3600),
                serverTime,
                state == AttemptState.SUBMITTED ? STARTED.plusSeconds(1800) : null,
                items,
                answers,
                result);
    }

    private static AttemptView.Option option(long id) {
        return new AttemptView.Option(id, text("选项" + id));
    }

    private static BilingualText text(String zh) {
        return new BilingualText(zh, zh + " (en)");
    }
}
