package org.techbroker.app.learn.valuation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.techbroker.courses.valuation.IncomeApproachInput;
import org.techbroker.courses.valuation.IncomeApproachResult;
import org.techbroker.courses.valuation.IncomeApproachResult.TerminalValueLine;

/** The income approach page of the workbench: learn/valuation/income.xhtml. */
@Named
@ViewScoped
public class IncomeApproachBacking extends WorkbenchBacking<IncomeForm, IncomeApproachResult> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getPage() {
        return "income";
    }

    @Override
    protected IncomeForm example() {
        return IncomeForm.example();
    }

    @Override
    protected List<Scenario<IncomeForm, IncomeApproachResult>> scenarios() {
        return IncomeForm.scenarios();
    }

    @Override
    protected IncomeApproachResult compute(IncomeForm form, Inputs inputs) {
        IncomeApproachInput input = form.read(inputs);
        return input == null ? null : engine().incomeApproach(input);
    }

    /** The terminal value's line of the result, or null when there is none. */
    public TerminalValueLine getTerminalLine() {
        return getResult() == null ? null : getResult().terminalValue().orElse(null);
    }

    @Override
    protected List<Given> givens(IncomeForm form, Wording wording) {
        return form.givens(wording);
    }
}
