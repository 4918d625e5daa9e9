package org.techbroker.app.learn.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1250000.50|1250000.50",
                "1,250,000.50|1250000.50",
                "1 250 000.5|1250000.5",
                "1'250'000|1250000",
                "  800,000  |800000",
                "0.5|0.5",
                ".5|0.5",
                "-100|-100",
                "+3|3",
                "−12.5|-12.5",
                "0|0",
                "999|999",
                "1,000|1000",
                "12,345,678.901|12345678.901"
            })
    void readsAPointAndIgnoresThousandsSeparators(String text, String expected) {
        assertThat(NumberText.parse(text)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
    }

    @Test
    void readsWhatAChineseInputMethodTypes() {
        // Full-width digits, comma, point, minus and ideographic space, and a no-break space.
        assertThat(NumberText.parse("１，２５０，０００．５")).hasValue(new BigDecimal("1250000.5"));
        assertThat(NumberText.parse("－３")).hasValue(new BigDecimal("-3"));
        assertThat(NumberText.parse("1　250\u00a0000")).hasValue(new BigDecimal("1250000"));
        assertThat(NumberText.parsePercent("１２．５％")).hasValue(new BigDecimal("0.125"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(
            strings = {
                "1,5",
                "12,34",
                "1234,567",
                "1,2345",
                "1.000,5",
                "1.",
                "1.2.3",
                "abc",
                "12a",
                "1e5",
                "--1",
                "+-1",
                ",100",
                "100,",
                "%",
                "12%",
                "NaN",
                "Infinity",
                "0x10",
                "1 2"
            })
    void refusesWhatItCannotReadWithoutGuessing(String text) {
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "　"})
    void blankIsBlankNotZero(String text) {
        assertThat(NumberText.isBlank(text)).isTrue();
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @Test
    void refusesNumbersTooLongToMeanAnything() {
        assertThat(NumberText.isTooLong("12345678901234567890")).isFalse();
        assertThat(NumberText.parse("12345678901234567890")).isPresent();
        assertThat(NumberText.isTooLong("123456789012345678901")).isTrue();
        assertThat(NumberText.parse("123456789012345678901")).isEmpty();
        assertThat(NumberText.isTooLong("1".repeat(5) + " ".repeat(40))).isTrue();
        assertThat(NumberText.isTooLong("800,000")).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" % is {1}")
    @CsvSource(
            delimiter = '|',
            value = {"12.5|0.125", "12.5%|0.125", "12.5 %|0.125", "3|0.03", "-100|-1", "0|0", "100|1", "0.25|0.0025"})
    void readsPercentagesAsDecimalRates(String text, String rate) {
        assertThat(NumberText.parsePercent(text))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(rate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5%%", "%12", "twelve", "12,5"})
    void refusesWhatIsNotAPercentage(String text) {
        assertThat(NumberText.parsePercent(text)).isEmpty();
    }

    @Test
    void readsWholeNumbers() {
        assertThat(NumberText.parseWhole("5")).hasValue(5);
        assertThat(NumberText.parseWhole("0")).hasValue(0);
        assertThat(NumberText.parseWhole("-3")).hasValue(-3);
        assertThat(NumberText.parseWhole("5.0")).hasValue(5);
        assertThat(NumberText.parseWhole("1,000")).hasValue(1000);
        assertThat(NumberText.parseWhole("2.5")).isEmpty();
        assertThat(NumberText.parseWhole("99999999999")).isEmpty();
        assertThat(NumberText.parseWhole("x")).isEmpty();
    }

    @Test
    void writesMoneyWithTwoDecimalsGroupedInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, CHINESE}) {
            assertThat(NumberText.money(new BigDecimal("3944105.53"), locale)).isEqualTo("3,944,105.53");
            assertThat(NumberText.money(new BigDecimal("1500000"), locale)).isEqualTo("1,500,000.00");
            assertThat(NumberText.money(new BigDecimal("-205154.57"), locale)).isEqualTo("-205,154.57");
            assertThat(NumberText.money(new BigDecimal("0.125"), locale)).isEqualTo("0.12");
            assertThat(NumberText.money(new BigDecimal("0.135"), locale)).isEqualTo("0.14");
        }
    }

    @Test
    void writesRatesAsPercentagesAndFactorsToSixDecimals() {
        assertThat(NumberText.percent(new BigDecimal("0.15"), Locale.ENGLISH)).isEqualTo("15%");
        assertThat(NumberText.percent(new BigDecimal("0.098039"), CHINESE)).isEqualTo("9.8039%");
        assertThat(NumberText.percent(new BigDecimal("-1"), Locale.ENGLISH)).isEqualTo("-100%");
        assertThat(NumberText.decimal(new BigDecimal("0.869565"), 6, Locale.ENGLISH))
                .isEqualTo("0.869565");
        assertThat(NumberText.decimal(new BigDecimal("1.200000"), 6, CHINESE)).isEqualTo("1.2");
        assertThat(NumberText.decimal(new BigDecimal("2.5"), 1, Locale.ENGLISH)).isEqualTo("2.5");
    }

    @Test
    void whatItWritesItReadsBack() {
        BigDecimal amount = new BigDecimal("12345678.90");
        assertThat(NumberText.parse(NumberText.money(amount, CHINESE))).hasValue(amount);
        assertThat(NumberText.parsePercent(NumberText.percent(new BigDecimal("0.125"), Locale.ENGLISH)))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.125"));
    }
}
