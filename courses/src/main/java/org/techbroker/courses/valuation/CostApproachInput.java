package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the cost approach needs: the cost of replacing (or reproducing) the technology today and how
 * much of that cost it has lost.
 *
 * @param replacementCost the current cost to replace or reproduce the technology; positive
 * @param depreciation either itemised depreciation or a newness rate (成新率)
 */
public record CostApproachInput(BigDecimal replacementCost, Depreciation depreciation) {

    public CostApproachInput {
        required(replacementCost, "replacementCost");
        Objects.requireNonNull(depreciation, "depreciation");
        check(replacementCost.signum() > 0, ValuationKeys.NON_POSITIVE_REPLACEMENT_COST, replacementCost);
    }

    /** How much of the replacement cost the technology has lost. */
    public sealed interface Depreciation permits Itemised, NewnessRate {}

    /**
     * Accumulated depreciation in its three parts, each a rate: physical deterioration, functional
     * obsolescence and economic (external) obsolescence.
     *
     * @param physical physical deterioration, by age or as a given rate
     * @param functionalObsolescence the rate of functional obsolescence, 0 to 1
     * @param economicObsolescence the rate of economic obsolescence, 0 to 1
     * @param basis what the obsolescence rates apply to
     */
    public record Itemised(
            PhysicalDeterioration physical,
            BigDecimal functionalObsolescence,
            BigDecimal economicObsolescence,
            DepreciationBasis basis)
            implements Depreciation {

        public Itemised {
            Objects.requireNonNull(physical, "physical");
            required(functionalObsolescence, "functionalObsolescence");
            required(economicObsolescence, "economicObsolescence");
            Objects.requireNonNull(basis, "basis");
            check(
                    Decimals.isFraction(functionalObsolescence),
                    ValuationKeys.OBSOLESCENCE_OUT_OF_RANGE,
                    functionalObsolescence);
            check(
                    Decimals.isFraction(economicObsolescence),
                    ValuationKeys.OBSOLESCENCE_OUT_OF_RANGE,
                    economicObsolescence);
            if (basis == DepreciationBasis.REPLACEMENT_COST) {
                BigDecimal total = physical.rate().add(functionalObsolescence).add(economicObsolescence);
                check(total.compareTo(BigDecimal.ONE) <= 0, ValuationKeys.DEPRECIATION_EXCEEDS_COST, total);
            }
        }

        /** Physical deterioration only, with no obsolescence. */
        public static Itemised physicalOnly(PhysicalDeterioration physical) {
            return new Itemised(physical, BigDecimal.ZERO, BigDecimal.ZERO, DepreciationBasis.REPLACEMENT_COST);
        }
    }

    /**
     * The Chinese practice of stating what is left rather than what is lost: value = replacement
     * cost × 成新率.
     *
     * @param rate the newness rate, 0 (worn out) to 1 (as new)
     */
    public record NewnessRate(BigDecimal rate) implements Depreciation {

        public NewnessRate {
            required(rate, "rate");
            check(Decimals.isFraction(rate), ValuationKeys.NEWNESS_RATE_OUT_OF_RANGE, rate);
        }

        /**
         * The newness rate by the service-life method (年限法): remaining life ÷ (years used +
         * remaining life).
         */
        public static NewnessRate fromLives(BigDecimal yearsUsed, BigDecimal remainingYears) {
            required(yearsUsed, "yearsUsed");
            required(remainingYears, "remainingYears");
            check(yearsUsed.signum() >= 0, ValuationKeys.NEGATIVE_AGE, yearsUsed);
            check(remainingYears.signum() >= 0, ValuationKeys.NEGATIVE_REMAINING_LIFE, remainingYears);
            BigDecimal life = yearsUsed.add(remainingYears);
            check(life.signum() > 0, ValuationKeys.NON_POSITIVE_LIFE, life);
            return new NewnessRate(remainingYears.divide(life, Precision.CALCULATION));
        }
    }

    /** Physical deterioration as a rate of the replacement cost. */
    public sealed interface PhysicalDeterioration permits ByAge, ByRate {

        /** The share of the replacement cost lost to wear, 0 to 1, at full precision. */
        BigDecimal rate();

        /** No physical deterioration. */
        static PhysicalDeterioration none() {
            return new ByRate(BigDecimal.ZERO);
        }
    }

    /**
     * Straight-line deterioration: age ÷ economic life.
     *
     * @param age years in use; not negative and not beyond the economic life
     * @param economicLife the total economic life in years; positive
     */
    public record ByAge(BigDecimal age, BigDecimal economicLife) implements PhysicalDeterioration {

        public ByAge {
            required(age, "age");
            required(economicLife, "economicLife");
            check(age.signum() >= 0, ValuationKeys.NEGATIVE_AGE, age);
            check(economicLife.signum() > 0, ValuationKeys.NON_POSITIVE_LIFE, economicLife);
            check(age.compareTo(economicLife) <= 0, ValuationKeys.AGE_BEYOND_LIFE, age, economicLife);
        }

        @Override
        public BigDecimal rate() {
            return age.divide(economicLife, Precision.CALCULATION);
        }
    }

    /** A deterioration rate estimated directly (for example by inspection), 0 to 1. */
    public record ByRate(BigDecimal rate) implements PhysicalDeterioration {

        public ByRate {
            required(rate, "rate");
            check(Decimals.isFraction(rate), ValuationKeys.DETERIORATION_OUT_OF_RANGE, rate);
        }
    }

    /** What the functional and economic obsolescence rates are rates of. */
    public enum DepreciationBasis {
        /**
         * Every rate is a share of the replacement cost and the three amounts add up; their rates
         * together may not exceed 100 %.
         */
        REPLACEMENT_COST,
        /**
         * Each rate applies in turn to what the earlier deductions left: physical deterioration
         * first, then functional, then economic obsolescence. This is the textbook order (经济性贬值额 =
         * (重置成本 − 实体性贬值 − 功能性贬值) × 经济性贬值率) and can never take the value below zero.
         */
        REMAINING_VALUE
    }
}
