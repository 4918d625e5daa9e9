package org.techbroker.certification.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techbroker.certification.registry.HolderNames;

class NameMatchTest {

    static final HolderNames NAMES = new HolderNames("张 伟", "Zhang Wei");

    @Test
    void matchesEitherNameIgnoringCaseSpacesAndWidth() {
        assertThat(NameMatch.matches("Zhang Wei", NAMES)).isTrue();
        assertThat(NameMatch.matches("zhangwei", NAMES)).isTrue();
        assertThat(NameMatch.matches("  ZHANG   WEI ", NAMES)).isTrue();
        assertThat(NameMatch.matches("Ｚｈａｎｇ　Ｗｅｉ", NAMES))
                .as("full-width letters and space")
                .isTrue();
        assertThat(NameMatch.matches("张伟", NAMES)).isTrue();
        assertThat(NameMatch.matches("张\u3000伟", NAMES)).isTrue();
    }

    @Test
    void anotherNameOrNothingDoesNotMatch() {
        assertThat(NameMatch.matches("Zhang Wen", NAMES)).isFalse();
        assertThat(NameMatch.matches("张", NAMES)).isFalse();
        assertThat(NameMatch.matches("   ", NAMES)).isFalse();
        assertThat(NameMatch.matches(null, NAMES)).isFalse();
    }
}
