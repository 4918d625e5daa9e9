package org.techbroker.certification.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What a candidate sends for one item: the options they chose, a number, or an essay text. */
public sealed interface AnswerInput {

    /** The chosen options of a choice item; an empty list clears the answer. */
    record Selected(List<Long> optionIds) implements AnswerInput {
        public Selected {
            optionIds = Objects.requireNonNull(optionIds, "optionIds").stream()
                    .sorted()
                    .toList();
        }
    }

    /** The answer to a numeric item. */
    record NumericValue(BigDecimal value) implements AnswerInput {
        public NumericValue {
            // 2.50 and 2.5 are one answer: saving either after the other changes nothing.
            value = Objects.requireNonNull(value, "value").stripTrailingZeros();
        }
    }

    /** The text of an essay. */
    record EssayText(String text) implements AnswerInput {
        public static final int MAX_LENGTH = 60_000;

        public EssayText {
            Objects.requireNonNull(text, "text");
        }
    }
}
