package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.courses.valuation.Valuations.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrecisionTest {

    @Test
    void roundsMoneyToCentsAndFactorsToSixDecimalsHalfEven() {
        // Half-even: a tie goes to the even neighbour, so ties do not bias sums upward.
        assertThat(Precision.money(d("50.125"))).isEqualByComparingTo("50.12").hasScaleOf(2);
        assertThat(Precision.money(d("50.135"))).isEqualByComparingTo("50.14");
        assertThat(Precision.money(d("-50.125"))).isEqualByComparingTo("-50.12");
        assertThat(Precision.money(d("7"))).hasToString("7.00");
        assertThat(Precision.factor(d("0.0679611650"))).hasToString("0.067961");
        assertThat(Precision.factor(d("0.0000005"))).hasToString("0.000000");
        assertThat(Precision.factor(d("0.0000015"))).hasToString("0.000002");
    }

    @Test
    void calculatesAtThirtyFourDigits() {
        assertThat(Precision.CALCULATION.getPrecision()).isEqualTo(34);
    }

    @Test
    void exponentialMatchesReferenceValuesToThirtyDigits() {
        // Reference values from mpmath at 40 digits.
        assertThat(Decimals.exp(d("0.3"))
                        .subtract(d("1.349858807576003103983744313328007330378"))
                        .abs())
                .isLessThan(d("1e-30"));
        assertThat(Decimals.exp(d("-2.5"))
                        .subtract(d("0.0820849986238987951695286744671598078378"))
                        .abs())
                .isLessThan(d("1e-30"));
        assertThat(Decimals.exp(BigDecimal.TEN)
                        .subtract(d("22026.46579480671651695790064528424436635"))
                        .abs())
                .isLessThan(d("1e-26"));
        assertThat(Decimals.exp(BigDecimal.ZERO)).isEqualByComparingTo("1");
    }

    @Test
    void raisesToHalfPowersForTheMidYearConvention() {
        // 1.21^1.5 = 1.331 exactly.
        assertThat(Decimals.powWholeOrHalf(d("1.21"), d("1.5"))
                        .subtract(d("1.331"))
                        .abs())
                .isLessThan(d("1e-30"));
        assertThat(Decimals.powWholeOrHalf(d("1.1"), d("2"))).isEqualByComparingTo("1.21");
    }
}
