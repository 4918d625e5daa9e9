package org.techbroker.app.learn.valuation;

import java.math.BigDecimal;
import java.util.Locale;
import org.techbroker.app.i18n.Messages;
import org.techbroker.courses.valuation.Precision;

/**
 * Texts and figures in one language: bundle messages, and the engine's figures written with the
 * units the bundles give ("CNY 1,500,000.00", "1,500,000.00 元").
 *
 * @param locale the page's language
 */
record Wording(Locale locale) {

    static final String MONEY = "learn_valuation.format.money";
    static final String YEARS = "learn_valuation.format.years";

    String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    /** The label of an enum value, under the bundles' EnumName.VALUE rule. */
    String label(Enum<?> value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    String money(BigDecimal amount) {
        return amount == null ? "" : text(MONEY, NumberText.money(amount, locale));
    }

    String percent(BigDecimal rate) {
        return rate == null ? "" : NumberText.percent(rate, locale);
    }

    String factor(BigDecimal value) {
        return value == null ? "" : NumberText.decimal(value, Precision.FACTOR_SCALE, locale);
    }

    String years(BigDecimal years) {
        return years == null ? "" : text(YEARS, years);
    }

    /** A discount period (1, 2.5): the number alone, as the column heading names the unit. */
    String period(BigDecimal period) {
        return period == null ? "" : NumberText.decimal(period, 1, locale);
    }

    /** Money typed in a form (a scenario's given), written as the engine's figures are. */
    String moneyText(String text) {
        return money(NumberText.parse(text).orElseThrow());
    }

    /** A percentage typed in a form, written as a percentage. */
    String percentText(String text) {
        return percent(NumberText.parsePercent(text).orElseThrow());
    }

    /** A plain number typed in a form (a coefficient, a factor), written with up to six decimals. */
    String numberText(String text) {
        return factor(NumberText.parse(text).orElseThrow());
    }

    /** A number of years typed in a form. */
    String yearsText(String text) {
        return years(NumberText.parse(text).orElseThrow());
    }
}
