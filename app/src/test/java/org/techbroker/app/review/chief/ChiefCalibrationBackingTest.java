package org.techbroker.app.review.chief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChiefCalibrationBackingTest {

    @Test
    void aShortReferenceScriptIsShownWhole() {
        String text = "a".repeat(ChiefCalibrationBacking.EXCERPT_LENGTH);

        assertThat(ChiefCalibrationBacking.excerpt(text)).isEqualTo(text);
    }

    @Test
    void aLongOneIsCutWithAnEllipsis() {
        String text = "b".repeat(ChiefCalibrationBacking.EXCERPT_LENGTH + 1);

        assertThat(ChiefCalibrationBacking.excerpt(text))
                .hasSize(ChiefCalibrationBacking.EXCERPT_LENGTH + 1)
                .endsWith("b…");
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "c".repeat(ChiefCalibrationBacking.EXCERPT_LENGTH - 1) + "𠀀" + "d";

        assertThat(ChiefCalibrationBacking.excerpt(text))
                .isEqualTo("c".repeat(ChiefCalibrationBacking.EXCERPT_LENGTH - 1) + "…");
    }
}
