package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techbroker.courses.valuation.Valuations.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckTest {

    private final AnswerCheck rule = AnswerCheck.VALUATION;

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        // The income lesson's drying process: 3,944,105.53; 0.5 % of it is 19,720.53. The hand-worked
        // 3,944,000 (four-decimal factors, as the lesson's table) is right.
        "3944000, 3944105.53, true",
        "3944105.53, 3944105.53, true",
        "3963826.05, 3944105.53, true",
        "3924385.01, 3944105.53, true",
        // Just beyond 0.5 % on either side.
        "3963826.06, 3944105.53, false",
        "3924385.00, 3944105.53, false",
        // Mid-year instead of end-of-year discounting: 7 % more, wrong.
        "4229500.00, 3944105.53, false",
        // Small figures: 1 yuan, not 0.5 %, decides.
        "8.13, 7.14, true",
        "6.14, 7.14, true",
        "8.15, 7.14, false",
        "1, 0, true",
        "-1.01, 0, false",
        // Negative figures (a static NPV) are measured by their size.
        "-205000, -205331.10, true",
        "205331.10, -205331.10, false"
    })
    void acceptsAnswersWithinHalfAPercentOrOneYuan(String answer, String expected, boolean correct) {
        assertThat(rule.accepts(d(answer), d(expected))).isEqualTo(correct);
    }

    @Test
    void aDifferenceExactlyAtTheToleranceIsRight() {
        // 0.5 % of 1,000 is 5.
        assertThat(rule.accepts(d("1005"), d("1000"))).isTrue();
        assertThat(rule.accepts(d("995"), d("1000"))).isTrue();
        assertThat(rule.accepts(d("1005.000001"), d("1000"))).isFalse();
    }

    @Test
    void theVerdictExplainsItself() {
        var verdict = rule.check(d("1100"), d("1000"));

        assertThat(verdict.correct()).isFalse();
        assertThat(verdict.answer()).isEqualByComparingTo("1100");
        assertThat(verdict.expected()).isEqualByComparingTo("1000");
        assertThat(verdict.difference()).isEqualByComparingTo("100");
        assertThat(verdict.tolerance()).isEqualByComparingTo("5");
    }

    @Test
    void theToleranceIsTheLargerOfItsTwoParts() {
        assertThat(rule.toleranceFor(d("100"))).isEqualByComparingTo("1");
        assertThat(rule.toleranceFor(d("200"))).isEqualByComparingTo("1");
        assertThat(rule.toleranceFor(d("400"))).isEqualByComparingTo("2");
        assertThat(rule.toleranceFor(d("-400"))).isEqualByComparingTo("2");
    }

    @Test
    void anAbsoluteRuleIsTheFixedToleranceOfAPracticeItem() {
        // As PracticeItem states a numeric item: answer 12.5, tolerance 0.05.
        var item = AnswerCheck.absolute(d("0.05"));

        assertThat(item.accepts(d("12.55"), d("12.5"))).isTrue();
        assertThat(item.accepts(d("12.45"), d("12.5"))).isTrue();
        assertThat(item.accepts(d("12.56"), d("12.5"))).isFalse();
        assertThat(item.toleranceFor(d("1000000"))).isEqualByComparingTo("0.05");
        assertThat(AnswerCheck.absolute(BigDecimal.ZERO).accepts(d("3.0"), d("3")))
                .isTrue();
        assertThat(AnswerCheck.absolute(BigDecimal.ZERO).accepts(d("3.01"), d("3")))
                .isFalse();
    }

    @Test
    void refusesANegativeToleranceAndMissingFigures() {
        assertThatThrownBy(() -> new AnswerCheck(d("-0.01"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCheck.absolute(d("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.check(null, d("1"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> rule.check(d("1"), null)).isInstanceOf(NullPointerException.class);
    }
}
