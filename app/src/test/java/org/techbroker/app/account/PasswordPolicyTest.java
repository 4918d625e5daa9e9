package org.techbroker.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final List<String> NO_PERSONAL_WORDS = List.of();
    private static final List<String> XIAOYU =
            List.of("qingtianxiaoyu", "qingtian.xiaoyu@example.cn", "Qingtian Xiaoyu");

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsTheDemoPassword() {
        assertThat(policy.violation("techbroker-demo-2026", NO_PERSONAL_WORDS)).isEmpty();
        assertThat(policy.violation("techbroker-demo-2026", List.of("demo", "demo@techbroker.example", "Demo Trainee")))
                .isEmpty();
    }

    @Test
    void acceptsALongRandomPassphrase() {
        assertThat(policy.violation("violet-kettle-harbour-93-lantern", XIAOYU)).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.violation("v1olet-kettl", NO_PERSONAL_WORDS)).isEmpty();
        assertThat(policy.violation("v1olet-kett", NO_PERSONAL_WORDS)).contains("account.password.too_short");
        assertThat(policy.violation("", NO_PERSONAL_WORDS)).contains("account.password.too_short");
        assertThat(policy.violation(null, NO_PERSONAL_WORDS)).contains("account.password.too_short");
    }

    @Test
    void countsChineseCharactersOneEach() {
        assertThat(policy.violation("我的密码是很长的一句话吧", NO_PERSONAL_WORDS)).isEmpty();
        assertThat(policy.violation("我的密码是很长的一句话", NO_PERSONAL_WORDS)).contains("account.password.too_short");
    }

    @Test
    void countsCharactersBeyondTheBasicPlaneOneEach() {
        // Eleven characters, each a surrogate pair in Java: 22 chars, still too short.
        assertThat(policy.violation("𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊", NO_PERSONAL_WORDS))
                .contains("account.password.too_short");
    }

    @Test
    void refusesMoreThan128Characters() {
        String atLimit = passphraseOfLength(PasswordPolicy.MAX_LENGTH);
        String overLimit = atLimit + "x";

        assertThat(policy.violation(atLimit, NO_PERSONAL_WORDS)).isEmpty();
        assertThat(policy.violation(overLimit, NO_PERSONAL_WORDS)).contains("account.password.too_long");
    }

    @Test
    void countsTheMaximumInCharactersToo() {
        // 100 characters outside the basic plane are 200 Java chars, and within the limit.
        String emoji = "😀🐼🍵🌏🚄".repeat(20);
        assertThat(emoji).hasSize(200);

        assertThat(policy.violation(emoji, NO_PERSONAL_WORDS)).isEmpty();
        assertThat(policy.violation("𠀀".repeat(PasswordPolicy.MAX_LENGTH + 1), NO_PERSONAL_WORDS))
                .contains("account.password.too_long");
    }

    /** Entries of zxcvbn's list of leaked passwords that are long enough to reach the commonness rule. */
    @ParameterizedTest
    @ValueSource(
            strings = {"password1234", "qwertyuiop123", "1qaz2wsx3edc", "qwerty123456", "leavemealone", "123456789123"})
    void refusesCommonPasswordsAsCommon(String common) {
        assertThat(policy.violation(common, NO_PERSONAL_WORDS)).contains("account.password.common");
    }

    @Test
    void aCommonPasswordInsideALongerOneIsNotCommonOnItsOwn() {
        assertThat(policy.violation("password1234-violet-kettle-harbour", NO_PERSONAL_WORDS))
                .isEmpty();
    }

    @Test
    void refusesTrivialPatternsAsGuessable() {
        assertThat(policy.violation("aaaaaaaaaaaa", NO_PERSONAL_WORDS)).contains("account.password.guessable");
        assertThat(policy.violation("abcdefghijklmnop", NO_PERSONAL_WORDS)).contains("account.password.guessable");
    }

    @Test
    void refusesAPasswordBuiltFromThePersonsOwnUsername() {
        // Strong for a stranger, trivial for someone who knows whose account it is.
        assertThat(policy.violation("qingtianxiaoyu2026", NO_PERSONAL_WORDS)).isEmpty();

        assertThat(policy.violation("qingtianxiaoyu2026", XIAOYU)).hasValueSatisfying(key -> assertThat(key)
                .isIn("account.password.guessable", "account.password.common"));
        assertThat(policy.violation("qingtianxiaoyu", XIAOYU)).hasValueSatisfying(key -> assertThat(key)
                .isIn("account.password.guessable", "account.password.common"));
        assertThat(policy.violation("Qingtianxiaoyu!", XIAOYU)).hasValueSatisfying(key -> assertThat(key)
                .isIn("account.password.guessable", "account.password.common"));
    }

    @Test
    void ignoresMissingPersonalWords() {
        assertThat(policy.violation("violet-kettle-harbour-93-lantern", Arrays.asList(null, "", "  ", "xiaoyu")))
                .isEmpty();
    }

    private static String passphraseOfLength(int length) {
        String words = "violet kettle harbour lantern 93 quartz meadow 17 saffron glacier ";
        StringBuilder passphrase = new StringBuilder();
        while (passphrase.length() < length) {
            passphrase.append(words);
        }
        return passphrase.substring(0, length);
    }
}
