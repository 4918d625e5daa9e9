package org.techbroker.certification.review.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An essay as the set of its shingles, the overlapping runs of consecutive tokens that two texts
 * share only when one was copied from the other or both quote the same source.
 *
 * <p>A shingle starts at every token and takes as many tokens as it needs to weigh at least
 * {@value #SHINGLE_WEIGHT}: three words, five ideographs, or a mixture such as a word and four
 * ideographs. Three words is a common choice for student essays: two-word shingles ("technology transfer",
 * "the patent") are shared by any two answers to the same question, while with four or more a
 * lightly edited copy keeps too few of its shingles, since each changed word breaks every shingle
 * that spans it. Five ideographs are the same amount of text in Chinese; three would match set
 * phrases such as 技术转 and 术转移 in every essay of the sitting. Tokens too few to weigh one
 * shingle give none, so a text of a few words is never taken for a copy.
 *
 * <p>Shingles are 64-bit hashes. Among the few million shingles of a sitting of a thousand essays,
 * two different ones share a hash with a probability below one in a million, so the set of hashes
 * stands for the set of shingles.
 */
final class ShingledEssay {

    static final int SHINGLE_WEIGHT = 3 * EssayTokens.WORD_WEIGHT;

    /** A shingle repeated more often in one essay is filler, not evidence of where it came from. */
    static final int MAX_POSITIONS_PER_SHINGLE = 32;

    private final EssayTokens tokens;
    private final long[] shingleAt;
    private final int[] shingleEnd;
    private final int count;
    private final long[] distinct;
    private Map<Long, List<Integer>> positions;

    private ShingledEssay(EssayTokens tokens, long[] shingleAt, int[] shingleEnd, int count) {
        this.tokens = tokens;
        this.shingleAt = shingleAt;
        this.shingleEnd = shingleEnd;
        this.count = count;
        long[] sorted = Arrays.copyOf(shingleAt, count);
        Arrays.sort(sorted);
        int distinctCount = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinctCount++] = sorted[i];
            }
        }
        this.distinct = distinctCount == count ? sorted : Arrays.copyOf(sorted, distinctCount);
    }

    static ShingledEssay of(String text) {
        EssayTokens tokens = EssayTokens.of(text);
        int size = tokens.size();
        long[] hashes = new long[size];
        int[] ends = new int[size];
        int count = 0;
        int end = 0;
        int weight = 0;
        for (int first = 0; first < size; first++) {
            while (end < size && weight < SHINGLE_WEIGHT) {
                weight += tokens.weight(end);
                end++;
            }
            if (weight < SHINGLE_WEIGHT) {
                break;
            }
            long hash = 0x9e3779b97f4a7c15L;
            for (int token = first; token < end; token++) {
                hash = (Long.rotateLeft(hash, 27) ^ tokens.hash(token)) * 0x9e3779b97f4a7c15L;
            }
            hashes[count] = EssayTokens.mix(hash);
            ends[count] = end;
            count++;
            weight -= tokens.weight(first);
        }
        return new ShingledEssay(tokens, hashes, ends, count);
    }

    EssayTokens tokens() {
        return tokens;
    }

    /** The number of shingle positions; shingle {@code i} starts at token {@code i}. */
    int positions() {
        return count;
    }

    long shingleAt(int position) {
        return shingleAt[position];
    }

    /** The token just after the last one of the shingle at {@code position}. */
    int shingleEnd(int position) {
        return shingleEnd[position];
    }

    /** The distinct shingle hashes, ascending. */
    long[] distinctShingles() {
        return distinct;
    }

    boolean isEmpty() {
        return distinct.length == 0;
    }

    /** The positions where the shingle occurs, the first few if it recurs often; empty if it does not. */
    List<Integer> positionsOf(long shingle) {
        if (positions == null) {
            positions = new HashMap<>(count * 2);
            for (int position = 0; position < count; position++) {
                List<Integer> list = positions.computeIfAbsent(shingleAt[position], key -> new ArrayList<>(1));
                if (list.size() < MAX_POSITIONS_PER_SHINGLE) {
                    list.add(position);
                }
            }
        }
        return positions.getOrDefault(shingle, List.of());
    }

    double jaccard(ShingledEssay other) {
        return jaccard(distinct, other.distinct);
    }

    /** The Jaccard index of two sets of shingle hashes, each distinct and ascending, by a merge. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
