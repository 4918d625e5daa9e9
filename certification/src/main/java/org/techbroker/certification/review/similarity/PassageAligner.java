package org.techbroker.certification.review.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the stretches two similar essays share, for the examiner to read side by side.
 *
 * <p>A run is a maximal stretch of consecutive shingles of A that occur, in the same order and
 * just as consecutively, in B; its tokens are then the same in both texts. Runs are taken longest
 * first, each keeping only the part of A that no longer run has claimed, so every part of A is
 * paired with one place in B (B may lend one place to several parts of A, when A repeats what it
 * copied). Runs that follow one another in both texts with at most one shingle's weight of
 * different text between them, in either essay, are joined into one passage: a copy with a word
 * changed here and there reads as one passage, not as fragments. Passages whose matching tokens
 * weigh less than {@value #MIN_PASSAGE_WEIGHT} (eight words, or fourteen ideographs) are left out:
 * shorter agreements are set phrases and quotations of the question as often as copies.
 *
 * <p>The work grows with the lengths of the two essays, not with their product: each shingle of A
 * is looked up in an index of B, and a run is followed from its start only.
 */
final class PassageAligner {

    static final int MIN_PASSAGE_WEIGHT = 8 * EssayTokens.WORD_WEIGHT;
    static final int MAX_GAP_WEIGHT = ShingledEssay.SHINGLE_WEIGHT;

    private PassageAligner() {}

    static List<Passage> passages(ShingledEssay a, ShingledEssay b) {
        List<Stretch> pieces = claimLongestFirst(runs(a, b), a.tokens().size());
        pieces.sort(Comparator.comparingInt(Stretch::startA));
        EssayTokens tokensA = a.tokens();
        EssayTokens tokensB = b.tokens();
        List<Passage> passages = new ArrayList<>();
        Joined current = null;
        for (Stretch piece : pieces) {
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

    /** Every maximal diagonal run of shared shingles, as token stretches of A and B. */
    private static List<Stretch> runs(ShingledEssay a, ShingledEssay b) {
        List<Stretch> runs = new ArrayList<>();
        int positionsA = a.positions();
        int positionsB = b.positions();
        for (int i = 0; i < positionsA; i++) {
            long shingle = a.shingleAt(i);
            for (int j : b.positionsOf(shingle)) {
                if (i > 0 && j > 0 && a.shingleAt(i - 1) == b.shingleAt(j - 1)) {
                    continue; // the run through (i, j) started earlier on the same diagonal
                }
                int length = 1;
                while (i + length < positionsA
                        && j + length < positionsB
                        && a.shingleAt(i + length) == b.shingleAt(j + length)) {
                    length++;
                }
                // Shingle i starts at token i, so the run's tokens in B are those of A shifted by j − i.
                runs.add(new Stretch(i, a.shingleEnd(i + length - 1), j - i));
            }
        }
        return runs;
    }

    private static List<Stretch> claimLongestFirst(List<Stretch> runs, int tokensA) {
        runs.sort(Comparator.comparingInt((Stretch run) -> run.startA() - run.endA())
                .thenComparingInt(Stretch::startA)
                .thenComparingInt(Stretch::shift));
        boolean[] claimed = new boolean[tokensA];
        List<Stretch> pieces = new ArrayList<>();
        for (Stretch run : runs) {
            int token = run.startA();
            while (token < run.endA()) {
                while (token < run.endA() && claimed[token]) {
                    token++;
                }
                int pieceStart = token;
                while (token < run.endA() && !claimed[token]) {
                    claimed[token] = true;
                    token++;
                }
                if (token > pieceStart) {
                    pieces.add(new Stretch(pieceStart, token, run.shift()));
                }
            }
        }
        return pieces;
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
