package org.techbroker.certification.review;

import org.techbroker.courses.catalog.BilingualText;

/** An essay prompt of the bank with the divergence threshold its scripts get. */
public record PromptRow(
        String itemKey, BilingualText prompt, int maxPoints, int divergencePercent, boolean customised) {}
