package org.techbroker.app.review.chief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.app.review.chief.HighlightedText.Range;
import org.techbroker.app.review.chief.HighlightedText.Segment;

class HighlightedTextTest {

    private static final String ESSAY = "Licensing first. Then the contract. Finally, the fee.";

    @Test
    void cutsTheEssayIntoPlainAndMatchingStretchesInOrder() {
        List<Segment> segments = HighlightedText.cut(ESSAY, List.of(new Range(17, 34), new Range(45, 52)));

        assertThat(segments)
                .containsExactly(
                        new Segment("Licensing first. ", false),
                        new Segment("Then the contract", true),
                        new Segment(". Finally, ", false),
                        new Segment("the fee", true),
                        new Segment(".", false));
    }

    @Test
    void overlappingAndUnorderedRangesBecomeOneStretch() {
        List<Segment> segments = HighlightedText.cut(ESSAY, List.of(new Range(22, 34), new Range(17, 26)));

        assertThat(segments)
                .containsExactly(
                        new Segment("Licensing first. ", false),
                        new Segment("Then the contract", true),
                        new Segment(". Finally, the fee.", false));
    }

    @Test
    void touchingRangesMergeAndAWholeMatchLeavesNoPlainText() {
        assertThat(HighlightedText.cut("技术合同应当采用书面形式", List.of(new Range(0, 4), new Range(4, 12))))
                .containsExactly(new Segment("技术合同应当采用书面形式", true));
    }

    @Test
    void rangesBeyondTheTextAreCutToItAndEmptyOnesIgnored() {
        assertThat(HighlightedText.cut("short", List.of(new Range(3, 99), new Range(2, 2), new Range(40, 50))))
                .containsExactly(new Segment("sho", false), new Segment("rt", true));
    }

    @Test
    void noRangesLeaveTheEssayPlainAndAnEmptyEssayHasNoSegments() {
        assertThat(HighlightedText.cut(ESSAY, List.of())).containsExactly(new Segment(ESSAY, false));
        assertThat(HighlightedText.cut("", List.of(new Range(0, 3)))).isEmpty();
    }

    @Test
    void markupInTheEssayStaysText() {
        assertThat(HighlightedText.cut("a <b>bold</b> claim", List.of(new Range(2, 13))))
                .extracting(Segment::text)
                .containsExactly("a ", "<b>bold</b>", " claim");
    }
}
