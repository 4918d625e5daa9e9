package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Decimals.required;
import static org.techbroker.courses.valuation.Precision.CALCULATION;
import static org.techbroker.courses.valuation.Precision.factor;
import static org.techbroker.courses.valuation.Precision.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Royalty-based values, the form in which most technology is actually priced: licence fees as a
 * share of sales. Three calculations a broker meets:
 *
 * <ul>
 *   <li><b>relief from royalty</b>: what owning the technology saves in royalties that would
 *       otherwise be paid to license it, after tax and discounted; an income approach;
 *   <li><b>royalty on projected sales</b>: the undiscounted total a licence would bring, the figure
 *       negotiators quote;
 *   <li><b>the 25 % rule</b>: a rule of thumb for the royalty, a quarter of the licensee's expected
 *       operating profit.
 * </ul>
 */
public class RoyaltyApproach {

    /** The licensor's share under the 25 % rule. */
    public static final BigDecimal TWENTY_FIVE_PERCENT = new BigDecimal("0.25");

    /** Σ sales × royalty rate × (1 − tax rate) ÷ (1 + r)^t. */
    public ReliefFromRoyaltyResult reliefFromRoyalty(RoyaltyInput input) {
        List<BigDecimal> afterTax = new ArrayList<>();
        List<RoyaltyLine> lines = new ArrayList<>();
        List<BigDecimal> sales = input.projectedSales();
        for (int year = 1; year <= sales.size(); year++) {
            BigDecimal royalty = sales.get(year - 1).multiply(input.royaltyRate(), CALCULATION);
            BigDecimal tax = royalty.multiply(input.taxRate(), CALCULATION);
            BigDecimal net = royalty.subtract(tax, CALCULATION);
            afterTax.add(net);
            lines.add(new RoyaltyLine(year, money(sales.get(year - 1)), money(royalty), money(tax), money(net)));
        }
        BigDecimal rate = input.discountRate().appliedRate();
        Discounting discounting = Discounting.of(afterTax, rate, input.timing());
        return new ReliefFromRoyaltyResult(
                factor(input.royaltyRate()),
                factor(input.taxRate()),
                factor(input.discountRate().builtUpRate()),
                factor(rate),
                lines,
                discounting.lines,
                money(Decimals.sum(afterTax)),
                money(discounting.presentValue));
    }

    /** Σ sales × royalty rate, neither taxed nor discounted. */
    public ProjectedRoyaltyResult royaltyOnProjectedSales(List<BigDecimal> projectedSales, BigDecimal royaltyRate) {
        List<BigDecimal> sales = RoyaltyInput.validSales(projectedSales);
        RoyaltyInput.validRoyaltyRate(royaltyRate);
        List<RoyaltyLine> lines = new ArrayList<>();
        BigDecimal zero = money(BigDecimal.ZERO);
        for (int year = 1; year <= sales.size(); year++) {
            BigDecimal royalty = sales.get(year - 1).multiply(royaltyRate, CALCULATION);
            lines.add(new RoyaltyLine(year, money(sales.get(year - 1)), money(royalty), zero, money(royalty)));
        }
        BigDecimal totalSales = Decimals.sum(sales);
        return new ProjectedRoyaltyResult(
                factor(royaltyRate), lines, money(totalSales), money(totalSales.multiply(royaltyRate, CALCULATION)));
    }

    /**
     * The 25 % rule: the licensor takes a quarter of the licensee's expected operating profit from
     * the licensed product, so the royalty rate on sales is 25 % × the operating margin.
     *
     * <p>Use it only as a first bearing or a cross-check. It ignores how much of the profit the
     * technology actually causes, the other assets and risks the licensee brings, the bargaining
     * positions and the alternatives each side has; United States courts rejected it as a basis for
     * patent damages in <i>Uniloc v. Microsoft</i> (Fed. Cir. 2011). Chinese practice states the
     * same idea as a profit-sharing rate (利润分成率) of roughly a quarter to a third.
     *
     * @param expectedSales the licensee's expected sales of the licensed product; positive
     * @param expectedOperatingProfit the expected operating profit on them; positive and not more
     *     than the sales
     */
    public TwentyFivePercentRuleResult twentyFivePercentRule(
            BigDecimal expectedSales, BigDecimal expectedOperatingProfit) {
        required(expectedSales, "expectedSales");
        required(expectedOperatingProfit, "expectedOperatingProfit");
        check(expectedSales.signum() > 0, ValuationKeys.NON_POSITIVE_SALES, expectedSales);
        check(
                expectedOperatingProfit.signum() > 0,
                ValuationKeys.NON_POSITIVE_OPERATING_PROFIT,
                expectedOperatingProfit);
        check(
                expectedOperatingProfit.compareTo(expectedSales) <= 0,
                ValuationKeys.PROFIT_EXCEEDS_SALES,
                expectedOperatingProfit,
                expectedSales);
        BigDecimal margin = expectedOperatingProfit.divide(expectedSales, CALCULATION);
        return new TwentyFivePercentRuleResult(
                money(expectedSales),
                money(expectedOperatingProfit),
                factor(margin),
                factor(TWENTY_FIVE_PERCENT),
                money(expectedOperatingProfit.multiply(TWENTY_FIVE_PERCENT, CALCULATION)),
                factor(margin.multiply(TWENTY_FIVE_PERCENT, CALCULATION)));
    }
}
