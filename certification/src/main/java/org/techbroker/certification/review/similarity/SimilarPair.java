package org.techbroker.certification.review.similarity;

import java.util.List;
import java.util.Objects;

/**
 * similarity = Jaccard index of the two essays' shingle sets, exact (0..1). keyA < keyB
 * lexicographically. passages ordered by startA, merged where adjacent/overlapping, longest first
 * is NOT required.
 *
 * <p>Passage offsets {@code startA}/{@code endA} refer to the text of the essay with {@code keyA},
 * {@code startB}/{@code endB} to that of {@code keyB}. A pair can be similar without passages long
 * enough to show, when what the essays share is scattered in short pieces.
 */
public record SimilarPair(String keyA, String keyB, double similarity, List<Passage> passages) {

    public SimilarPair {
        Objects.requireNonNull(keyA, "keyA");
        Objects.requireNonNull(keyB, "keyB");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("Similarity outside [0, 1]: " + similarity);
        }
        passages = List.copyOf(passages);
    }
}
