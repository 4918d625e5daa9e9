package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.courses.valuation.CostApproachInput;
import org.techbroker.courses.valuation.CostApproachInput.ByAge;
import org.techbroker.courses.valuation.CostApproachInput.ByRate;
import org.techbroker.courses.valuation.CostApproachInput.DepreciationBasis;
import org.techbroker.courses.valuation.CostApproachInput.Itemised;
import org.techbroker.courses.valuation.CostApproachInput.NewnessRate;
import org.techbroker.courses.valuation.CostApproachInput.PhysicalDeterioration;
import org.techbroker.courses.valuation.CostApproachResult;

/**
 * The cost approach as a trainee states it: the replacement cost and how much of it is lost,
 * either itemised (physical deterioration by age or as a rate, functional and economic
 * obsolescence) or as a newness rate (成新率), given or from the years used and remaining.
 */
public class CostForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String P = "learn_valuation_cost.label.";

    /** How the loss of value is given. */
    public enum DepreciationInput {
        /** Physical deterioration from age ÷ economic life, plus obsolescence. */
        BY_AGE,
        /** Physical deterioration as an estimated rate, plus obsolescence. */
        BY_RATE,
        /** A newness rate (成新率) given directly. */
        NEWNESS_RATE,
        /** A newness rate from the years used and the years remaining (年限法). */
        SERVICE_LIFE
    }

    private String replacementCost = "";
    private DepreciationInput depreciationInput = DepreciationInput.BY_AGE;
    private String age = "";
    private String economicLife = "";
    private String physicalRate = "";
    private String functionalObsolescence = "0";
    private String economicObsolescence = "0";
    private DepreciationBasis basis = DepreciationBasis.REPLACEMENT_COST;
    private String newnessRate = "";
    private String yearsUsed = "";
    private String remainingYears = "";

    /**
     * The cost lesson's worked example: a test rig's software and know-how would cost 2.4 million
     * yuan to rebuild; 3 of its 8 years of economic life have passed: 1.5 million.
     */
    static CostForm example() {
        CostForm form = byAge("2,400,000", "3", "8", "0", "0", DepreciationBasis.REPLACEMENT_COST);
        form.physicalRate = "37.5";
        form.newnessRate = "62.5";
        form.yearsUsed = "3";
        form.remainingYears = "5";
        return form;
    }

    static CostForm byAge(
            String cost, String age, String life, String functional, String economic, DepreciationBasis basis) {
        CostForm form = new CostForm();
        form.replacementCost = cost;
        form.age = age;
        form.economicLife = life;
        form.functionalObsolescence = functional;
        form.economicObsolescence = economic;
        form.basis = basis;
        return form;
    }

    static CostForm serviceLife(String cost, String yearsUsed, String remainingYears) {
        CostForm form = new CostForm();
        form.depreciationInput = DepreciationInput.SERVICE_LIFE;
        form.replacementCost = cost;
        form.yearsUsed = yearsUsed;
        form.remainingYears = remainingYears;
        return form;
    }

    /** The engine's input, or null when a field cannot be read. */
    CostApproachInput read(Inputs inputs) {
        BigDecimal cost = inputs.number("replacementCost", replacementCost, Label.of(P + "replacement_cost"));
        Supplier<CostApproachInput.Depreciation> depreciation = depreciation(inputs);
        if (inputs.hasProblems()) {
            return null;
        }
        return new CostApproachInput(cost, depreciation.get());
    }

    private Supplier<CostApproachInput.Depreciation> depreciation(Inputs inputs) {
        return switch (depreciationInput) {
            case BY_AGE -> {
                BigDecimal years = inputs.number("age", age, Label.of(P + "age"));
                BigDecimal life = inputs.number("economicLife", economicLife, Label.of(P + "economic_life"));
                yield itemised(inputs, () -> new ByAge(years, life));
            }
            case BY_RATE -> {
                BigDecimal rate = inputs.percent("physicalRate", physicalRate, Label.of(P + "physical_rate"));
                yield itemised(inputs, () -> new ByRate(rate));
            }
            case NEWNESS_RATE -> {
                BigDecimal rate = inputs.percent("newnessRate", newnessRate, Label.of(P + "newness_rate"));
                yield () -> new NewnessRate(rate);
            }
            case SERVICE_LIFE -> {
                BigDecimal used = inputs.number("yearsUsed", yearsUsed, Label.of(P + "years_used"));
                BigDecimal remaining = inputs.number("remainingYears", remainingYears, Label.of(P + "remaining_years"));
                yield () -> NewnessRate.fromLives(used, remaining);
            }
        };
    }

    private Supplier<CostApproachInput.Depreciation> itemised(Inputs inputs, Supplier<PhysicalDeterioration> physical) {
        BigDecimal functional = inputs.percent(
                "functionalObsolescence", functionalObsolescence, Label.of(P + "functional_obsolescence"));
        BigDecimal economic =
                inputs.percent("economicObsolescence", economicObsolescence, Label.of(P + "economic_obsolescence"));
        DepreciationBasis chosen = basis;
        return () -> new Itemised(physical.get(), functional, economic, chosen);
    }

    List<Given> givens(Wording wording) {
        List<Given> givens = new ArrayList<>();
        givens.add(new Given(wording.text(P + "replacement_cost"), wording.moneyText(replacementCost)));
        switch (depreciationInput) {
            case BY_AGE -> {
                givens.add(new Given(wording.text(P + "age"), wording.yearsText(age)));
                givens.add(new Given(wording.text(P + "economic_life"), wording.yearsText(economicLife)));
                addObsolescence(givens, wording);
            }
            case BY_RATE -> {
                givens.add(new Given(wording.text(P + "physical_rate"), wording.percentText(physicalRate)));
                addObsolescence(givens, wording);
            }
            case NEWNESS_RATE ->
                givens.add(new Given(wording.text(P + "newness_rate"), wording.percentText(newnessRate)));
            case SERVICE_LIFE -> {
                givens.add(new Given(wording.text(P + "years_used"), wording.yearsText(yearsUsed)));
                givens.add(new Given(wording.text(P + "remaining_years"), wording.yearsText(remainingYears)));
            }
        }
        return givens;
    }

    private void addObsolescence(List<Given> givens, Wording wording) {
        givens.add(new Given(wording.text(P + "functional_obsolescence"), wording.percentText(functionalObsolescence)));
        givens.add(new Given(wording.text(P + "economic_obsolescence"), wording.percentText(economicObsolescence)));
        givens.add(new Given(wording.text(P + "basis"), wording.label(basis)));
    }

    /** The exercises of the cost page. */
    static List<Scenario<CostForm, CostApproachResult>> scenarios() {
        return List.of(
                // The lesson's test rig, straight-line wear only.
                new Scenario<>(
                        1,
                        () -> byAge("2,400,000", "3", "8", "0", "0", DepreciationBasis.REPLACEMENT_COST),
                        CostApproachResult::value),
                // Wear and both obsolescences, each a share of the replacement cost.
                new Scenario<>(
                        2,
                        () -> byAge("500,000", "3", "10", "10", "5", DepreciationBasis.REPLACEMENT_COST),
                        CostApproachResult::value),
                // The textbook order: each rate applies to what the earlier deductions left.
                new Scenario<>(
                        3,
                        () -> byAge("800,000", "2", "8", "20", "10", DepreciationBasis.REMAINING_VALUE),
                        CostApproachResult::value),
                // 成新率 by the service-life method.
                new Scenario<>(4, () -> serviceLife("1,800,000", "4", "6"), CostApproachResult::value));
    }

    public DepreciationInput[] getDepreciationInputs() {
        return DepreciationInput.values();
    }

    public DepreciationBasis[] getBases() {
        return DepreciationBasis.values();
    }

    public boolean isItemised() {
        return depreciationInput == DepreciationInput.BY_AGE || depreciationInput == DepreciationInput.BY_RATE;
    }

    public String getReplacementCost() {
        return replacementCost;
    }

    public void setReplacementCost(String replacementCost) {
        this.replacementCost = replacementCost;
    }

    public DepreciationInput getDepreciationInput() {
        return depreciationInput;
    }

    public void setDepreciationInput(DepreciationInput depreciationInput) {
        this.depreciationInput = depreciationInput == null ? DepreciationInput.BY_AGE : depreciationInput;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = age;
    }

    public String getEconomicLife() {
        return economicLife;
    }

    public void setEconomicLife(String economicLife) {
        this.economicLife = economicLife;
    }

    public String getPhysicalRate() {
        return physicalRate;
    }

    public void setPhysicalRate(String physicalRate) {
        this.physicalRate = physicalRate;
    }

    public String getFunctionalObsolescence() {
        return functionalObsolescence;
    }

    public void setFunctionalObsolescence(String functionalObsolescence) {
        this.functionalObsolescence = functionalObsolescence;
    }

    public String getEconomicObsolescence() {
        return economicObsolescence;
    }

    public void setEconomicObsolescence(String economicObsolescence) {
        this.economicObsolescence = economicObsolescence;
    }

    public DepreciationBasis getBasis() {
        return basis;
    }

    public void setBasis(DepreciationBasis basis) {
        this.basis = basis == null ? DepreciationBasis.REPLACEMENT_COST : basis;
    }

    public String getNewnessRate() {
        return newnessRate;
    }

    public void setNewnessRate(String newnessRate) {
        this.newnessRate = newnessRate;
    }

    public String getYearsUsed() {
        return yearsUsed;
    }

    public void setYearsUsed(String yearsUsed) {
        this.yearsUsed = yearsUsed;
    }

    public String getRemainingYears() {
        return remainingYears;
    }

    public void setRemainingYears(String remainingYears) {
        this.remainingYears = remainingYears;
    }
}
