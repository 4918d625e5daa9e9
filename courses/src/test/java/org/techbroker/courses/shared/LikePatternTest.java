package org.techbroker.courses.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void findsTheTextAnywhereInLowerCase() {
        assertThat(LikePattern.containing("Patent")).isEqualTo("%patent%");
        assertThat(LikePattern.containing("技术合同")).isEqualTo("%技术合同%");
    }

    @Test
    void escapesTheWildcardsOfTheTextSoTheyMatchThemselves() {
        assertThat(LikePattern.containing("100%_a!b")).isEqualTo("%100!%!_a!!b%");
    }
}
