package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.courses.valuation.TwoStageOptionInput;
import org.techbroker.courses.valuation.TwoStageOptionInput.LatticeMoves;
import org.techbroker.courses.valuation.TwoStageOptionInput.UpDown;
import org.techbroker.courses.valuation.TwoStageOptionInput.Volatility;
import org.techbroker.courses.valuation.TwoStageOptionResult;

/**
 * A two-stage real option as a trainee states it: the two stages' costs, today's value of the
 * launched project, the risk-free rate, the time to the second-stage decision, and the binomial
 * lattice (its steps, and its moves from a volatility or given directly).
 */
public class RealOptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String P = "learn_valuation_option.label.";

    /** How the lattice's moves are given. */
    public enum LatticeMoveInput {
        /** From the project value's volatility (Cox–Ross–Rubinstein). */
        VOLATILITY,
        /** Up and down factors given directly, as textbook exercises do. */
        UP_DOWN
    }

    private String stageOneCost = "";
    private String stageTwoCost = "";
    private String projectValue = "";
    private String riskFreeRate = "";
    private String yearsToDecision = "";
    private String steps = "";
    private LatticeMoveInput latticeMoveInput = LatticeMoveInput.UP_DOWN;
    private String volatility = "30";
    private String up = "";
    private String down = "";

    /**
     * Hull's two-step example in yuan: a project worth 5,000,000 today, a second stage costing
     * 5,200,000 in two years, 5 % risk-free, u = 1.2, d = 0.8; the first stage costs 500,000. The
     * option is worth 714,000 or so; its value with a first stage of 500,000 is positive.
     */
    static RealOptionForm example() {
        return upDown("500,000", "5,200,000", "5,000,000", "5", "2", "2", "1.2", "0.8");
    }

    static RealOptionForm upDown(
            String stageOne,
            String stageTwo,
            String value,
            String rate,
            String years,
            String steps,
            String up,
            String down) {
        RealOptionForm form = base(stageOne, stageTwo, value, rate, years, steps);
        form.latticeMoveInput = LatticeMoveInput.UP_DOWN;
        form.up = up;
        form.down = down;
        return form;
    }

    static RealOptionForm volatility(
            String stageOne,
            String stageTwo,
            String value,
            String rate,
            String years,
            String steps,
            String volatility) {
        RealOptionForm form = base(stageOne, stageTwo, value, rate, years, steps);
        form.latticeMoveInput = LatticeMoveInput.VOLATILITY;
        form.volatility = volatility;
        form.up = "1.2";
        form.down = "0.8";
        return form;
    }

    private static RealOptionForm base(
            String stageOne, String stageTwo, String value, String rate, String years, String steps) {
        RealOptionForm form = new RealOptionForm();
        form.stageOneCost = stageOne;
        form.stageTwoCost = stageTwo;
        form.projectValue = value;
        form.riskFreeRate = rate;
        form.yearsToDecision = years;
        form.steps = steps;
        return form;
    }

    /** The engine's input, or null when a field cannot be read. */
    TwoStageOptionInput read(Inputs inputs) {
        BigDecimal first = inputs.number("stageOneCost", stageOneCost, Label.of(P + "stage_one_cost"));
        BigDecimal second = inputs.number("stageTwoCost", stageTwoCost, Label.of(P + "stage_two_cost"));
        BigDecimal value = inputs.number("projectValue", projectValue, Label.of(P + "project_value"));
        BigDecimal rate = inputs.percent("riskFreeRate", riskFreeRate, Label.of(P + "risk_free_rate"));
        BigDecimal years = inputs.number("yearsToDecision", yearsToDecision, Label.of(P + "years_to_decision"));
        Integer n = inputs.whole("steps", steps, Label.of(P + "steps"));
        Supplier<LatticeMoves> moves = moves(inputs);
        if (inputs.hasProblems()) {
            return null;
        }
        return new TwoStageOptionInput(first, second, value, rate, years, n, moves.get());
    }

    private Supplier<LatticeMoves> moves(Inputs inputs) {
        return switch (latticeMoveInput) {
            case VOLATILITY -> {
                BigDecimal sigma = inputs.percent("volatility", volatility, Label.of(P + "volatility"));
                yield () -> new Volatility(sigma);
            }
            case UP_DOWN -> {
                BigDecimal u = inputs.number("up", up, Label.of(P + "up"));
                BigDecimal d = inputs.number("down", down, Label.of(P + "down"));
                yield () -> new UpDown(u, d);
            }
        };
    }

    List<Given> givens(Wording wording) {
        List<Given> givens = new ArrayList<>();
        givens.add(new Given(wording.text(P + "stage_one_cost"), wording.moneyText(stageOneCost)));
        givens.add(new Given(wording.text(P + "stage_two_cost"), wording.moneyText(stageTwoCost)));
        givens.add(new Given(wording.text(P + "project_value"), wording.moneyText(projectValue)));
        givens.add(new Given(wording.text(P + "risk_free_rate"), wording.percentText(riskFreeRate)));
        givens.add(new Given(wording.text(P + "years_to_decision"), wording.yearsText(yearsToDecision)));
        givens.add(new Given(wording.text(P + "steps"), wording.numberText(steps)));
        switch (latticeMoveInput) {
            case VOLATILITY -> givens.add(new Given(wording.text(P + "volatility"), wording.percentText(volatility)));
            case UP_DOWN -> {
                givens.add(new Given(wording.text(P + "up"), wording.numberText(up)));
                givens.add(new Given(wording.text(P + "down"), wording.numberText(down)));
            }
        }
        return givens;
    }

    /** The exercises of the real-option page. */
    static List<Scenario<RealOptionForm, TwoStageOptionResult>> scenarios() {
        return List.of(
                // Hull's two-step lattice with the moves given: the option value.
                new Scenario<>(1, RealOptionForm::example, TwoStageOptionResult::optionValue),
                // The same project with moves from a 30 % volatility: the expanded NPV.
                new Scenario<>(
                        2,
                        () -> volatility("500,000", "5,200,000", "5,000,000", "5", "2", "2", "30"),
                        TwoStageOptionResult::expandedNpv),
                // A pilot line: a three-step lattice over one year, launch costing less than the
                // project is worth today; the expanded NPV.
                new Scenario<>(
                        3,
                        () -> volatility("2,000,000", "15,000,000", "16,000,000", "3", "1", "3", "40"),
                        TwoStageOptionResult::expandedNpv));
    }

    public LatticeMoveInput[] getLatticeMoveInputs() {
        return LatticeMoveInput.values();
    }

    public String getStageOneCost() {
        return stageOneCost;
    }

    public void setStageOneCost(String stageOneCost) {
        this.stageOneCost = stageOneCost;
    }

    public String getStageTwoCost() {
        return stageTwoCost;
    }

    public void setStageTwoCost(String stageTwoCost) {
        this.stageTwoCost = stageTwoCost;
    }

    public String getProjectValue() {
        return projectValue;
    }

    public void setProjectValue(String projectValue) {
        this.projectValue = projectValue;
    }

    public String getRiskFreeRate() {
        return riskFreeRate;
    }

    public void setRiskFreeRate(String riskFreeRate) {
        this.riskFreeRate = riskFreeRate;
    }

    public String getYearsToDecision() {
        return yearsToDecision;
    }

    public void setYearsToDecision(String yearsToDecision) {
        this.yearsToDecision = yearsToDecision;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public LatticeMoveInput getLatticeMoveInput() {
        return latticeMoveInput;
    }

    public void setLatticeMoveInput(LatticeMoveInput latticeMoveInput) {
        this.latticeMoveInput = latticeMoveInput == null ? LatticeMoveInput.UP_DOWN : latticeMoveInput;
    }

    public String getVolatility() {
        return volatility;
    }

    public void setVolatility(String volatility) {
        this.volatility = volatility;
    }

    public String getUp() {
        return up;
    }

    public void setUp(String up) {
        this.up = up;
    }

    public String getDown() {
        return down;
    }

    public void setDown(String down) {
        this.down = down;
    }
}
