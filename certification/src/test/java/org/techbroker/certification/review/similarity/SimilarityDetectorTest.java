package org.techbroker.certification.review.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.techbroker.certification.review.similarity.SampleEssays.CHINESE;
import static org.techbroker.certification.review.similarity.SampleEssays.CHINESE_EDITED;
import static org.techbroker.certification.review.similarity.SampleEssays.CHINESE_INDEPENDENT;
import static org.techbroker.certification.review.similarity.SampleEssays.ENGLISH;
import static org.techbroker.certification.review.similarity.SampleEssays.ENGLISH_EDITED;
import static org.techbroker.certification.review.similarity.SampleEssays.ENGLISH_INDEPENDENT;
import static org.techbroker.certification.review.similarity.SampleEssays.ENGLISH_LONG_ANSWER;
import static org.techbroker.certification.review.similarity.SampleEssays.MIXED;
import static org.techbroker.certification.review.similarity.SampleEssays.MIXED_EDITED;
import static org.techbroker.certification.review.similarity.SampleEssays.MIXED_INDEPENDENT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SimilarityDetectorTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private final SimilarityDetector detector = new SimilarityDetector();

    private static String textA(String text, Passage passage) {
        return text.substring(passage.startA(), passage.endA());
    }

    private static String textB(String text, Passage passage) {
        return text.substring(passage.startB(), passage.endB());
    }

    /** The text from its first character to the end of its last word, without the closing full stop. */
    private static String withoutFinalStop(String text) {
        return text.substring(0, text.length() - 1);
    }

    @Test
    void lightlyEditedEnglishCopyIsFlaggedAndItsPassageMapsBackToBothTexts() {
        // Shingles counted independently of this code: the source has 158 distinct three-word
        // shingles, the copy 162, and 135 are shared: 135 / (158 + 162 − 135) = 135 / 185.
        var pairs = detector.similarPairs(List.of(new Essay("source", ENGLISH), new Essay("copy", ENGLISH_EDITED)));

        assertThat(pairs).hasSize(1);
        SimilarPair pair = pairs.get(0);
        assertThat(pair.keyA()).isEqualTo("copy");
        assertThat(pair.keyB()).isEqualTo("source");
        assertThat(pair.similarity()).isCloseTo(135.0 / 185, EXACT);
        // Each change differs by at most three words, so the whole copy reads as one passage.
        assertThat(pair.passages()).hasSize(1);
        Passage passage = pair.passages().get(0);
        assertThat(textA(ENGLISH_EDITED, passage)).isEqualTo(withoutFinalStop(ENGLISH_EDITED));
        assertThat(textB(ENGLISH, passage)).isEqualTo(withoutFinalStop(ENGLISH));
    }

    @Test
    void independentEnglishAnswersToTheSameQuestionAreNotFlagged() {
        // One three-word shingle in common, "the technology broker": 1 / (158 + 154 − 1) = 1 / 311.
        var sitting = List.of(new Essay("a", ENGLISH), new Essay("b", ENGLISH_INDEPENDENT));

        assertThat(detector.similarPairs(sitting)).isEmpty();
        SimilarPair compared = detector.compare(sitting.get(0), sitting.get(1));
        assertThat(compared.similarity()).isCloseTo(1.0 / 311, EXACT);
        assertThat(compared.passages()).isEmpty();
    }

    @Test
    void chineseCopyWithAFewCharactersChangedIsFlaggedAndItsPassageMapsBack() {
        // Five-ideograph shingles: 239 in the source, 240 in the copy, 217 shared: 217 / 262.
        var pairs = detector.similarPairs(List.of(new Essay("甲", CHINESE), new Essay("乙", CHINESE_EDITED)));

        assertThat(pairs).hasSize(1);
        SimilarPair pair = pairs.get(0);
        assertThat(pair.keyA()).isEqualTo("乙"); // U+4E59 sorts before 甲 (U+7532)
        assertThat(pair.keyB()).isEqualTo("甲");
        assertThat(pair.similarity()).isCloseTo(217.0 / 262, EXACT);
        assertThat(pair.passages()).hasSize(1);
        Passage passage = pair.passages().get(0);
        assertThat(textA(CHINESE_EDITED, passage)).isEqualTo(withoutFinalStop(CHINESE_EDITED));
        assertThat(textB(CHINESE, passage)).isEqualTo(withoutFinalStop(CHINESE));
    }

    @Test
    void independentChineseAnswersToTheSameQuestionAreNotFlagged() {
        // They share four five-ideograph shingles (技术经纪人, 的技术经纪, 真正产生价, 正产生价值):
        // 4 / (239 + 196 − 4) = 4 / 431.
        var sitting = List.of(new Essay("a", CHINESE), new Essay("b", CHINESE_INDEPENDENT));

        assertThat(detector.similarPairs(sitting)).isEmpty();
        SimilarPair compared = detector.compare(sitting.get(0), sitting.get(1));
        assertThat(compared.similarity()).isCloseTo(4.0 / 431, EXACT);
        assertThat(compared.passages()).isEmpty();
    }

    @Test
    void mixedChineseAndEnglishCopyIsFlaggedAndAnIndependentOneIsNot() {
        // 112 shingles in each, 96 shared: 96 / 128 = 0.75. The independent answer shares none.
        var sitting = List.of(
                new Essay("mixed", MIXED),
                new Essay("mixed-copy", MIXED_EDITED),
                new Essay("other", MIXED_INDEPENDENT));

        var pairs = detector.similarPairs(sitting);

        assertThat(pairs)
                .extracting(SimilarPair::keyA, SimilarPair::keyB)
                .containsExactly(tuple("mixed", "mixed-copy"));
        SimilarPair pair = pairs.get(0);
        assertThat(pair.similarity()).isEqualTo(0.75);
        assertThat(pair.passages()).hasSize(1);
        Passage passage = pair.passages().get(0);
        assertThat(textA(MIXED, passage)).startsWith("我们实验室").endsWith("technical support");
        assertThat(textA(MIXED, passage)).isEqualTo(MIXED.substring(0, MIXED.length() - 1));
        assertThat(textB(MIXED_EDITED, passage)).isEqualTo(MIXED_EDITED.substring(0, MIXED_EDITED.length() - 1));
        assertThat(detector.compare(sitting.get(0), sitting.get(2)).similarity())
                .isZero();
    }

    @Test
    void punctuationSpacingCaseAndFullWidthLettersDoNotHideACopy() {
        String original = "The broker reads the patent, explains its value to investors, and helps the inventors.";
        String disguised =
                "ＴＨＥ  broker   reads the ＰＡＴＥＮＴ，explains its value to investors；\n\nand helps " + "the inventors。";
        String chineseRepunctuated =
                CHINESE.replace("，", ", ").replace("。", ". ").replace("、", "; ").replace("\n\n", "\r\n   ");

        var pairs = detector.similarPairs(List.of(
                new Essay("1-original", original),
                new Essay("2-disguised", disguised),
                new Essay("3-chinese", CHINESE),
                new Essay("4-repunctuated", chineseRepunctuated)));

        assertThat(pairs)
                .extracting(SimilarPair::keyA, SimilarPair::keyB, SimilarPair::similarity)
                .containsExactly(tuple("1-original", "2-disguised", 1.0), tuple("3-chinese", "4-repunctuated", 1.0));
        Passage english = pairs.get(0).passages().get(0);
        assertThat(textA(original, english)).isEqualTo(withoutFinalStop(original));
        assertThat(textB(disguised, english)).isEqualTo(withoutFinalStop(disguised));
        Passage chinese = pairs.get(1).passages().get(0);
        assertThat(textB(chineseRepunctuated, chinese))
                .isEqualTo(chineseRepunctuated.substring(0, chineseRepunctuated.length() - 2));
    }

    @Test
    void aParagraphPastedIntoAMuchLongerEssayIsShownWhenThePairIsFlagged() {
        String pasted = ENGLISH.substring(ENGLISH.indexOf("Good brokers"));
        String longer = ENGLISH_INDEPENDENT + "\n\n" + pasted + "\n\n" + ENGLISH_LONG_ANSWER;
        var sitting = List.of(new Essay("long", longer), new Essay("source", ENGLISH));
        // The long essay has 447 shingles, the source 158; they share the pasted paragraph's 80 and
        // "the technology broker": 81 / (447 + 158 − 81) = 81 / 524 ≈ 0.155, below the default.
        assertThat(detector.compare(sitting.get(0), sitting.get(1)).similarity())
                .isCloseTo(81.0 / 524, EXACT);
        assertThat(detector.similarPairs(sitting)).isEmpty();

        var pairs = new SimilarityDetector(0.15).similarPairs(sitting);

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).similarity()).isCloseTo(81.0 / 524, EXACT);
        assertThat(pairs.get(0).passages()).hasSize(1);
        Passage passage = pairs.get(0).passages().get(0);
        assertThat(passage.startA()).isEqualTo(longer.indexOf("Good brokers"));
        assertThat(textA(longer, passage)).isEqualTo(withoutFinalStop(pasted));
        assertThat(textB(ENGLISH, passage)).isEqualTo(withoutFinalStop(pasted));
    }

    @Test
    void paragraphsCopiedInAnotherOrderAreSeparatePassagesEachPairedWithItsPlace() {
        int split = ENGLISH.indexOf("\n\nGood brokers");
        String first = ENGLISH.substring(0, split);
        String second = ENGLISH.substring(split + 2);
        String swapped = second + "\n\n" + first;

        SimilarPair pair = detector.compare(new Essay("a", ENGLISH), new Essay("b", swapped));

        assertThat(pair.passages()).hasSize(2);
        Passage one = pair.passages().get(0);
        Passage two = pair.passages().get(1);
        assertThat(textA(ENGLISH, one)).isEqualTo(withoutFinalStop(first));
        assertThat(one.startB()).isEqualTo(second.length() + 2);
        assertThat(textB(swapped, one)).isEqualTo(withoutFinalStop(first));
        assertThat(two.startA()).isEqualTo(split + 2);
        assertThat(textA(ENGLISH, two)).isEqualTo(withoutFinalStop(second));
        assertThat(two.startB()).isZero();
        assertThat(textB(swapped, two)).isEqualTo(withoutFinalStop(second));
    }

    @Test
    void anEssayThatRepeatsItselfIsPairedPlaceForPlace() {
        // Two shingles, 技术技术技 and 术技术技术, recur at every other position of both; the opening
        // adds 我认为技术, 认为技术技 and 为技术技术 to the longer one: 2 / 5.
        String filler = "技术".repeat(1500);
        String longer = "我认为" + filler;

        SimilarPair pair = detector.compare(new Essay("a", filler), new Essay("b", longer));

        assertThat(pair.similarity()).isEqualTo(0.4);
        assertThat(pair.passages()).containsExactly(new Passage(0, 3000, 3, 3003));
    }

    @Test
    void identicalTextsHaveSimilarityOneAndReachEvenTheHighestThreshold() {
        var pairs = new SimilarityDetector(1.0)
                .similarPairs(
                        List.of(new Essay("a", CHINESE), new Essay("b", CHINESE), new Essay("c", CHINESE_EDITED)));

        assertThat(pairs)
                .extracting(SimilarPair::keyA, SimilarPair::keyB, SimilarPair::similarity)
                .containsExactly(tuple("a", "b", 1.0));
        Passage passage = pairs.get(0).passages().get(0);
        assertThat(passage).isEqualTo(new Passage(0, CHINESE.length() - 1, 0, CHINESE.length() - 1));
    }

    @Test
    void handWorkedSimilaritiesOfEachScript() {
        // Three-word shingles {alpha beta gamma, beta gamma delta, gamma delta epsilon} against
        // {…, gamma delta zeta}: 2 shared of 4 → 0.5.
        assertThat(similarity("alpha beta gamma delta epsilon", "alpha beta gamma delta zeta"))
                .isEqualTo(0.5);
        // Five-ideograph shingles of eight ideographs: 4 each, the last differs: 3 of 5 → 0.6.
        assertThat(similarity("技术转移促进创新", "技术转移促进创业")).isEqualTo(0.6);
        // A word weighs 5, an ideograph 3, a shingle at least 15: [AI技术转移] (17), [技术转移中] and
        // [术转移中心]; the second text ends 中介, so 2 shared of 4 → 0.5.
        assertThat(similarity("AI技术转移中心", "AI技术转移中介")).isEqualTo(0.5);
    }

    @Test
    void aPairExactlyAtTheThresholdReachesItAndOneJustBelowDoesNot() {
        var sitting = List.of(
                new Essay("a", "alpha beta gamma delta epsilon"), new Essay("b", "alpha beta gamma delta zeta"));

        assertThat(new SimilarityDetector(0.5).similarPairs(sitting))
                .extracting(SimilarPair::similarity)
                .containsExactly(0.5);
        assertThat(new SimilarityDetector(Math.nextUp(0.5)).similarPairs(sitting))
                .isEmpty();
    }

    @Test
    void blankAndTooShortEssaysNeverMatchAnything() {
        var sitting = List.of(
                new Essay("empty-1", ""),
                new Essay("empty-2", ""),
                new Essay("blank-1", "   \n\t "),
                new Essay("blank-2", "，。；：“”《》…… ?!"),
                new Essay("short-1", "I agree."),
                new Essay("short-2", "I agree."),
                new Essay("short-3", "同意。"));

        assertThat(new SimilarityDetector(Double.MIN_VALUE).similarPairs(sitting))
                .isEmpty();
        assertThat(detector.compare(sitting.get(0), sitting.get(1)).similarity())
                .isZero();
    }

    @Test
    void resultsAreTheSameWhateverTheOrderOfTheEssaysAndHighestFirst() {
        List<Essay> sitting = new ArrayList<>(List.of(
                new Essay("en-1", ENGLISH),
                new Essay("en-2", ENGLISH_EDITED),
                new Essay("en-3", ENGLISH_INDEPENDENT),
                new Essay("zh-1", CHINESE),
                new Essay("zh-2", CHINESE_EDITED),
                new Essay("zh-3", CHINESE_INDEPENDENT),
                new Essay("mx-1", MIXED),
                new Essay("mx-2", MIXED_EDITED),
                new Essay("mx-3", MIXED_INDEPENDENT),
                new Essay("blank", " ")));

        var first = detector.similarPairs(sitting);

        assertThat(first)
                .extracting(SimilarPair::keyA, SimilarPair::keyB, SimilarPair::similarity)
                .containsExactly(
                        tuple("zh-1", "zh-2", 217.0 / 262),
                        tuple("mx-1", "mx-2", 0.75),
                        tuple("en-1", "en-2", 135.0 / 185));
        Random random = new Random(5);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(sitting, random);
            assertThat(new SimilarityDetector().similarPairs(sitting)).isEqualTo(first);
        }
    }

    @Test
    void bandingFindsEveryPairWellAboveTheThresholdThatComparingAllPairsFinds() {
        // A generated sitting: independent essays of random words, and copies with a share of their
        // words replaced, so that similarities spread from near zero to near one.
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            vocabulary.add("w" + Integer.toString(i, 36));
        }
        List<Essay> sitting = new ArrayList<>();
        for (int source = 0; source < 40; source++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                words.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            sitting.add(new Essay("s" + source, String.join(" ", words)));
            for (int copy = 0; copy < 2; copy++) {
                double changed = random.nextDouble() * 0.4;
                List<String> edited = new ArrayList<>(words);
                for (int i = 0; i < edited.size(); i++) {
                    if (random.nextDouble() < changed) {
                        edited.set(i, vocabulary.get(random.nextInt(vocabulary.size())));
                    }
                }
                sitting.add(new Essay("s" + source + "-c" + copy, String.join(" ", edited)));
            }
        }
        var found = detector.similarPairs(sitting);

        List<SimilarPair> reaching = new ArrayList<>();
        List<SimilarPair> wellAbove = new ArrayList<>();
        for (int i = 0; i < sitting.size(); i++) {
            for (int j = i + 1; j < sitting.size(); j++) {
                SimilarPair exact = detector.compare(sitting.get(i), sitting.get(j));
                if (exact.similarity() >= SimilarityDetector.DEFAULT_THRESHOLD) {
                    reaching.add(exact);
                }
                if (exact.similarity() >= 0.4) {
                    wellAbove.add(exact);
                }
            }
        }
        assertThat(wellAbove).hasSizeGreaterThan(30);
        assertThat(reaching).hasSizeGreaterThan(wellAbove.size());
        assertThat(found).containsAll(wellAbove);
        assertThat(reaching).containsAll(found);
    }

    @Test
    void rejectsThresholdsOutsideTheUnitIntervalAndRepeatedKeys() {
        assertThatThrownBy(() -> new SimilarityDetector(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilarityDetector(1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilarityDetector(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> detector.similarPairs(List.of(new Essay("a", ENGLISH), new Essay("a", CHINESE))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private double similarity(String a, String b) {
        return detector.compare(new Essay("a", a), new Essay("b", b)).similarity();
    }
}
