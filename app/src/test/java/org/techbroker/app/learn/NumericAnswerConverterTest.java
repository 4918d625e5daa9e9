package org.techbroker.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quiz reads numbers as the valuation workbench does (its own tests cover every form); here,
 * the forms a numeric practice answer comes in, and that an empty field is no answer rather than an
 * error. A text that is no number fails beside its field, which the browser journey shows.
 */
class NumericAnswerConverterTest {

    private final NumericAnswerConverter converter = new NumericAnswerConverter();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2400000|2400000",
                "2,400,000|2400000",
                "2 400 000|2400000",
                "２，４００，０００|2400000",
                "6.2|6.2",
                "0.01|0.01",
                "-12.5|-12.5"
            })
    void readsTheAnswer(String text, String expected) {
        assertThat(converter.getAsObject(null, null, text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void anEmptyFieldIsNoAnswer(String text) {
        assertThat(converter.getAsObject(null, null, text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2400000.00000000|2400000", "6.20000000|6.2"})
    void writesTheNumberBackPlainly(String stored, String shown) {
        assertThat(converter.getAsString(null, null, new BigDecimal(stored).stripTrailingZeros()))
                .isEqualTo(shown);
    }
}
