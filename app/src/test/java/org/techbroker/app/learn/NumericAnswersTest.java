package org.techbroker.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericAnswersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2400000|2400000",
                "2,400,000|2400000",
                "2 400 000|2400000",
                " 2400000 |2400000",
                "1,234.5|1234.5",
                "1 234.5|1234.5",
                "6.2|6.2",
                ".5|0.5",
                "5.|5",
                "-12.75|-12.75",
                "+3|3",
                "0|0",
                "12.345678|12.345678",
                "1,000|1000",
                "999,999,999.25|999999999.25"
            })
    void readsPointDecimalsAndIgnoresThousandsSeparators(String text, String expected) {
        assertThat(NumericAnswers.parse(text))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @Test
    void readsWhatChineseInputMethodsType() {
        // Full-width digits, comma and point; an ideographic space; the ideographic full stop.
        assertThat(NumericAnswers.parse("２，４００，０００")).hasValue(new BigDecimal("2400000"));
        assertThat(NumericAnswers.parse("６．２")).hasValue(new BigDecimal("6.2"));
        assertThat(NumericAnswers.parse("1\u3000234")).hasValue(new BigDecimal("1234"));
        assertThat(NumericAnswers.parse("6。2")).hasValue(new BigDecimal("6.2"));
        assertThat(NumericAnswers.parse("1\u00a0234.5")).hasValue(new BigDecimal("1234.5"));
        assertThat(NumericAnswers.parse("\u22125")).hasValue(new BigDecimal("-5"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,5", // a decimal comma: refused, not read as 15
                "12,34",
                "1,2345",
                "1,234,56",
                ",123",
                "1.234.5",
                "1.2.3",
                "abc",
                "12a",
                "1e5",
                "0x10",
                "--1",
                "+-1",
                ".",
                "-",
                "240万",
                "12%",
                "NaN",
                "Infinity"
            })
    void refusesWhatIsNoNumber(String text) {
        assertThat(NumericAnswers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void blankIsNoNumber(String text) {
        assertThat(NumericAnswers.parse(text)).isEmpty();
    }

    @Test
    void refusesOverlongInputUnread() {
        assertThat(NumericAnswers.parse("1".repeat(NumericAnswers.MAX_LENGTH))).isPresent();
        assertThat(NumericAnswers.parse("1".repeat(NumericAnswers.MAX_LENGTH + 1)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2400000.00000000|2,400,000",
                "6.20000000|6.2",
                "0.01000000|0.01",
                "1000|1,000",
                "-1234.5|-1,234.5",
                "0E-8|0",
                "1E+3|1,000"
            })
    void showsNumbersGroupedWithoutTrailingZerosOrExponents(String stored, String shown) {
        assertThat(NumericAnswers.format(new BigDecimal(stored))).isEqualTo(shown);
    }

    @Test
    void whatIsShownReadsBackAsTheSameNumber() {
        BigDecimal answer = new BigDecimal("1234567.891");
        assertThat(NumericAnswers.parse(NumericAnswers.format(answer)))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(answer));
    }

    @Test
    void showsNothingForNoNumber() {
        assertThat(NumericAnswers.format(null)).isEmpty();
    }
}
