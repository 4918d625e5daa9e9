package org.techbroker.app.learn.valuation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.techbroker.courses.valuation.TwoStageOptionInput;
import org.techbroker.courses.valuation.TwoStageOptionResult;

/**
 * The two-stage real option page of the workbench: learn/valuation/option.xhtml. Besides the
 * engine's figures it says in a sentence what they mean for the decision to start the first stage,
 * and draws the lattice when it is small enough to read.
 */
@Named
@ViewScoped
public class RealOptionBacking extends WorkbenchBacking<RealOptionForm, TwoStageOptionResult> {

    private static final long serialVersionUID = 1L;

    private static final String MEANING = "learn_valuation_option.result.meaning.";

    /** The inputs of the last result, which the explanation quotes. */
    private TwoStageOptionInput lastInput;

    @Override
    public String getPage() {
        return "option";
    }

    @Override
    protected RealOptionForm example() {
        return RealOptionForm.example();
    }

    @Override
    protected List<Scenario<RealOptionForm, TwoStageOptionResult>> scenarios() {
        return RealOptionForm.scenarios();
    }

    @Override
    protected TwoStageOptionResult compute(RealOptionForm form, Inputs inputs) {
        TwoStageOptionInput input = form.read(inputs);
        if (input == null) {
            return null;
        }
        TwoStageOptionResult result = engine().twoStageRealOption(input);
        lastInput = input;
        return input.steps() <= LatticeCell.MAX_DRAWN_STEPS ? result : withoutLattice(result);
    }

    @Override
    protected List<Given> givens(RealOptionForm form, Wording wording) {
        return form.givens(wording);
    }

    /** What the result means for the first stage, in a sentence or three. */
    public String getMeaning() {
        TwoStageOptionResult result = getResult();
        if (result == null || lastInput == null) {
            return "";
        }
        Wording wording = wording();
        String key = MEANING + (result.expandedNpv().signum() > 0 ? "start" : "hold");
        return wording.text(
                key,
                wording.money(lastInput.stageOneCost()),
                wording.money(lastInput.stageTwoCost()),
                wording.years(lastInput.yearsToDecision()),
                wording.money(result.optionValue()),
                wording.money(result.expandedNpv()),
                wording.money(result.staticNpv()),
                wording.money(result.flexibilityValue()));
    }

    /**
     * The result without its lattice, which the page would not draw: at 500 steps it holds 125,751
     * nodes, too many to keep in the view between requests.
     */
    private static TwoStageOptionResult withoutLattice(TwoStageOptionResult result) {
        return new TwoStageOptionResult(
                result.timeStep(),
                result.up(),
                result.down(),
                result.growthPerStep(),
                result.riskNeutralProbability(),
                result.optionValue(),
                result.staticNpv(),
                result.expandedNpv(),
                result.flexibilityValue(),
                List.of());
    }

    /** Whether the lattice is small enough to draw (it is kept only then). */
    public boolean isLatticeDrawn() {
        return getResult() != null && !getResult().lattice().isEmpty();
    }

    /** The lattice's rows, top row first, when it is drawn. */
    public List<List<LatticeCell>> getLatticeRows() {
        return isLatticeDrawn() ? LatticeCell.rows(getResult().lattice()) : List.of();
    }

    /** The steps 0 to n, for the lattice's column headings. */
    public List<Integer> getLatticeSteps() {
        return isLatticeDrawn()
                ? IntStream.range(0, getResult().lattice().size()).boxed().toList()
                : List.of();
    }

    public int getMaxDrawnSteps() {
        return LatticeCell.MAX_DRAWN_STEPS;
    }

    /** The decision date in years, for the lattice's caption. */
    public BigDecimal getYearsToDecision() {
        return lastInput == null ? null : lastInput.yearsToDecision();
    }
}
