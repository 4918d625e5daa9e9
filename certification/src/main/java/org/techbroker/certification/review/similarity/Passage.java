package org.techbroker.certification.review.similarity;

/**
 * Matching stretch: [startA,endA) in A's original text and [startB,endB) in B's original text
 * (char offsets into the strings given, so pages can cut them out).
 *
 * <p>A stretch starts at the first character of a word or ideograph and ends after the last one,
 * so surrounding punctuation stays out of it. It may contain a few words that differ between the
 * two texts: a copy with a word changed here and there is shown as one passage, not as fragments.
 */
public record Passage(int startA, int endA, int startB, int endB) {

    public Passage {
        if (startA < 0 || endA < startA || startB < 0 || endB < startB) {
            throw new IllegalArgumentException(
                    "Passage bounds out of order: [" + startA + "," + endA + ") [" + startB + "," + endB + ")");
        }
    }
}
