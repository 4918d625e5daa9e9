package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What relief from royalty needs: the sales the technology will support, the royalty rate a
 * licensee would pay on them, the tax on the royalty and the discounting.
 *
 * @param projectedSales sales per year, year 1 first; at least one, none negative
 * @param royaltyRate the royalty as a share of sales, 0 to 1
 * @param taxRate the income tax rate on the royalty saved, 0 to 1; zero for a pre-tax value
 * @param discountRate the discount rate
 * @param timing end-of-year or mid-year discounting
 */
public record RoyaltyInput(
        List<BigDecimal> projectedSales,
        BigDecimal royaltyRate,
        BigDecimal taxRate,
        DiscountRate discountRate,
        TimingConvention timing) {

    public RoyaltyInput {
        projectedSales = validSales(projectedSales);
        validRoyaltyRate(royaltyRate);
        required(taxRate, "taxRate");
        check(Decimals.isFraction(taxRate), ValuationKeys.TAX_RATE_OUT_OF_RANGE, taxRate);
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(timing, "timing");
    }

    /** Before tax, discounted at the end of each year. */
    public RoyaltyInput(List<BigDecimal> projectedSales, BigDecimal royaltyRate, DiscountRate discountRate) {
        this(projectedSales, royaltyRate, BigDecimal.ZERO, discountRate, TimingConvention.END_OF_YEAR);
    }

    static List<BigDecimal> validSales(List<BigDecimal> sales) {
        List<BigDecimal> copy = Decimals.copyOf(sales, "projectedSales");
        check(!copy.isEmpty(), ValuationKeys.NO_PROJECTED_SALES);
        for (int year = 1; year <= copy.size(); year++) {
            check(copy.get(year - 1).signum() >= 0, ValuationKeys.NEGATIVE_SALES, year, copy.get(year - 1));
        }
        return copy;
    }

    static void validRoyaltyRate(BigDecimal royaltyRate) {
        required(royaltyRate, "royaltyRate");
        check(Decimals.isFraction(royaltyRate), ValuationKeys.ROYALTY_RATE_OUT_OF_RANGE, royaltyRate);
    }
}
