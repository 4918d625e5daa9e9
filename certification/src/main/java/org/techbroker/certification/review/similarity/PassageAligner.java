package org.techbroker.certification.review.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches two similar essays share, for the examiner to read side by side.
 *
 * <p>A run is a stretch of consecutive shingles of A that occur, in the same order and just as
 * consecutively, in B; its tokens are then the same in both texts. A is read from start to end,
 * taking at each shingle the longest run that starts there (where B repeats the shingle, among its
 * first {@value ShingledEssay#MAX_POSITIONS_PER_SHINGLE} places) and going on after it, so every
 * part of A is paired with at most one place in B, while B may lend one place to several parts of
 * A when A repeats what it copied. Runs that follow one another in both texts with at most one
 * shingle's weight of different text between them, in either essay, are joined into one passage:
 * a copy with a word changed here and there reads as one passage, not as fragments, while
 * stretches copied in another order stay separate passages, each paired with its own place in B.
 * Passages whose matching tokens weigh less than {@value #MIN_PASSAGE_WEIGHT} (eight words, or
 * fourteen ideographs) are left out: shorter agreements are set phrases and quotations of the
 * question as often as copies.
 *
 * <p>The work grows with the lengths of the two essays, not with their product, even for texts
 * that repeat themselves: each shingle of A is looked for in an index of B, and A's reading moves
 * past every run it follows.
 */
final class PassageAligner {

    static final int MIN_PASSAGE_WEIGHT = 8 * EssayTokens.WORD_WEIGHT;
    static final int MAX_GAP_WEIGHT = ShingledEssay.SHINGLE_WEIGHT;

    private PassageAligner() {}

    static List<Passage> passages(ShingledEssay a, ShingledEssay b) {
        EssayTokens tokensA = a.tokens();
        EssayTokens tokensB = b.tokens();
        List<Passage> passages = new ArrayList<>();
        Joined current = null;
        for (Stretch piece : runs(a, b)) {
            if (current != null && current.canTake(piece, tokensA, tokensB)) {
                current.take(piece, tokensA);
            } else {
                addIfLongEnough(current, tokensA, tokensB, passages);
                current = new Joined(piece, tokensA);
            }
        }
        addIfLongEnough(current, tokensA, tokensB, passages);
        return passages;
    }

    /**
     * The runs of shared shingles from the start of A to its end, as token stretches of A that do
     * not overlap, each with its shift to the same tokens in B.
     */
    private static List<Stretch> runs(ShingledEssay a, ShingledEssay b) {
        List<Stretch> runs = new ArrayList<>();
        int positionsA = a.positions();
        int positionsB = b.positions();
        int claimedUpTo = 0;
        int previousShift = Integer.MIN_VALUE;
        int i = 0;
        while (i < positionsA) {
            int bestLength = 0;
            int bestShift = 0;
            for (int j : b.positionsOf(a.shingleAt(i))) {
                int length = 1;
                while (i + length < positionsA
                        && j + length < positionsB
                        && a.shingleAt(i + length) == b.shingleAt(j + length)) {
                    length++;
                }
                // On a tie, staying on the previous run's line keeps a passage in one place of B.
                if (length > bestLength || (length == bestLength && j - i == previousShift)) {
                    bestLength = length;
                    bestShift = j - i;
                }
            }
            if (bestLength == 0) {
                i++;
                continue;
            }
            // Shingle i starts at token i, so the run's tokens in B are those of A shifted by j − i.
            int start = Math.max(i, claimedUpTo);
            int end = a.shingleEnd(i + bestLength - 1);
            if (start < end) {
                runs.add(new Stretch(start, end, bestShift));
                claimedUpTo = end;
            }
            previousShift = bestShift;
            // Every candidate's run ends by here, so the work for A is bounded by its length times
            // the few places a shingle is looked for in B, never by the product of the lengths.
            i += bestLength;
        }
        return runs;
    }

    private static void addIfLongEnough(
            Joined joined, EssayTokens tokensA, EssayTokens tokensB, List<Passage> passages) {
        if (joined != null && joined.matchedWeight >= MIN_PASSAGE_WEIGHT) {
            passages.add(new Passage(
                    tokensA.start(joined.startA),
                    tokensA.end(joined.endA - 1),
                    tokensB.start(joined.startB),
                    tokensB.end(joined.endB - 1)));
        }
    }

    /** Tokens [startA, endA) of A, the same as tokens [startA + shift, endA + shift) of B. */
    private record Stretch(int startA, int endA, int shift) {}

    /** Stretches joined across small differences; token bounds in A and in B. */
    private static final class Joined {

        private final int startA;
        private final int startB;
        private int endA;
        private int endB;
        private int matchedWeight;

        Joined(Stretch first, EssayTokens tokensA) {
            startA = first.startA();
            endA = first.endA();
            startB = first.startA() + first.shift();
            endB = first.endA() + first.shift();
            matchedWeight = tokensA.weight(first.startA(), first.endA());
        }

        boolean canTake(Stretch next, EssayTokens tokensA, EssayTokens tokensB) {
            int nextStartB = next.startA() + next.shift();
            return nextStartB >= startB
                    && tokensA.weight(endA, next.startA()) <= MAX_GAP_WEIGHT
                    && tokensB.weight(endB, nextStartB) <= MAX_GAP_WEIGHT;
        }

        void take(Stretch next, EssayTokens tokensA) {
            endA = next.endA();
            endB = Math.max(endB, next.endA() + next.shift());
            matchedWeight += tokensA.weight(next.startA(), next.endA());
        }
    }
}
