package org.techbroker.app.learn.valuation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.techbroker.courses.valuation.MarketAdjustment;
import org.techbroker.courses.valuation.MarketApproachInput;
import org.techbroker.courses.valuation.MarketApproachResult;
import org.techbroker.courses.valuation.MarketApproachResult.AdjustedComparable;

/** The market approach page of the workbench: learn/valuation/market.xhtml. */
@Named
@ViewScoped
public class MarketApproachBacking extends WorkbenchBacking<MarketForm, MarketApproachResult> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getPage() {
        return "market";
    }

    @Override
    protected MarketForm example() {
        return MarketForm.example();
    }

    @Override
    protected List<Scenario<MarketForm, MarketApproachResult>> scenarios() {
        return MarketForm.scenarios();
    }

    @Override
    protected MarketApproachResult compute(MarketForm form, Inputs inputs) {
        MarketApproachInput input = form.read(inputs);
        return input == null ? null : engine().marketApproach(input);
    }

    @Override
    protected List<Given> givens(MarketForm form, Wording wording) {
        return form.givens(wording);
    }

    /** A comparable's adjustments as one line: "Technology level × 1.1 · Remaining life × 0.7". */
    public String adjustments(AdjustedComparable comparable) {
        Wording wording = wording();
        return comparable.adjustments().stream()
                .map(adjustment -> describe(adjustment, wording))
                .collect(Collectors.joining(" · "));
    }

    private static String describe(MarketAdjustment adjustment, Wording wording) {
        return wording.text(
                "learn_valuation_market.result.adjustment",
                wording.label(adjustment.factor()),
                wording.factor(adjustment.coefficient()));
    }
}
