package org.techbroker.certification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.shared.QualificationLevel;

class CertificateNumberTest {

    /** Every character a person could type in place of another: digits, letters, the hyphen and a space. */
    private static final String TYPABLE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ- ";

    @Test
    void formatsTheDocumentedExampleShape() {
        CertificateNumber number = new CertificateNumber(2026, QualificationLevel.JUNIOR, 123);

        assertThat(number.value()).matches("TB-2026-J-000123-\\d");
        assertThat(CertificateNumber.parse(number.value())).isEqualTo(number);
    }

    @Test
    void dammCheckDigitMatchesThePublishedExample() {
        // Damm (2004): the check digit of 572 is 4.
        assertThat(CertificateNumber.damm("572")).isEqualTo(4);
        assertThat(CertificateNumber.damm("5724")).isZero();
    }

    @Test
    void theCheckDigitIsDammsOverTheYearTheLevelAndTheSerialWrittenOut() {
        int[] levelDigits = {1, 2, 3};
        QualificationLevel[] levels = {
            QualificationLevel.JUNIOR, QualificationLevel.INTERMEDIATE, QualificationLevel.SENIOR
        };
        for (int year : new int[] {2000, 2026, 2099, 9999}) {
            for (int l = 0; l < levels.length; l++) {
                for (int serial = 1; serial <= CertificateNumber.SERIAL_MAX; serial += 997) {
                    String digits = String.format("%04d%d%06d", year, levelDigits[l], serial);
                    CertificateNumber number = new CertificateNumber(year, levels[l], serial);
                    assertThat(number.checkDigit()).as(digits).isEqualTo(CertificateNumber.damm(digits));
                    assertThat(number.value())
                            .isEqualTo(String.format(
                                    "TB-%04d-%c-%06d-%d", year, levels[l].code(), serial, number.checkDigit()));
                }
            }
        }
        assertThat(new CertificateNumber(2026, QualificationLevel.JUNIOR, CertificateNumber.SERIAL_MAX).checkDigit())
                .isEqualTo(CertificateNumber.damm("20261999999"));
    }

    @Test
    void readsWhatAPersonTypedWithSpacesAndLowerCase() {
        String value = new CertificateNumber(2027, QualificationLevel.SENIOR, 42).value();

        assertThat(CertificateNumber.parse("  " + value.toLowerCase() + " ").value())
                .isEqualTo(value);
    }

    @Test
    void refusesMalformedNumbersWithTheFormatMessage() {
        for (String text : new String[] {
            null,
            "",
            "TB-2026-J-000123",
            "TB-2026-X-000123-7",
            "TB-26-J-000123-7",
            "TB-2026-J-00123-7",
            "XX-2026-J-000123-7",
            "TB-2026-J-000000-0",
            "TB-2026-J-000123-77"
        }) {
            assertThatThrownBy(() -> CertificateNumber.parse(text))
                    .isInstanceOf(CertificationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "registry.error.number_malformed");
        }
    }

    @Test
    void refusesAWrongCheckDigitWithItsOwnMessage() {
        CertificateNumber number = new CertificateNumber(2026, QualificationLevel.JUNIOR, 123);
        String value = number.value();
        char wrong = (char) ('0' + (number.checkDigit() + 1) % 10);

        assertThatThrownBy(() -> CertificateNumber.parse(value.substring(0, value.length() - 1) + wrong))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "registry.error.number_check_digit");
    }

    @Test
    void catchesEverySingleCharacterError() {
        for (CertificateNumber number : sample()) {
            String value = number.value();
            for (int position = 0; position < value.length(); position++) {
                for (char typed : TYPABLE.toCharArray()) {
                    if (typed == value.charAt(position)) {
                        continue;
                    }
                    String mistyped = value.substring(0, position) + typed + value.substring(position + 1);
                    assertThat(acceptedAsAnotherNumber(mistyped, number))
                            .as("%s mistyped as %s", value, mistyped)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void catchesEveryAdjacentTransposition() {
        for (CertificateNumber number : sample()) {
            String value = number.value();
            for (int position = 0; position + 1 < value.length(); position++) {
                char a = value.charAt(position);
                char b = value.charAt(position + 1);
                if (a == b) {
                    continue;
                }
                String swapped = value.substring(0, position) + b + a + value.substring(position + 2);
                assertThat(acceptedAsAnotherNumber(swapped, number))
                        .as("%s swapped to %s", value, swapped)
                        .isFalse();
            }
        }
    }

    /**
     * True when the text would be taken for a different valid number. Case and surrounding spaces
     * are forgiven on purpose, so a lower-case letter or a space at the edge reads as the same number.
     */
    private static boolean acceptedAsAnotherNumber(String text, CertificateNumber original) {
        try {
            return !CertificateNumber.parse(text).equals(original);
        } catch (CertificationException e) {
            return false;
        }
    }

    /** Every level and the edges of the serial, plus a seeded random spread of years and serials. */
    private static List<CertificateNumber> sample() {
        List<CertificateNumber> numbers = new ArrayList<>();
        Random random = new Random(6);
        for (QualificationLevel level : QualificationLevel.values()) {
            numbers.add(new CertificateNumber(2026, level, 1));
            numbers.add(new CertificateNumber(2026, level, 123));
            numbers.add(new CertificateNumber(2099, level, CertificateNumber.SERIAL_MAX));
            for (int i = 0; i < 300; i++) {
                numbers.add(new CertificateNumber(
                        2000 + random.nextInt(100), level, 1 + random.nextInt(CertificateNumber.SERIAL_MAX)));
            }
        }
        return numbers;
    }
}
