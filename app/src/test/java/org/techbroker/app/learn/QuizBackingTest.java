package org.techbroker.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.practice.ItemType;
import org.techbroker.courses.practice.PracticeAnswer;

class QuizBackingTest {

    private static final List<QuizPage.Option> OPTIONS = List.of(
            new QuizPage.Option('a', "A", false),
            new QuizPage.Option('b', "B", true),
            new QuizPage.Option('c', "C", true),
            new QuizPage.Option('d', "D", false));

    @Test
    void eachTypeBecomesTheAnswerTheDomainScores() {
        QuizBacking.Row single = row(1, ItemType.SINGLE_CHOICE);
        single.setChoice("b");
        QuizBacking.Row multiple = row(2, ItemType.MULTIPLE_CHOICE);
        multiple.setChoices(List.of("c", "b"));
        QuizBacking.Row judged = row(3, ItemType.TRUE_FALSE);
        judged.setChoice("false");
        QuizBacking.Row numeric = row(4, ItemType.NUMERIC);
        numeric.setNumber(new BigDecimal("6.2"));

        Map<Long, PracticeAnswer> answers = QuizBacking.answers(List.of(single, multiple, judged, numeric));

        assertThat(answers)
                .containsEntry(1L, PracticeAnswer.choosing(Set.of('b')))
                .containsEntry(2L, PracticeAnswer.choosing(Set.of('b', 'c')))
                .containsEntry(3L, PracticeAnswer.judging(false))
                .containsEntry(4L, PracticeAnswer.numbering(new BigDecimal("6.2")));
        assertThat(single.getChosenOptions()).extracting(QuizPage.Option::key).containsExactly('b');
        assertThat(multiple.getChosenOptions()).extracting(QuizPage.Option::key).containsExactly('b', 'c');
    }

    @Test
    void unansweredItemsAreLeftOutSoTheyScoreAsWrong() {
        QuizBacking.Row single = row(1, ItemType.SINGLE_CHOICE);
        QuizBacking.Row multiple = row(2, ItemType.MULTIPLE_CHOICE);
        multiple.setChoices(List.of());
        QuizBacking.Row judged = row(3, ItemType.TRUE_FALSE);
        QuizBacking.Row numeric = row(4, ItemType.NUMERIC);

        assertThat(QuizBacking.answers(List.of(single, multiple, judged, numeric)))
                .isEmpty();
        assertThat(List.of(single, multiple, judged, numeric)).noneMatch(QuizBacking.Row::isAnswered);
    }

    @Test
    void keysThatAreNoOptionOfTheItemAreIgnored() {
        QuizBacking.Row single = row(1, ItemType.SINGLE_CHOICE);
        single.setChoice("z");
        QuizBacking.Row multiple = row(2, ItemType.MULTIPLE_CHOICE);
        multiple.setChoices(List.of("b", "zz", "e"));

        Map<Long, PracticeAnswer> answers = QuizBacking.answers(List.of(single, multiple));

        assertThat(answers).doesNotContainKey(1L).containsEntry(2L, PracticeAnswer.choosing(Set.of('b')));
    }

    private static QuizBacking.Row row(long id, ItemType type) {
        boolean choice = type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE;
        return new QuizBacking.Row(new QuizPage.Item(
                id,
                (int) id,
                type,
                "stem",
                "explanation",
                choice ? OPTIONS : List.of(),
                type == ItemType.TRUE_FALSE ? Boolean.TRUE : null,
                type == ItemType.NUMERIC ? new BigDecimal("6.2") : null,
                type == ItemType.NUMERIC ? new BigDecimal("0.01") : null,
                null));
    }
}
