package org.techbroker.app.learn.valuation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.techbroker.app.i18n.LocaleSelection;

/**
 * How the workbench pages write the engine's figures, in the page's language: money with its
 * currency, rates as percentages, factors and probabilities to the engine's six decimals.
 */
@Named
@RequestScoped
public class ValuationFormat {

    @Inject
    LocaleSelection localeSelection;

    public String money(BigDecimal amount) {
        return wording().money(amount);
    }

    /** An amount without its currency, where a heading names it (the lattice's cells). */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : NumberText.money(amount, localeSelection.getLocale());
    }

    public String percent(BigDecimal rate) {
        return wording().percent(rate);
    }

    public String factor(BigDecimal value) {
        return wording().factor(value);
    }

    public String years(BigDecimal years) {
        return wording().years(years);
    }

    public String period(BigDecimal period) {
        return wording().period(period);
    }

    private Wording wording() {
        return new Wording(localeSelection.getLocale());
    }
}
