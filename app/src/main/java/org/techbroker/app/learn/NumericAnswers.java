package org.techbroker.app.learn;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a trainee may write a number in a numeric practice item, and how the correct answer is
 * shown back. A point is the decimal separator; spaces and commas between groups of three digits
 * are thousands separators and are ignored ("2,400,000", "2 400 000"). A comma anywhere else
 * ("1,5") is refused rather than guessed at: read as a thousands separator it would turn 1.5 into
 * 15 and mark a right answer wrong. Full-width digits and punctuation, as Chinese input methods
 * type them, are read as their ASCII forms.
 */
public final class NumericAnswers {

    /** Longer than any number a practice item asks for; longer input is refused, not parsed. */
    static final int MAX_LENGTH = 40;

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private NumericAnswers() {}

    /**
     * The number written, or empty when the text is not a number in the accepted forms. Blank text
     * is empty too: the caller tells "no answer" from "not a number" by looking at the text.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2212', '-') // the minus sign of word processors
                .replace('\u3002', '.'); // the ideographic full stop typed for a decimal point
        String compact = SPACES.matcher(normalized).replaceAll("");
        if (PLAIN.matcher(compact).matches()) {
            return Optional.of(new BigDecimal(compact));
        }
        if (GROUPED.matcher(compact).matches()) {
            return Optional.of(new BigDecimal(compact.replace(",", "")));
        }
        return Optional.empty();
    }

    /** The number as the page shows it: grouped by thousands, without trailing zeros, never in E-notation. */
    public static String format(BigDecimal number) {
        if (number == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(number.stripTrailingZeros());
    }
}
