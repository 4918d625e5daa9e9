package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;
import static org.techbroker.courses.valuation.Precision.CALCULATION;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One adjustment (修正系数) from a comparable transaction to the technology being valued: a coefficient
 * that multiplies the comparable's price. Above 1 means the subject is worth more than the
 * comparable on this factor, below 1 less.
 *
 * @param factor what the adjustment corrects for
 * @param coefficient the multiplier; positive
 */
public record MarketAdjustment(Factor factor, BigDecimal coefficient) {

    public MarketAdjustment {
        Objects.requireNonNull(factor, "factor");
        required(coefficient, "coefficient");
        check(coefficient.signum() > 0, ValuationKeys.NON_POSITIVE_ADJUSTMENT_FACTOR, coefficient);
    }

    /** What a market adjustment corrects for. */
    public enum Factor {
        /** The transaction date against the valuation date (交易时间修正). */
        TRANSACTION_DATE,
        /** The technology's level and performance (技术水平修正). */
        TECHNOLOGY_LEVEL,
        /** The remaining economic life (剩余寿命修正). */
        REMAINING_LIFE,
        /** The scale of use and the market conditions (规模与市场条件修正). */
        SCALE_AND_MARKET,
        /** Anything else (其他修正), such as payment terms or the rights transferred. */
        OTHER
    }

    /** An adjustment stated as a change: +0.05 for 5 % better, −0.10 for 10 % worse. */
    public static MarketAdjustment percent(Factor factor, BigDecimal change) {
        required(change, "change");
        return new MarketAdjustment(factor, BigDecimal.ONE.add(change));
    }

    /** The date adjustment from a price index: index at the valuation date ÷ index at the deal. */
    public static MarketAdjustment priceIndex(BigDecimal indexAtValuation, BigDecimal indexAtTransaction) {
        required(indexAtValuation, "indexAtValuation");
        required(indexAtTransaction, "indexAtTransaction");
        check(indexAtValuation.signum() > 0, ValuationKeys.NON_POSITIVE_PRICE_INDEX, indexAtValuation);
        check(indexAtTransaction.signum() > 0, ValuationKeys.NON_POSITIVE_PRICE_INDEX, indexAtTransaction);
        return new MarketAdjustment(Factor.TRANSACTION_DATE, indexAtValuation.divide(indexAtTransaction, CALCULATION));
    }

    /** The remaining-life adjustment as a plain ratio: subject's remaining years ÷ comparable's. */
    public static MarketAdjustment remainingLife(BigDecimal subjectYears, BigDecimal comparableYears) {
        return remainingLifeAt(subjectYears, comparableYears, BigDecimal.ZERO);
    }

    /**
     * The remaining-life adjustment as a ratio of annuity factors, so that later years count for
     * less: [1 − (1+r)^−n₁] ÷ [1 − (1+r)^−n₂] for the subject's n₁ and the comparable's n₂ whole
     * remaining years. At a zero rate it is the plain ratio n₁ ÷ n₂.
     */
    public static MarketAdjustment remainingLife(int subjectYears, int comparableYears, BigDecimal rate) {
        return remainingLifeAt(BigDecimal.valueOf(subjectYears), BigDecimal.valueOf(comparableYears), rate);
    }

    private static MarketAdjustment remainingLifeAt(BigDecimal subject, BigDecimal comparable, BigDecimal rate) {
        required(subject, "subjectYears");
        required(comparable, "comparableYears");
        required(rate, "rate");
        check(subject.signum() > 0, ValuationKeys.NON_POSITIVE_LIFE, subject);
        check(comparable.signum() > 0, ValuationKeys.NON_POSITIVE_LIFE, comparable);
        check(rate.compareTo(Decimals.MINUS_ONE) > 0, ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT, rate);
        if (rate.signum() == 0) {
            return new MarketAdjustment(Factor.REMAINING_LIFE, subject.divide(comparable, CALCULATION));
        }
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal subjectAnnuity = BigDecimal.ONE.subtract(Decimals.pow(growth, -subject.intValueExact()));
        BigDecimal comparableAnnuity = BigDecimal.ONE.subtract(Decimals.pow(growth, -comparable.intValueExact()));
        return new MarketAdjustment(Factor.REMAINING_LIFE, subjectAnnuity.divide(comparableAnnuity, CALCULATION));
    }
}
