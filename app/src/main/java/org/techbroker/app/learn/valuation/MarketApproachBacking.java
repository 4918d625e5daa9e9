package org.techbroker.app.learn.valuation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.techbroker.courses.valuation.MarketApproachInput;
import org.techbroker.courses.valuation.MarketApproachResult;

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
}
