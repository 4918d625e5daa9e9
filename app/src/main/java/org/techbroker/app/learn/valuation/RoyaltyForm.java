package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.courses.valuation.DiscountRate;
import org.techbroker.courses.valuation.RoyaltyInput;
import org.techbroker.courses.valuation.TimingConvention;

/**
 * Royalty-based values as a trainee states them: projected sales per year, the royalty rate, the
 * tax rate on the royalty and the discounting.
 */
public class RoyaltyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String P = "learn_valuation_royalty.label.";

    private YearRows sales = new YearRows();
    private String royaltyRate = "";
    private String taxRate = "";
    private DiscountFields discount = new DiscountFields();

    /**
     * The royalty lesson's worked example: sales of 10, 12, 14, 14 and 12 million yuan, a 5 %
     * royalty, 25 % tax, discounted at 14 %: about 1.57 million.
     */
    static RoyaltyForm example() {
        return of(
                DiscountFields.of("3", "11"),
                "5",
                "25",
                "10,000,000",
                "12,000,000",
                "14,000,000",
                "14,000,000",
                "12,000,000");
    }

    static RoyaltyForm of(DiscountFields discount, String royaltyRate, String taxRate, String... sales) {
        RoyaltyForm form = new RoyaltyForm();
        form.sales = YearRows.of(sales);
        form.royaltyRate = royaltyRate;
        form.taxRate = taxRate;
        form.discount = discount;
        return form;
    }

    /** The engine's input, or null when a field cannot be read. */
    RoyaltyInput read(Inputs inputs) {
        List<BigDecimal> amounts = sales.read(inputs, "sales", P + "sales");
        BigDecimal royalty = inputs.percent("royaltyRate", royaltyRate, Label.of(P + "royalty_rate"));
        BigDecimal tax = inputs.percent("taxRate", taxRate, Label.of(P + "tax_rate"));
        Supplier<DiscountRate> rate = discount.read(inputs);
        if (inputs.hasProblems()) {
            return null;
        }
        return new RoyaltyInput(amounts, royalty, tax, rate.get(), discount.getTiming());
    }

    List<Given> givens(Wording wording) {
        List<Given> givens = new ArrayList<>();
        sales.addGivens(givens, wording, P + "sales");
        givens.add(new Given(wording.text(P + "royalty_rate"), wording.percentText(royaltyRate)));
        givens.add(new Given(wording.text(P + "tax_rate"), wording.percentText(taxRate)));
        discount.addGivens(givens, wording);
        return givens;
    }

    /** The exercises of the royalty page. */
    static List<Scenario<RoyaltyForm, RoyaltyResults>> scenarios() {
        return List.of(
                // The lesson's relief from royalty.
                new Scenario<>(1, RoyaltyForm::example, r -> r.relief().value()),
                // Royalties arriving through the year: mid-year discounting.
                new Scenario<>(
                        2,
                        () -> of(
                                DiscountFields.of("4", "6").timed(TimingConvention.MID_YEAR),
                                "5",
                                "25",
                                "1,000,000",
                                "2,000,000",
                                "3,000,000"),
                        r -> r.relief().value()),
                // The figure negotiators quote: neither taxed nor discounted, whatever the givens say.
                new Scenario<>(
                        3,
                        () -> of(DiscountFields.of("3", "9"), "4", "25", "8,000,000", "9,600,000", "11,200,000"),
                        r -> r.projected().totalRoyalty()));
    }

    public YearRows getSales() {
        return sales;
    }

    public String getRoyaltyRate() {
        return royaltyRate;
    }

    public void setRoyaltyRate(String royaltyRate) {
        this.royaltyRate = royaltyRate;
    }

    public String getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(String taxRate) {
        this.taxRate = taxRate;
    }

    public DiscountFields getDiscount() {
        return discount;
    }
}
