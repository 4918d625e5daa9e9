package org.techbroker.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each hash at the real work factor takes a noticeable fraction of a second, so they are few. */
class PasswordHasherTest {

    private static final int ITERATIONS = PasswordHasher.MINIMUM_ITERATIONS;
    private static final char[] PASSWORD = "correct-horse-battery-staple".toCharArray();

    private static PasswordHasher hasher;
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        hasher = new PasswordHasher(ITERATIONS);
        stored = hasher.hash(PASSWORD);
    }

    @Test
    void writesSchemeIterationsSaltAndHash() {
        String[] parts = stored.split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("600000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain("=").doesNotContain("correct");
    }

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        assertThat(hasher.verify(PASSWORD, stored)).isTrue();
        assertThat(hasher.verify("correct-horse-battery-stapler".toCharArray(), stored))
                .isFalse();
    }

    @Test
    void saltsTheSamePasswordDifferentlyEachTime() {
        String again = hasher.hash(PASSWORD);

        assertThat(again).isNotEqualTo(stored);
        assertThat(again.split("\\$")[2]).isNotEqualTo(stored.split("\\$")[2]);
    }

    @Test
    void hashesPasswordsOutsideAscii() {
        String chinese = hasher.hash("我的密码是很长的一句话吧".toCharArray());

        assertThat(hasher.verify("我的密码是很长的一句话吧".toCharArray(), chinese)).isTrue();
        assertThat(hasher.verify("我的密码是很长的一句话".toCharArray(), chinese)).isFalse();
    }

    @Test
    void refusesAWorkFactorBelowTheFloor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PasswordHasher(ITERATIONS - 1))
                .withMessageContaining("600000");
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(0));
    }

    @Test
    void asksForARehashOnlyWhenTheStoredWorkFactorIsLower() {
        assertThat(hasher.needsRehash(stored)).isFalse();
        assertThat(new PasswordHasher(ITERATIONS + 100_000).needsRehash(stored)).isTrue();
    }

    @Test
    void stillVerifiesAnOlderWeakerHashButAsksToReplaceIt() throws Exception {
        String legacy = pbkdf2("old-password-of-2019", "legacy-salt".getBytes(StandardCharsets.UTF_8), 1_000);

        assertThat(hasher.verify("old-password-of-2019".toCharArray(), legacy)).isTrue();
        assertThat(hasher.verify("old-password-of-2020".toCharArray(), legacy)).isFalse();
        assertThat(hasher.needsRehash(legacy)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "garbage",
                "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", // bcrypt
                "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=",
                "pbkdf2-sha1$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$600000$$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$",
                "pbkdf2-sha256$600000$not*base64$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA$extra"
            })
    void treatsAnyHashItDidNotWriteAsNotMatchingAndToBeReplaced(String foreign) {
        assertThat(hasher.verify(PASSWORD, foreign)).isFalse();
        assertThat(hasher.needsRehash(foreign)).isTrue();
    }

    /** A hash in this class's format, made with the JDK directly at a work factor it no longer accepts. */
    private static String pbkdf2(String password, byte[] salt, int iterations) throws Exception {
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                .getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
