package org.techbroker.certification.review.similarity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * An essay's text as the stream of tokens it is compared by, each remembering the characters of
 * the original text it came from, so that a match found among tokens can be shown in the text the
 * candidate wrote.
 *
 * <p>Each ideograph is a token of its own, because Chinese is written without spaces and cutting
 * it into words would need a dictionary whose choices differ between two copies of one sentence
 * as little as its characters do. A run of letters and digits of any other script is a word token.
 * Everything else (ASCII and full-width punctuation, Chinese quotation marks and book-title marks,
 * spaces, line breaks, symbols) only separates tokens, so a copy cannot be hidden by re-punctuating
 * it. Before this, every character is brought to its NFKC form and lower case: full-width Latin
 * letters and digits become ordinary ones, compatibility ideographs their unified form.
 *
 * <p>Tokens carry a weight in word-equivalents (times five, to keep to integers): a word counts
 * {@value #WORD_WEIGHT}, an ideograph {@value #IDEOGRAPH_WEIGHT}, because a word of running
 * Chinese text is between one and a half and two characters long on average, so an ideograph
 * carries roughly three fifths of what a word does. Shingles and passages are measured in this weight, so that Chinese, English and a mixture
 * of them are held to the same standard.
 */
final class EssayTokens {

    static final int WORD_WEIGHT = 5;
    static final int IDEOGRAPH_WEIGHT = 3;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int size;
    private final int[] start;
    private final int[] end;
    private final long[] hash;
    private final int[] weightBefore;

    private EssayTokens(int size, int[] start, int[] end, long[] hash, int[] weightBefore) {
        this.size = size;
        this.start = start;
        this.end = end;
        this.hash = hash;
        this.weightBefore = weightBefore;
    }

    static EssayTokens of(String text) {
        // One token per character at most, but for the rare character NFKC spells out (½ → 1⁄2).
        Builder builder = new Builder(text.length() + 16);
        int length = text.length();
        int at = 0;
        while (at < length) {
            int first = text.codePointAt(at);
            int next = at + Character.charCount(first);
            // A base character and the combining marks after it normalise together (e + ◌́ → é).
            while (next < length && isMark(text.codePointAt(next))) {
                next += Character.charCount(text.codePointAt(next));
            }
            if (next == at + Character.charCount(first) && isStableUnderNfkc(first)) {
                builder.accept(first, at, next);
            } else {
                String normalised = Normalizer.normalize(text.substring(at, next), Normalizer.Form.NFKC);
                for (int i = 0; i < normalised.length(); ) {
                    int codePoint = normalised.codePointAt(i);
                    builder.accept(codePoint, at, next);
                    i += Character.charCount(codePoint);
                }
            }
            at = next;
        }
        return builder.build();
    }

    int size() {
        return size;
    }

    /** The offset in the original text of the token's first character. */
    int start(int token) {
        return start[token];
    }

    /** The offset in the original text just after the token's last character. */
    int end(int token) {
        return end[token];
    }

    /** A 64-bit hash of the normalised token; equal tokens, however written, hash alike. */
    long hash(int token) {
        return hash[token];
    }

    int weight(int token) {
        return weightBefore[token + 1] - weightBefore[token];
    }

    /** The total weight of tokens [from, to); zero when the range is empty or reversed. */
    int weight(int from, int to) {
        return to > from ? weightBefore[to] - weightBefore[from] : 0;
    }

    /** ASCII alone, and the main block of unified ideographs, are left as they are by NFKC. */
    private static boolean isStableUnderNfkc(int codePoint) {
        return codePoint < 0x80 || (codePoint >= 0x4E00 && codePoint <= 0x9FFF);
    }

    private static boolean isMark(int codePoint) {
        if (codePoint < 0x300) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** MurmurHash3's 64-bit finaliser: FNV-1a alone leaves the high bits of short words poorly mixed. */
    static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }

    private static final class Builder {

        private int size;
        private int[] start;
        private int[] end;
        private long[] hash;
        private int[] weight;

        private boolean inWord;
        private int wordStart;
        private int wordEnd;
        private long wordHash;

        Builder(int capacity) {
            start = new int[capacity];
            end = new int[capacity];
            hash = new long[capacity];
            weight = new int[capacity];
        }

        /** Takes one normalised code point that came from original characters [from, to). */
        void accept(int codePoint, int from, int to) {
            int lower = Character.toLowerCase(codePoint);
            if (Character.isIdeographic(lower)) {
                closeWord();
                add(from, to, mix((FNV_OFFSET ^ lower) * FNV_PRIME), IDEOGRAPH_WEIGHT);
            } else if (Character.isLetterOrDigit(lower) || (inWord && isMark(lower))) {
                if (!inWord) {
                    inWord = true;
                    wordStart = from;
                    wordHash = FNV_OFFSET;
                }
                wordHash = (wordHash ^ lower) * FNV_PRIME;
                wordEnd = to;
            } else {
                closeWord();
            }
        }

        private void closeWord() {
            if (inWord) {
                inWord = false;
                add(wordStart, wordEnd, mix(wordHash), WORD_WEIGHT);
            }
        }

        private void add(int from, int to, long tokenHash, int tokenWeight) {
            if (size == start.length) {
                int capacity = size * 2;
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                hash = Arrays.copyOf(hash, capacity);
                weight = Arrays.copyOf(weight, capacity);
            }
            start[size] = from;
            end[size] = to;
            hash[size] = tokenHash;
            weight[size] = tokenWeight;
            size++;
        }

        EssayTokens build() {
            closeWord();
            int[] weightBefore = new int[size + 1];
            for (int i = 0; i < size; i++) {
                weightBefore[i + 1] = weightBefore[i] + weight[i];
            }
            return new EssayTokens(size, start, end, hash, weightBefore);
        }
    }
}
