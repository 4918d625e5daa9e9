package org.techbroker.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MyAgreementBackingTest {

    @Test
    void figuresReadTheSameInBothLanguagesAndUndefinedOnesReadAsADash() {
        assertThat(MyAgreementBacking.text(OptionalDouble.of(77.5), MyAgreementBacking::percent))
                .isEqualTo("77.5%");
        assertThat(MyAgreementBacking.text(OptionalDouble.of(0.25), MyAgreementBacking::fraction))
                .isEqualTo("25.0%");
        assertThat(MyAgreementBacking.text(OptionalDouble.of(0.7123), MyAgreementBacking::coefficient))
                .isEqualTo("0.71");
        assertThat(MyAgreementBacking.text(OptionalDouble.empty(), MyAgreementBacking::coefficient))
                .isEqualTo("—");
    }

    @Test
    void severityIsSignedAndZeroIsNeitherSevereNorLenient() {
        assertThat(MyAgreementBacking.signed(5)).isEqualTo("+5.0");
        assertThat(MyAgreementBacking.signed(-3.25)).isEqualTo("\u22123.3");
        assertThat(MyAgreementBacking.signed(-0.01)).isEqualTo("±0.0");
        assertThat(MyAgreementBacking.signed(0)).isEqualTo("±0.0");
    }
}
