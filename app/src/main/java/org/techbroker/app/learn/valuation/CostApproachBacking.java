package org.techbroker.app.learn.valuation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.techbroker.courses.valuation.CostApproachInput;
import org.techbroker.courses.valuation.CostApproachResult;

/** The cost approach page of the workbench: learn/valuation/cost.xhtml. */
@Named
@ViewScoped
public class CostApproachBacking extends WorkbenchBacking<CostForm, CostApproachResult> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getPage() {
        return "cost";
    }

    @Override
    protected CostForm example() {
        return CostForm.example();
    }

    @Override
    protected List<Scenario<CostForm, CostApproachResult>> scenarios() {
        return CostForm.scenarios();
    }

    @Override
    protected CostApproachResult compute(CostForm form, Inputs inputs) {
        CostApproachInput input = form.read(inputs);
        return input == null ? null : engine().costApproach(input);
    }

    @Override
    protected List<Given> givens(CostForm form, Wording wording) {
        return form.givens(wording);
    }
}
