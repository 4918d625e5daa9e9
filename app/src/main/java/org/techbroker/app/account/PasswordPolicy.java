package org.techbroker.app.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Optional;

/**
 * What a password must be: at least 12 and at most 128 characters, not one of the commonly used
 * passwords, and not trivially guessable from the person's own username, email or names.
 *
 * <p>Commonness and guessability come from zxcvbn, whose dictionaries hold the most frequent
 * leaked passwords; a password counts as common when zxcvbn finds it, as a whole, in its password
 * list, or when its estimate is below "safely unguessable" for an online attack.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn scores 0–4; 2 means at least 10^6 guesses, the floor for throttled online attacks. */
    private static final int MIN_SCORE = 2;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message key of the first rule the password breaks, or empty if it is acceptable. */
    public Optional<String> violation(String password, List<String> personalWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.password.too_short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.password.too_long");
        }
        Strength strength = zxcvbn.measure(
                password,
                personalWords.stream().filter(w -> w != null && !w.isBlank()).toList());
        if (isWhollyCommon(password, strength)) {
            return Optional.of("account.password.common");
        }
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of("account.password.guessable");
        }
        return Optional.empty();
    }

    private static boolean isWhollyCommon(String password, Strength strength) {
        return strength.getSequence().stream()
                .anyMatch(match ->
                        match.i == 0 && match.j == password.length() - 1 && "passwords".equals(match.dictionaryName));
    }
}
