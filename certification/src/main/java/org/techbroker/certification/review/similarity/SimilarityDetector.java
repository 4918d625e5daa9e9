package org.techbroker.certification.review.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the essays of one sitting that are near-duplicates of each other, for the chief examiner
 * to read side by side.
 *
 * <p>Similarity is the Jaccard index of the two essays' shingle sets (see {@link ShingledEssay}):
 * the shingles they share over the shingles either has. It is computed exactly for every pair that
 * MinHash banding puts forward (see {@link MinHashBands}), so a reported value never varies with
 * the sampling; the sampling only decides which pairs are measured, and misses a pair exactly at
 * the threshold at most one time in a hundred, one comfortably above it practically never. An
 * essay without a single shingle (blank, or a few words) is similar to nothing.
 *
 * <p>A detector holds no state between calls and may be shared.
 */
public final class SimilarityDetector {

    /**
     * Flags a pair when at least 30% of their combined shingles are shared. A candidate who copies
     * and changes one word in every six or seven still reaches it (with shingles of three words,
     * each change breaks three shingles of both texts: (6.5 − 3) ÷ (6.5 + 3) ≈ 0.37), and so do two
     * essays of equal length of which a little under half is the same text (0.46 ÷ 1.54 ≈ 0.3).
     * Independently written answers to one question stay far below: the test essays on technology
     * transfer, written to share the question's vocabulary, reach 0.01 at most, in English, in
     * Chinese and in a mixture of the two.
     *
     * <p>A lower threshold costs time as well as the examiner's attention: below about 0.27,
     * MinHash banding must fall back to bands of a single value to keep its recall, and then nearly
     * every pair of answers to one question becomes a candidate to measure. A paragraph pasted into
     * a much longer essay is diluted below 0.3; to look for that, compare the essays of a few
     * candidates with a lower threshold, or use {@link #compare}.
     */
    public static final double DEFAULT_THRESHOLD = 0.3;

    private final double threshold;
    private final MinHashBands bands;

    public SimilarityDetector() {
        this(DEFAULT_THRESHOLD);
    }

    public SimilarityDetector(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("Similarity threshold outside (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.bands = new MinHashBands(threshold);
    }

    public double threshold() {
        return threshold;
    }

    /** Pairs whose similarity reaches the threshold, highest first. Deterministic (fixed hash seeds). */
    public List<SimilarPair> similarPairs(List<Essay> essays) {
        requireDistinctKeys(essays);
        int count = essays.size();
        // Only the shingle sets are kept for the whole sitting; tokens are rebuilt for the few
        // essays whose passages are wanted.
        List<long[]> shingleSets = new ArrayList<>(count);
        List<long[]> signatures = new ArrayList<>(count);
        for (Essay essay : essays) {
            long[] shingles = ShingledEssay.of(essay.text()).distinctShingles();
            shingleSets.add(shingles);
            signatures.add(shingles.length == 0 ? null : bands.signature(shingles));
        }
        Map<Integer, ShingledEssay> flagged = new HashMap<>();
        List<SimilarPair> pairs = new ArrayList<>();
        for (long candidate : bands.candidatePairs(signatures)) {
            int first = (int) (candidate / count);
            int second = (int) (candidate % count);
            double similarity = ShingledEssay.jaccard(shingleSets.get(first), shingleSets.get(second));
            if (similarity >= threshold) {
                ShingledEssay shingledFirst = flagged.computeIfAbsent(
                        first, i -> ShingledEssay.of(essays.get(i).text()));
                ShingledEssay shingledSecond = flagged.computeIfAbsent(
                        second, i -> ShingledEssay.of(essays.get(i).text()));
                pairs.add(pair(essays.get(first), shingledFirst, essays.get(second), shingledSecond, similarity));
            }
        }
        pairs.sort(Comparator.comparingDouble(SimilarPair::similarity)
                .reversed()
                .thenComparing(SimilarPair::keyA)
                .thenComparing(SimilarPair::keyB));
        return pairs;
    }

    /**
     * The exact similarity of two essays and the passages they share, whatever the threshold: for
     * an examiner who wants to compare two essays the detector did not pair, or to see why it did.
     */
    public SimilarPair compare(Essay first, Essay second) {
        if (first.key().equals(second.key())) {
            throw new IllegalArgumentException("Two essays with one key: " + first.key());
        }
        ShingledEssay shingledFirst = ShingledEssay.of(first.text());
        ShingledEssay shingledSecond = ShingledEssay.of(second.text());
        return pair(first, shingledFirst, second, shingledSecond, shingledFirst.jaccard(shingledSecond));
    }

    private static SimilarPair pair(
            Essay first, ShingledEssay shingledFirst, Essay second, ShingledEssay shingledSecond, double similarity) {
        if (first.key().compareTo(second.key()) > 0) {
            return pair(second, shingledSecond, first, shingledFirst, similarity);
        }
        List<Passage> passages = similarity > 0 ? PassageAligner.passages(shingledFirst, shingledSecond) : List.of();
        return new SimilarPair(first.key(), second.key(), similarity, passages);
    }

    private static void requireDistinctKeys(List<Essay> essays) {
        Set<String> keys = new HashSet<>();
        for (Essay essay : essays) {
            if (!keys.add(essay.key())) {
                throw new IllegalArgumentException("Two essays with one key: " + essay.key());
            }
        }
    }
}
