package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;
import static org.techbroker.courses.valuation.Precision.CALCULATION;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A discount rate built up from a risk-free rate and a risk premium (累加法), optionally converted
 * between nominal and real terms with the Fisher relation
 * (1 + nominal) = (1 + real) × (1 + inflation). The rate must match the cash flows: nominal
 * (current-price) cash flows take a nominal rate, real (constant-price) cash flows a real rate.
 * Risk-free rates are quoted nominal, so real cash flows need {@link #toReal}.
 *
 * <p>All rates are annual, compounded yearly, as decimals. A rate of −100 % or below has no meaning
 * (it would make 1 + rate zero or negative) and is refused.
 *
 * @param riskFreeRate the risk-free rate, for example a government bond yield
 * @param riskPremium the premium for the technology's risks; may be zero or negative
 * @param conversion whether and which way to convert the built-up rate
 * @param inflationRate the inflation rate used by the conversion; zero when there is none
 */
public record DiscountRate(
        BigDecimal riskFreeRate, BigDecimal riskPremium, Conversion conversion, BigDecimal inflationRate) {

    public DiscountRate {
        required(riskFreeRate, "riskFreeRate");
        required(riskPremium, "riskPremium");
        Objects.requireNonNull(conversion, "conversion");
        required(inflationRate, "inflationRate");
        BigDecimal builtUp = riskFreeRate.add(riskPremium);
        check(builtUp.compareTo(Decimals.MINUS_ONE) > 0, ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT, builtUp);
        check(
                inflationRate.compareTo(Decimals.MINUS_ONE) > 0,
                ValuationKeys.INFLATION_NOT_ABOVE_MINUS_100_PERCENT,
                inflationRate);
    }

    /** Which way the built-up rate is converted. */
    public enum Conversion {
        /** Use the built-up rate as it is. */
        NONE,
        /** The built-up rate is nominal; discount real cash flows at (1 + n) ÷ (1 + i) − 1. */
        NOMINAL_TO_REAL,
        /** The built-up rate is real; discount nominal cash flows at (1 + r) × (1 + i) − 1. */
        REAL_TO_NOMINAL
    }

    /** Risk-free rate plus risk premium, used as it is. */
    public static DiscountRate of(BigDecimal riskFreeRate, BigDecimal riskPremium) {
        return new DiscountRate(riskFreeRate, riskPremium, Conversion.NONE, BigDecimal.ZERO);
    }

    /** This rate, taken as nominal, converted to a real rate at the given inflation. */
    public DiscountRate toReal(BigDecimal inflation) {
        return new DiscountRate(riskFreeRate, riskPremium, Conversion.NOMINAL_TO_REAL, inflation);
    }

    /** This rate, taken as real, converted to a nominal rate at the given inflation. */
    public DiscountRate toNominal(BigDecimal inflation) {
        return new DiscountRate(riskFreeRate, riskPremium, Conversion.REAL_TO_NOMINAL, inflation);
    }

    /** Risk-free rate + risk premium, before any conversion. */
    public BigDecimal builtUpRate() {
        return riskFreeRate.add(riskPremium);
    }

    /** The rate the cash flows are discounted at, at full precision; always above −100 %. */
    public BigDecimal appliedRate() {
        return switch (conversion) {
            case NONE -> builtUpRate();
            case NOMINAL_TO_REAL -> nominalToReal(builtUpRate(), inflationRate);
            case REAL_TO_NOMINAL -> realToNominal(builtUpRate(), inflationRate);
        };
    }

    /** The Fisher relation solved for the real rate: (1 + n) ÷ (1 + i) − 1. */
    public static BigDecimal nominalToReal(BigDecimal nominal, BigDecimal inflation) {
        return BigDecimal.ONE
                .add(nominal)
                .divide(BigDecimal.ONE.add(inflation), CALCULATION)
                .subtract(BigDecimal.ONE);
    }

    /** The Fisher relation solved for the nominal rate: (1 + r) × (1 + i) − 1. */
    public static BigDecimal realToNominal(BigDecimal real, BigDecimal inflation) {
        return BigDecimal.ONE
                .add(real)
                .multiply(BigDecimal.ONE.add(inflation), CALCULATION)
                .subtract(BigDecimal.ONE);
    }
}
