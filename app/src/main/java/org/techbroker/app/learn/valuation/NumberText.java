package org.techbroker.app.learn.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as trainees type them and as the workbench writes them.
 *
 * <p>Reading: a point before the decimals; thousands separators (commas, spaces, apostrophes) are
 * ignored where they group three digits, so "1,250,000.50" and "1 250 000.5" read the same; a
 * comma elsewhere ("1,5") is refused rather than guessed at, since it may be a decimal comma.
 * Full-width digits and signs from a Chinese input method read as their ASCII forms, and so does
 * the typographic minus. Percentages may carry a trailing "%".
 *
 * <p>Writing: grouped thousands in the locale's symbols; money with exactly two decimals, as the
 * engine reports it; rates as percentages with up to four decimals; factors with up to six.
 */
public final class NumberText {

    /** The longest text read as a number; fields allow this many characters. */
    public static final int MAX_LENGTH = 30;

    /** The most digits a number may have: far beyond any valuation, short of absurd. */
    public static final int MAX_DIGITS = 20;

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberText() {}

    /** Whether the text is empty or only spaces. */
    public static boolean isBlank(String text) {
        return text == null || normalise(text).isEmpty();
    }

    /** Whether the text has more digits than any number the workbench reads. */
    public static boolean isTooLong(String text) {
        return text != null
                && (text.length() > MAX_LENGTH
                        || normalise(text).chars().filter(Character::isDigit).count() > MAX_DIGITS);
    }

    /** The number the text states, or empty when it is not one (or is too long). */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || isTooLong(text)) {
            return Optional.empty();
        }
        String normal = normalise(text);
        if (!NUMBER.matcher(normal).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normal.replace(",", "")));
    }

    /** A percentage ("12.5" or "12.5%") as a decimal rate (0.125), or empty when it is not one. */
    public static Optional<BigDecimal> parsePercent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = normalise(text);
        if (normal.endsWith("%")) {
            normal = normal.substring(0, normal.length() - 1);
            while (normal.endsWith(",")) {
                normal = normal.substring(0, normal.length() - 1);
            }
        }
        return parse(normal).map(percent -> percent.divide(HUNDRED));
    }

    /** A whole number, or empty when the text is not a number or has decimals other than zeros. */
    public static Optional<Integer> parseWhole(String text) {
        return parse(text).flatMap(number -> {
            try {
                return Optional.of(number.stripTrailingZeros().intValueExact());
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        });
    }

    /**
     * The text in one canonical form: compatibility forms folded (full-width digits, signs and
     * spaces), the typographic minus as "-", and every space or apostrophe between digits turned
     * into a comma, so that all thousands separators look alike; trimmed.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2212', '-')
                .strip();
        StringBuilder normal = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean separator = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\'' || c == '\u2019';
            normal.append(separator ? ',' : c);
        }
        return normal.toString();
    }

    /** An amount of money: grouped, exactly two decimals, half-even. */
    public static String money(BigDecimal amount, Locale locale) {
        DecimalFormat format = decimalFormat(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A rate given as a decimal (0.098039), written as a percentage with up to four decimals. */
    public static String percent(BigDecimal rate, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(rate);
    }

    /** A factor, probability or count: grouped, with up to {@code decimals} decimals. */
    public static String decimal(BigDecimal value, int decimals, Locale locale) {
        DecimalFormat format = decimalFormat(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A decimal rate as the percentage a trainee would type for it: 0.125 → "12.5". */
    public static String percentInput(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    private static DecimalFormat decimalFormat(Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        format.setParseBigDecimal(true);
        return format;
    }
}
