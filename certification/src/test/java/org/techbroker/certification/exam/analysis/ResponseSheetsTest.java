package org.techbroker.certification.exam.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techbroker.certification.exam.analysis.Responses.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.analysis.ResponseSheets.Sheet;
import org.techbroker.certification.exam.analysis.ResponseSheets.Shown;

class ResponseSheetsTest {

    private static final ChoiceItem SINGLE = new ChoiceItem(
            1, List.of(new ChoiceOption(10, true), new ChoiceOption(11, false), new ChoiceOption(12, false)));

    private static Shown single(String points, Long... chosen) {
        return new Shown(1, ItemType.SINGLE_CHOICE, 1, d(points), new AnswerInput.Selected(List.of(chosen)));
    }

    private static Shown numeric(String points, AnswerInput answer) {
        return new Shown(2, ItemType.NUMERIC, 2, d(points), answer);
    }

    private static Shown essay(long versionId, BigDecimal ownMark, String text) {
        return new Shown(
                versionId, ItemType.ESSAY, 100, ownMark, text == null ? null : new AnswerInput.EssayText(text));
    }

    private static ItemResponse response(ResponseSheets.Built built, int candidate, long itemId) {
        return built.responses().candidates().get(candidate).responses().stream()
                .filter(response -> response.itemId() == itemId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void choicesKeepTheOptionsChosenAndNoChoiceOrAClearedOneIsOmitted() {
        ResponseSheets.Built built = ResponseSheets.build(
                List.of(
                        new Sheet(100, null, List.of(single("1", 10L))),
                        new Sheet(101, null, List.of(single("0", 12L))),
                        new Sheet(102, null, List.of(new Shown(1, ItemType.SINGLE_CHOICE, 1, d("0"), null))),
                        new Sheet(103, null, List.of(single("0")))),
                List.of(SINGLE));

        assertThat(response(built, 0, 1).selectedOptionIds()).containsExactly(10L);
        assertThat(response(built, 0, 1).awardedPoints()).isEqualByComparingTo("1");
        assertThat(response(built, 1, 1).selectedOptionIds()).containsExactly(12L);
        assertThat(response(built, 2, 1).answered()).isFalse();
        assertThat(response(built, 3, 1).answered()).isFalse();
        assertThat(built.responses().candidates())
                .extracting(CandidateResponses::candidate)
                .containsExactly(100L, 101L, 102L, 103L);
        assertThat(built.unmarkedEssays()).isZero();
    }

    @Test
    void aNumericItemIsAnsweredWhenANumberWasSaved() {
        ResponseSheets.Built built = ResponseSheets.build(
                List.of(
                        new Sheet(1, null, List.of(numeric("2", new AnswerInput.NumericValue(d("2400000"))))),
                        new Sheet(2, null, List.of(numeric("0", null)))),
                List.of());

        assertThat(response(built, 0, 2).answered()).isTrue();
        assertThat(response(built, 0, 2).maxPoints()).isEqualByComparingTo("2");
        assertThat(response(built, 1, 2).answered()).isFalse();
        assertThat(response(built, 1, 2).awardedPoints()).isEqualByComparingTo("0");
    }

    @Test
    void theOnlyEssayOfAnAttemptTakesTheAttemptsEssayMark() {
        ResponseSheets.Built built = ResponseSheets.build(
                List.of(
                        new Sheet(1, d("72.5"), List.of(essay(5, null, "我的方案……"))),
                        // A blank essay marked 0 is an omission, not merely a poor answer.
                        new Sheet(2, d("0"), List.of(essay(5, null, "   ")))),
                List.of());

        assertThat(response(built, 0, 5).awardedPoints()).isEqualByComparingTo("72.5");
        assertThat(response(built, 0, 5).answered()).isTrue();
        assertThat(response(built, 1, 5).answered()).isFalse();
        assertThat(built.unmarkedEssays()).isZero();
    }

    @Test
    void essaysWithoutAMarkOfTheirOwnAreLeftOutAndCounted() {
        ResponseSheets.Built built = ResponseSheets.build(
                List.of(
                        // Not marked yet.
                        new Sheet(1, null, List.of(single("1", 10L), essay(5, null, "text"))),
                        // Two essays marked only as a whole: neither can be scored on its own…
                        new Sheet(2, d("150"), List.of(essay(5, null, "a"), essay(6, null, "b"))),
                        // …unless an essay has its own mark.
                        new Sheet(3, d("150"), List.of(essay(5, d("90"), "a"), essay(6, null, "b")))),
                List.of(SINGLE));

        assertThat(built.unmarkedEssays()).isEqualTo(4);
        assertThat(built.responses().candidates().get(0).responses())
                .extracting(ItemResponse::itemId)
                .containsExactly(1L);
        assertThat(built.responses().candidates().get(1).responses()).isEmpty();
        assertThat(response(built, 2, 5).awardedPoints()).isEqualByComparingTo("90");
    }

    @Test
    void anObjectiveItemWithoutAScoreIsRefused() {
        List<Sheet> sheets = List.of(new Sheet(9, null, List.of(new Shown(1, ItemType.TRUE_FALSE, 1, null, null))));

        assertThatThrownBy(() -> ResponseSheets.build(sheets, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempt 9");
    }

    @Test
    void theBuiltResponsesAnalyseLikeHandWrittenOnes() {
        ResponseSheets.Built built = ResponseSheets.build(
                List.of(
                        new Sheet(
                                1, null, List.of(single("1", 10L), numeric("2", new AnswerInput.NumericValue(d("1"))))),
                        new Sheet(2, null, List.of(single("0", 11L), numeric("0", null)))),
                List.of(SINGLE));

        ItemAnalysisReport report = new ItemAnalysis().analyse(built.responses());

        assertThat(report.items()).extracting(ItemStatistics::facility).containsExactly(0.5, 0.5);
        assertThat(report.items().get(1).omitted()).isEqualTo(1);
        assertThat(report.items().get(0).options())
                .extracting(OptionStatistics::chosenBy)
                .containsExactly(1, 1, 0);
        assertThat(Set.copyOf(report.items().get(0).options().stream()
                        .map(OptionStatistics::key)
                        .toList()))
                .containsExactlyInAnyOrder(true, false);
    }
}
