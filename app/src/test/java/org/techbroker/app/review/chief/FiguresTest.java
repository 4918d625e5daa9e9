package org.techbroker.app.review.chief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void marksLoseTrailingZerosAndKeepAHalf() {
        assertThat(Figures.points(new BigDecimal("65.00"))).isEqualTo("65");
        assertThat(Figures.points(new BigDecimal("62.50"))).isEqualTo("62.5");
        assertThat(Figures.points(new BigDecimal("100.00"))).isEqualTo("100");
        assertThat(Figures.points(null)).isNull();
    }

    @Test
    void differencesCarryTheirSign() {
        assertThat(Figures.signedPoints(new BigDecimal("5.00"))).isEqualTo("+5");
        assertThat(Figures.signedPoints(new BigDecimal("-2.50"))).isEqualTo("-2.5");
        assertThat(Figures.signedPoints(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void statisticsAreWrittenAlikeInBothLanguagesAndUndefinedOnesNotAtAll() {
        assertThat(Figures.percent(OptionalDouble.of(72.5))).isEqualTo("72.5 %");
        assertThat(Figures.fractionPercent(OptionalDouble.of(0.5))).isEqualTo("50.0 %");
        assertThat(Figures.signedPercent(OptionalDouble.of(-5))).isEqualTo("-5.0");
        assertThat(Figures.signedPercent(OptionalDouble.of(5))).isEqualTo("+5.0");
        assertThat(Figures.coefficient(OptionalDouble.of(2.0 / 3))).isEqualTo("0.67");
        assertThat(Figures.coefficient(OptionalDouble.of(0.8))).isEqualTo("0.80");
        assertThat(Figures.coefficient(OptionalDouble.empty())).isNull();
        assertThat(Figures.percent(OptionalDouble.empty())).isNull();
    }
}
