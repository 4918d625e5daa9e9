package org.techbroker.certification.registry;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A certificate number, {@code TB-2026-J-000123-7}: the prefix, the year of issue, the level's
 * letter, a six-digit serial counted per year and level, and a check digit.
 *
 * <p>The check digit is Damm's algorithm over the digits of the year, the level (J=1, I=2, S=3)
 * and the serial. Damm's quasigroup detects every single wrong digit and every swap of two
 * adjacent digits; any other single wrong character, or a swap across a hyphen, breaks the
 * format. So every single-character error and every adjacent transposition of a number is caught
 * ({@code CertificateNumberTest} tries them all).
 */
public final class CertificateNumber {

    public static final int SERIAL_MAX = 999_999;

    /** The longest text a number can be, for columns and form fields. */
    public static final int LENGTH = 18;

    private static final Pattern FORMAT = Pattern.compile("TB-(\\d{4})-([JIS])-(\\d{6})-(\\d)");

    /** Damm's weakly totally anti-symmetric quasigroup of order 10. */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    private final int year;
    private final QualificationLevel level;
    private final int serial;

    /** The text, made once: lookups read it on every request. */
    private final String value;

    public CertificateNumber(int year, QualificationLevel level, int serial) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        if (serial < 1 || serial > SERIAL_MAX) {
            throw new IllegalArgumentException("Serial out of range: " + serial);
        }
        this.year = year;
        this.level = Objects.requireNonNull(level);
        this.serial = serial;
        this.value = text(year, level, serial, checkDigit());
    }

    /** TB-YYYY-L-NNNNNN-C, written out digit by digit: every lookup parses a number. */
    private static String text(int year, QualificationLevel level, int serial, int checkDigit) {
        char[] text = {'T', 'B', '-', '0', '0', '0', '0', '-', level.code(), '-', '0', '0', '0', '0', '0', '0', '-', '0'
        };
        writeDigits(text, 3, 4, year);
        writeDigits(text, 10, 6, serial);
        text[17] = (char) ('0' + checkDigit);
        return new String(text);
    }

    /** Writes the number's last digits decimal digits into text from index from, zero-padded. */
    private static void writeDigits(char[] text, int from, int digits, int number) {
        for (int i = from + digits - 1; i >= from; i--) {
            text[i] = (char) ('0' + number % 10);
            number /= 10;
        }
    }

    /**
     * Reads a number as a person typed it: surrounding spaces and lower case are forgiven,
     * anything else that is not the format, or a wrong check digit, is refused with the reason.
     */
    public static CertificateNumber parse(String text) {
        if (text == null) {
            throw malformed();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw malformed();
        }
        int year = Integer.parseInt(matcher.group(1));
        int serial = Integer.parseInt(matcher.group(3));
        if (year < 2000 || serial < 1) {
            throw malformed();
        }
        QualificationLevel level =
                QualificationLevel.fromCode(matcher.group(2).charAt(0)).orElseThrow(CertificateNumber::malformed);
        CertificateNumber number = new CertificateNumber(year, level, serial);
        if (number.checkDigit() != matcher.group(4).charAt(0) - '0') {
            throw new CertificationException(Kind.INVALID, "registry.error.number_check_digit", text.strip());
        }
        return number;
    }

    /** True when the text is a well-formed number with the right check digit. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (CertificationException e) {
            return false;
        }
    }

    private static CertificationException malformed() {
        return new CertificationException(Kind.INVALID, "registry.error.number_malformed");
    }

    /** The Damm check digit of the number's digits. */
    public int checkDigit() {
        int interim = damm(0, year, 4);
        interim = DAMM[interim][levelDigit(level)];
        return damm(interim, serial, 6);
    }

    /** Damm's algorithm over the digits of the text (digits only). */
    static int damm(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    /** Continues Damm's algorithm over a number's decimal digits, zero-padded to this many, first digit first. */
    private static int damm(int interim, int number, int digits) {
        int divisor = 1;
        for (int i = 1; i < digits; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            interim = DAMM[interim][(number / divisor) % 10];
        }
        return interim;
    }

    private static int levelDigit(QualificationLevel level) {
        return switch (level) {
            case JUNIOR -> 1;
            case INTERMEDIATE -> 2;
            case SENIOR -> 3;
        };
    }

    public int year() {
        return year;
    }

    public QualificationLevel level() {
        return level;
    }

    public int serial() {
        return serial;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateNumber that
                && year == that.year
                && level == that.level
                && serial == that.serial;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, level, serial);
    }

    @Override
    public String toString() {
        return value();
    }
}
