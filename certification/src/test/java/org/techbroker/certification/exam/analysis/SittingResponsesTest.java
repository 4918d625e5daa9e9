package org.techbroker.certification.exam.analysis;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.techbroker.certification.exam.analysis.Responses.candidate;
import static org.techbroker.certification.exam.analysis.Responses.chose;
import static org.techbroker.certification.exam.analysis.Responses.d;
import static org.techbroker.certification.exam.analysis.Responses.point;
import static org.techbroker.certification.exam.analysis.Responses.scored;
import static org.techbroker.certification.exam.analysis.Responses.sitting;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SittingResponsesTest {

    private static final ChoiceItem ITEM_10 =
            new ChoiceItem(10, List.of(new ChoiceOption(101, true), new ChoiceOption(102, false)));

    @Test
    void anItemIsScoredOutOfOneMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sitting(candidate(1, scored(7, "5", "10")), candidate(2, scored(7, "5", "20"))))
                .withMessage("Item 7 is scored out of both 10 and 20");
    }

    @Test
    void aSelectedOptionMustBeDeclared() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SittingResponses(List.of(candidate(1, chose(10, 0, 109L))), List.of(ITEM_10)))
                .withMessage("Item 10 has no declared option 109");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SittingResponses(List.of(candidate(1, chose(11, 0, 111L))), List.of(ITEM_10)))
                .withMessage("Item 11 has no declared option 111");
    }

    @Test
    void pointsStayWithinTheMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scored(7, "10.01", "10"))
                .withMessage("Item 7 awards 10.01 outside 0 to 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scored(7, "0", "0"))
                .withMessage("Item 7 has maximum points 0");
    }

    @Test
    void aCandidateAndTheirResponsesAreEachCountedOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sitting(candidate(1, point(1, 1)), candidate(1, point(1, 0))))
                .withMessage("Candidate 1 appears twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> candidate(1, point(1, 1), point(1, 0)))
                .withMessage("Candidate 1 has two responses to item 1");
    }

    @Test
    void selectedOptionsMeanAnswered() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ItemResponse(10, d("1"), d("1"), Set.of(101L), false))
                .withMessage("Item 10 has selected options but is not answered");
    }
}
