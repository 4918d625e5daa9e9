package org.techbroker.app.learn.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.app.learn.valuation.Inputs.Problem;

class InputsTest {

    private final Inputs inputs = new Inputs();

    @Test
    void readsEachKindOfField() {
        assertThat(inputs.number("cost", "2,400,000", Label.of("cost"))).isEqualByComparingTo("2400000");
        assertThat(inputs.percent("rate", "15", Label.of("rate"))).isEqualByComparingTo("0.15");
        assertThat(inputs.whole("years", "5", Label.of("years"))).isEqualTo(5);
        assertThat(inputs.optionalNumber("coefficient", "", Label.of("coefficient")))
                .isNull();
        assertThat(inputs.optionalNumber("coefficient", "1.05", Label.of("coefficient")))
                .isEqualByComparingTo("1.05");
        assertThat(inputs.hasProblems()).isFalse();
    }

    @Test
    void collectsEveryProblemWithItsFieldAndLabel() {
        BigDecimal missing = inputs.number("replacementCost", " ", Label.of("cost.label"));
        BigDecimal wrong = inputs.number("cashFlows:2:amount", "1,5", Label.of("cash_flow", 3));
        BigDecimal notPercent = inputs.percent("riskFreeRate", "three", Label.of("rate.label"));
        Integer notWhole = inputs.whole("levelYears", "2.5", Label.of("years.label"));
        BigDecimal tooLong = inputs.number("price", "1".repeat(25), Label.of("price.label"));

        assertThat(missing).isNull();
        assertThat(wrong).isNull();
        assertThat(notPercent).isNull();
        assertThat(notWhole).isNull();
        assertThat(tooLong).isNull();
        assertThat(inputs.hasProblems()).isTrue();
        assertThat(inputs.problems())
                .containsExactly(
                        new Problem("replacementCost", Inputs.REQUIRED, Label.of("cost.label")),
                        new Problem("cashFlows:2:amount", Inputs.NOT_A_NUMBER, Label.of("cash_flow", 3)),
                        new Problem("riskFreeRate", Inputs.NOT_A_PERCENTAGE, Label.of("rate.label")),
                        new Problem("levelYears", Inputs.NOT_A_WHOLE_NUMBER, Label.of("years.label")),
                        new Problem("price", Inputs.TOO_LONG, Label.of("price.label")));
    }

    @Test
    void anOptionalFieldTypedWrongIsStillAProblem() {
        assertThat(inputs.optionalNumber("coefficient", "x", Label.of("c"))).isNull();
        assertThat(inputs.problems()).extracting(Problem::key).containsExactly(Inputs.NOT_A_NUMBER);
    }
}
