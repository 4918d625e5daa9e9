package org.techbroker.certification.review.similarity;

import java.util.Objects;

/**
 * One candidate's essay as the detector sees it: a key the caller chooses (an attempt id, say) and
 * the text exactly as submitted, because passages are reported as offsets into that text.
 */
public record Essay(String key, String text) {

    public Essay {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
