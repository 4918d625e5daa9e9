package org.techbroker.courses.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AccountIdTest {

    @Test
    void equalIdsAreEqualAndPrintAsTheirNumber() {
        assertThat(new AccountId(42)).isEqualTo(new AccountId(42)).hasToString("42");
        assertThat(new AccountId(42)).isNotEqualTo(new AccountId(43));
    }

    @Test
    void refusesZeroAndNegativeValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountId(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountId(-7));
    }
}
