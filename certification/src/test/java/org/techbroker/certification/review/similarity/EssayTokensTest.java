package org.techbroker.certification.review.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EssayTokensTest {

    private static List<String> originals(String text) {
        EssayTokens tokens = EssayTokens.of(text);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            pieces.add(text.substring(tokens.start(i), tokens.end(i)));
        }
        return pieces;
    }

    private static List<Long> hashes(String text) {
        EssayTokens tokens = EssayTokens.of(text);
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            hashes.add(tokens.hash(i));
        }
        return hashes;
    }

    @Test
    void ideographsAreTokensOfTheirOwnAndLatinRunsAreWords() {
        String text = "技术经纪人（broker）帮助AI-2024项目，“落地”。";

        assertThat(originals(text))
                .containsExactly("技", "术", "经", "纪", "人", "broker", "帮", "助", "AI", "2024", "项", "目", "落", "地");
        EssayTokens tokens = EssayTokens.of(text);
        assertThat(tokens.start(5)).isEqualTo(6);
        assertThat(tokens.end(5)).isEqualTo(12);
        // Five ideographs at 3, a word at 5, two ideographs, two words, four ideographs.
        assertThat(tokens.weight(0, tokens.size())).isEqualTo(5 * 3 + 5 + 2 * 3 + 2 * 5 + 4 * 3);
    }

    @Test
    void fullWidthCaseAndPunctuationOfEitherScriptDoNotChangeTheTokens() {
        String plain = "Patent licence, 2024: the broker's fee.";
        String disguised = "ＰＡＴＥＮＴ　ｌｉｃｅｎｃｅ，２０２４：《The》  BROKER’S\nfee。";

        assertThat(hashes(disguised)).isEqualTo(hashes(plain)).hasSize(7);
        assertThat(originals(disguised)).containsExactly("ＰＡＴＥＮＴ", "ｌｉｃｅｎｃｅ", "２０２４", "The", "BROKER", "S", "fee");
    }

    @Test
    void combiningMarksStayInTheWordAndComposeAsNfkcDoes() {
        String composed = "café résumé";
        String decomposed = "cafe\u0301 re\u0301sume\u0301";

        assertThat(hashes(decomposed)).isEqualTo(hashes(composed));
        assertThat(originals(decomposed)).containsExactly("cafe\u0301", "re\u0301sume\u0301");
    }

    @Test
    void compatibilityIdeographsAndLigaturesBecomeTheirPlainForms() {
        // U+F900 is the compatibility form of 豈; U+FB01 is the ligature ﬁ.
        assertThat(hashes("\uF900 \uFB01le")).isEqualTo(hashes("豈 file"));
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(EssayTokens.of("").size()).isZero();
        assertThat(EssayTokens.of(" \n，。；：“”《》!?").size()).isZero();
    }
}
