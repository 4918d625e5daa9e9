package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.courses.valuation.DiscountRate;
import org.techbroker.courses.valuation.DiscountRate.Conversion;
import org.techbroker.courses.valuation.TimingConvention;

/**
 * The discounting inputs that the income approach and relief from royalty share: a built-up rate
 * (risk-free rate + risk premium), its conversion between nominal and real terms at an inflation
 * rate, and the timing convention. The inflation rate is read only when a conversion needs it.
 */
public class DiscountFields implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String RISK_FREE_RATE = "learn_valuation.label.risk_free_rate";
    static final String RISK_PREMIUM = "learn_valuation.label.risk_premium";
    static final String CONVERSION = "learn_valuation.label.conversion";
    static final String INFLATION_RATE = "learn_valuation.label.inflation_rate";
    static final String TIMING = "learn_valuation.label.timing";

    private String riskFreeRate;
    private String riskPremium;
    private Conversion conversion = Conversion.NONE;
    private String inflationRate = "";
    private TimingConvention timing = TimingConvention.END_OF_YEAR;

    /** A built-up rate used as it is, at the end of each year; 2 % inflation ready for a conversion. */
    static DiscountFields of(String riskFreeRate, String riskPremium) {
        DiscountFields fields = new DiscountFields();
        fields.riskFreeRate = riskFreeRate;
        fields.riskPremium = riskPremium;
        fields.inflationRate = "2";
        return fields;
    }

    DiscountFields converted(Conversion conversion, String inflationRate) {
        this.conversion = conversion;
        this.inflationRate = inflationRate;
        return this;
    }

    DiscountFields timed(TimingConvention timing) {
        this.timing = timing;
        return this;
    }

    /**
     * Reads the fields; the discount rate is built (and its range checked by the engine) only when
     * the supplier is asked, after every field of the form has been read.
     */
    Supplier<DiscountRate> read(Inputs inputs) {
        BigDecimal riskFree = inputs.percent("riskFreeRate", riskFreeRate, Label.of(RISK_FREE_RATE));
        BigDecimal premium = inputs.percent("riskPremium", riskPremium, Label.of(RISK_PREMIUM));
        BigDecimal inflation = isConverted()
                ? inputs.percent("inflationRate", inflationRate, Label.of(INFLATION_RATE))
                : BigDecimal.ZERO;
        Conversion chosen = conversion;
        return () -> new DiscountRate(riskFree, premium, chosen, inflation);
    }

    void addGivens(List<Given> givens, Wording wording) {
        givens.add(new Given(wording.text(RISK_FREE_RATE), wording.percentText(riskFreeRate)));
        givens.add(new Given(wording.text(RISK_PREMIUM), wording.percentText(riskPremium)));
        givens.add(new Given(wording.text(CONVERSION), wording.label(conversion)));
        if (isConverted()) {
            givens.add(new Given(wording.text(INFLATION_RATE), wording.percentText(inflationRate)));
        }
        givens.add(new Given(wording.text(TIMING), wording.label(timing)));
    }

    public boolean isConverted() {
        return conversion != Conversion.NONE;
    }

    public Conversion[] getConversions() {
        return Conversion.values();
    }

    public TimingConvention[] getTimings() {
        return TimingConvention.values();
    }

    public String getRiskFreeRate() {
        return riskFreeRate;
    }

    public void setRiskFreeRate(String riskFreeRate) {
        this.riskFreeRate = riskFreeRate;
    }

    public String getRiskPremium() {
        return riskPremium;
    }

    public void setRiskPremium(String riskPremium) {
        this.riskPremium = riskPremium;
    }

    public Conversion getConversion() {
        return conversion;
    }

    public void setConversion(Conversion conversion) {
        this.conversion = conversion == null ? Conversion.NONE : conversion;
    }

    public String getInflationRate() {
        return inflationRate;
    }

    public void setInflationRate(String inflationRate) {
        this.inflationRate = inflationRate;
    }

    public TimingConvention getTiming() {
        return timing;
    }

    public void setTiming(TimingConvention timing) {
        this.timing = timing == null ? TimingConvention.END_OF_YEAR : timing;
    }
}
