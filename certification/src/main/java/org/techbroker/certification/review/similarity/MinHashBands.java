package org.techbroker.certification.review.similarity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Finds the pairs of essays worth measuring without measuring them all: a sitting of a thousand
 * essays has half a million pairs, nearly all of them plainly unrelated.
 *
 * <p>Each essay gets a MinHash signature of {@value #FUNCTIONS} values: for each of as many hash
 * functions, the least hash of its shingles. Two essays agree on a value with a probability equal
 * to the Jaccard index of their shingle sets. The signature is cut into bands of a few values, and
 * essays that agree on a whole band become a candidate pair. With {@code r} values per band and
 * {@code b} bands, a pair of similarity {@code s} becomes a candidate with probability
 * {@code 1 − (1 − s^r)^b}; {@code r} is the largest that still catches a pair exactly at the
 * threshold with probability at least {@value #RECALL_AT_THRESHOLD}, so that as few unrelated pairs
 * as possible get through. For the default threshold of 0.3 that is two values in each of 64 bands:
 * a pair at 0.3 is caught with probability 0.998, one at 0.4 with 0.99999, while two essays on the
 * same question sharing 3% of their shingles become a candidate only one time in eighteen.
 * Candidates are then measured exactly, so a band that agrees by chance costs time, not accuracy.
 *
 * <p>The hash functions are drawn from a fixed seed: the same essays give the same signatures, and
 * the same pairs, on every run.
 */
final class MinHashBands {

    static final int FUNCTIONS = 128;
    static final double RECALL_AT_THRESHOLD = 0.99;
    private static final long SEED = 0x5eed_2024_e55a_7L;

    private final long[] multipliers = new long[FUNCTIONS];
    private final long[] addends = new long[FUNCTIONS];
    private final int rowsPerBand;
    private final int bands;

    MinHashBands(double threshold) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int f = 0; f < FUNCTIONS; f++) {
            multipliers[f] = random.nextLong() | 1;
            addends[f] = random.nextLong();
        }
        this.rowsPerBand = rowsPerBand(threshold);
        this.bands = FUNCTIONS / rowsPerBand;
    }

    /** The most values per band that still catch a pair at the threshold often enough. */
    static int rowsPerBand(double threshold) {
        for (int rows = FUNCTIONS; rows > 1; rows--) {
            if (probabilityOfCandidate(threshold, rows, FUNCTIONS / rows) >= RECALL_AT_THRESHOLD) {
                return rows;
            }
        }
        return 1;
    }

    static double probabilityOfCandidate(double similarity, int rows, int bands) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }

    int rowsPerBand() {
        return rowsPerBand;
    }

    int bands() {
        return bands;
    }

    /**
     * The signature of a non-empty set of shingle hashes. The shingle hashes are already well
     * mixed, so each function is a multiply-add (a bijection on 64 bits) with a shift to bring the
     * well-mixed high bits down, cheap enough for a million shingles times {@value #FUNCTIONS}.
     */
    long[] signature(long[] shingles) {
        long[] signature = new long[FUNCTIONS];
        for (int f = 0; f < FUNCTIONS; f++) {
            long multiplier = multipliers[f];
            long addend = addends[f];
            long least = Long.MAX_VALUE;
            for (long shingle : shingles) {
                long value = shingle * multiplier + addend;
                value ^= value >>> 29;
                least = Math.min(least, value);
            }
            signature[f] = least;
        }
        return signature;
    }

    /**
     * The pairs of signatures that agree on at least one band, as {@code first * count + second}
     * with {@code first < second} indices into the list; a null signature is never paired.
     */
    Set<Long> candidatePairs(List<long[]> signatures) {
        int count = signatures.size();
        Set<Long> pairs = new HashSet<>();
        long[] keys = new long[count];
        Integer[] order = new Integer[count];
        for (int band = 0; band < bands; band++) {
            int present = 0;
            for (int essay = 0; essay < count; essay++) {
                long[] signature = signatures.get(essay);
                if (signature != null) {
                    keys[essay] = bandKey(signature, band);
                    order[present++] = essay;
                }
            }
            Arrays.sort(order, 0, present, (x, y) -> Long.compare(keys[x], keys[y]));
            int runStart = 0;
            for (int i = 1; i <= present; i++) {
                if (i == present || keys[order[i]] != keys[order[runStart]]) {
                    for (int x = runStart; x < i; x++) {
                        for (int y = x + 1; y < i; y++) {
                            int first = Math.min(order[x], order[y]);
                            int second = Math.max(order[x], order[y]);
                            pairs.add((long) first * count + second);
                        }
                    }
                    runStart = i;
                }
            }
        }
        return pairs;
    }

    private long bandKey(long[] signature, int band) {
        long key = band;
        for (int row = band * rowsPerBand; row < (band + 1) * rowsPerBand; row++) {
            key = EssayTokens.mix(key * 0x9e3779b97f4a7c15L + signature[row]);
        }
        return key;
    }
}
