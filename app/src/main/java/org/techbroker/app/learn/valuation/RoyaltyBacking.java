package org.techbroker.app.learn.valuation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.valuation.RoyaltyInput;
import org.techbroker.courses.valuation.TwentyFivePercentRuleResult;

/**
 * The royalty page of the workbench: learn/valuation/royalty.xhtml. Besides relief from royalty
 * and the royalty on projected sales, it applies the 25 % rule of thumb in a form of its own,
 * always with the caveat beside it.
 */
@Named
@ViewScoped
public class RoyaltyBacking extends WorkbenchBacking<RoyaltyForm, RoyaltyResults> {

    private static final long serialVersionUID = 1L;

    static final String RULE_FORM = "rule";

    private String ruleSales = "10,000,000";
    private String ruleOperatingProfit = "2,000,000";
    private TwentyFivePercentRuleResult ruleResult;

    @Override
    public String getPage() {
        return "royalty";
    }

    @Override
    protected RoyaltyForm example() {
        return RoyaltyForm.example();
    }

    @Override
    protected List<Scenario<RoyaltyForm, RoyaltyResults>> scenarios() {
        return RoyaltyForm.scenarios();
    }

    @Override
    protected RoyaltyResults compute(RoyaltyForm form, Inputs inputs) {
        RoyaltyInput input = form.read(inputs);
        if (input == null) {
            return null;
        }
        return new RoyaltyResults(
                engine().reliefFromRoyalty(input),
                engine().royaltyOnProjectedSales(input.projectedSales(), input.royaltyRate()));
    }

    @Override
    protected List<Given> givens(RoyaltyForm form, Wording wording) {
        return form.givens(wording);
    }

    /** The 25 % rule: a quarter of the licensee's expected operating profit. */
    public void applyRule() {
        ruleResult = null;
        Inputs inputs = new Inputs();
        BigDecimal sales = inputs.number("ruleSales", ruleSales, Label.of("learn_valuation_royalty.label.rule_sales"));
        BigDecimal profit = inputs.number(
                "ruleOperatingProfit",
                ruleOperatingProfit,
                Label.of("learn_valuation_royalty.label.rule_operating_profit"));
        if (inputs.hasProblems()) {
            report(RULE_FORM, inputs);
            return;
        }
        try {
            ruleResult = engine().twentyFivePercentRule(sales, profit);
        } catch (CoursesException impossible) {
            FacesMessages.failure(impossible);
        }
    }

    public String getRuleSales() {
        return ruleSales;
    }

    public void setRuleSales(String ruleSales) {
        this.ruleSales = ruleSales;
    }

    public String getRuleOperatingProfit() {
        return ruleOperatingProfit;
    }

    public void setRuleOperatingProfit(String ruleOperatingProfit) {
        this.ruleOperatingProfit = ruleOperatingProfit;
    }

    public TwentyFivePercentRuleResult getRuleResult() {
        return ruleResult;
    }
}
