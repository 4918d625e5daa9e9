package org.techbroker.certification.verification;

import java.text.Normalizer;
import java.util.Locale;
import org.techbroker.certification.registry.HolderNames;

/**
 * Whether a name an enterprise typed is the holder's: compared with both the Chinese and the Latin
 * name, ignoring case, every kind of space and the difference between full-width and half-width
 * characters (Unicode compatibility normalisation, NFKC).
 */
public final class NameMatch {

    private NameMatch() {}

    public static boolean matches(String given, HolderNames names) {
        String wanted = normalise(given);
        return !wanted.isEmpty() && (wanted.equals(normalise(names.zh())) || wanted.equals(normalise(names.latin())));
    }

    /** The form in which names are compared. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
