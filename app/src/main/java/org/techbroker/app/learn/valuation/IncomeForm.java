package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.courses.valuation.CashFlowProjection;
import org.techbroker.courses.valuation.CashFlowProjection.NetCashFlows;
import org.techbroker.courses.valuation.CashFlowProjection.ProfitShare;
import org.techbroker.courses.valuation.DiscountRate;
import org.techbroker.courses.valuation.DiscountRate.Conversion;
import org.techbroker.courses.valuation.IncomeApproachInput;
import org.techbroker.courses.valuation.IncomeApproachResult;
import org.techbroker.courses.valuation.TerminalValue;
import org.techbroker.courses.valuation.TimingConvention;

/**
 * The income approach as a trainee states it: the technology's cash flows (year by year, the same
 * every year, or revenue × margin × technology share), the discounting, and what the technology is
 * worth after its economic life.
 */
public class IncomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String P = "learn_valuation_income.label.";

    /** How the cash flows are given. */
    public enum CashFlowInput {
        /** One net cash flow per year. */
        YEARLY,
        /** The same amount for a number of years (an annuity). */
        LEVEL,
        /** Revenue per year × operating margin × the technology's share of the profit (分成法). */
        PROFIT_SHARE
    }

    /** What the technology is worth after the last projected year. */
    public enum TerminalValueInput {
        NONE,
        RESIDUAL,
        GROWING_PERPETUITY
    }

    private CashFlowInput cashFlowInput = CashFlowInput.YEARLY;
    private YearRows cashFlows = new YearRows();
    private String levelAmount = "";
    private String levelYears = "";
    private YearRows revenues = new YearRows();
    private String margin = "";
    private String technologyShare = "";
    private DiscountFields discount = new DiscountFields();
    private TerminalValueInput terminalValueInput = TerminalValueInput.NONE;
    private String residualValue = "";
    private String growthRate = "";

    /**
     * The income lesson's worked example: a drying process saves a ceramics maker 0.8, 1.2, 1.5,
     * 1.5 and 1.0 million yuan in years 1 to 5, discounted at 15 % (a 3 % risk-free rate and a 12 %
     * risk premium): about 3.94 million.
     */
    static IncomeForm example() {
        IncomeForm form = new IncomeForm();
        form.cashFlows = YearRows.of("800,000", "1,200,000", "1,500,000", "1,500,000", "1,000,000");
        form.levelAmount = "1,000,000";
        form.levelYears = "5";
        form.revenues = YearRows.of("10,000,000", "12,000,000", "15,000,000");
        form.margin = "20";
        form.technologyShare = "25";
        form.discount = DiscountFields.of("3", "12");
        form.residualValue = "0";
        form.growthRate = "2";
        return form;
    }

    static IncomeForm yearly(DiscountFields discount, String... cashFlows) {
        IncomeForm form = new IncomeForm();
        form.cashFlows = YearRows.of(cashFlows);
        form.discount = discount;
        return form;
    }

    static IncomeForm level(DiscountFields discount, String amount, String years) {
        IncomeForm form = new IncomeForm();
        form.cashFlowInput = CashFlowInput.LEVEL;
        form.levelAmount = amount;
        form.levelYears = years;
        form.discount = discount;
        return form;
    }

    static IncomeForm profitShare(DiscountFields discount, String margin, String share, String... revenues) {
        IncomeForm form = new IncomeForm();
        form.cashFlowInput = CashFlowInput.PROFIT_SHARE;
        form.revenues = YearRows.of(revenues);
        form.margin = margin;
        form.technologyShare = share;
        form.discount = discount;
        return form;
    }

    IncomeForm withPerpetuity(String growthRate) {
        this.terminalValueInput = TerminalValueInput.GROWING_PERPETUITY;
        this.growthRate = growthRate;
        return this;
    }

    IncomeForm withResidual(String residualValue) {
        this.terminalValueInput = TerminalValueInput.RESIDUAL;
        this.residualValue = residualValue;
        return this;
    }

    /**
     * The engine's input, or null when a field cannot be read. Every field is read before the
     * engine's records are built, so that all unreadable fields are reported at once.
     */
    IncomeApproachInput read(Inputs inputs) {
        Supplier<CashFlowProjection> projection = projection(inputs);
        Supplier<DiscountRate> rate = discount.read(inputs);
        Supplier<TerminalValue> terminal = terminal(inputs);
        if (inputs.hasProblems()) {
            return null;
        }
        return new IncomeApproachInput(projection.get(), rate.get(), discount.getTiming(), terminal.get());
    }

    private Supplier<CashFlowProjection> projection(Inputs inputs) {
        return switch (cashFlowInput) {
            case YEARLY -> {
                List<BigDecimal> amounts = cashFlows.read(inputs, "cashFlows", P + "cash_flow");
                yield () -> new NetCashFlows(amounts);
            }
            case LEVEL -> {
                BigDecimal amount = inputs.number("levelAmount", levelAmount, Label.of(P + "level_amount"));
                Integer years = inputs.whole("levelYears", levelYears, Label.of(P + "level_years"));
                yield () -> NetCashFlows.level(amount, years);
            }
            case PROFIT_SHARE -> {
                List<BigDecimal> amounts = revenues.read(inputs, "revenues", P + "revenue");
                BigDecimal marginRate = inputs.percent("margin", margin, Label.of(P + "margin"));
                BigDecimal share = inputs.percent("technologyShare", technologyShare, Label.of(P + "technology_share"));
                yield () -> new ProfitShare(amounts, marginRate, share);
            }
        };
    }

    private Supplier<TerminalValue> terminal(Inputs inputs) {
        return switch (terminalValueInput) {
            case NONE -> TerminalValue::none;
            case RESIDUAL -> {
                BigDecimal amount = inputs.number("residualValue", residualValue, Label.of(P + "residual_value"));
                yield () -> new TerminalValue.Residual(amount);
            }
            case GROWING_PERPETUITY -> {
                BigDecimal growth = inputs.percent("growthRate", growthRate, Label.of(P + "growth_rate"));
                yield () -> new TerminalValue.GrowingPerpetuity(growth);
            }
        };
    }

    List<Given> givens(Wording wording) {
        List<Given> givens = new ArrayList<>();
        switch (cashFlowInput) {
            case YEARLY -> cashFlows.addGivens(givens, wording, P + "cash_flow");
            case LEVEL -> {
                givens.add(new Given(wording.text(P + "level_amount"), wording.moneyText(levelAmount)));
                givens.add(new Given(wording.text(P + "level_years"), wording.yearsText(levelYears)));
            }
            case PROFIT_SHARE -> {
                revenues.addGivens(givens, wording, P + "revenue");
                givens.add(new Given(wording.text(P + "margin"), wording.percentText(margin)));
                givens.add(new Given(wording.text(P + "technology_share"), wording.percentText(technologyShare)));
            }
        }
        discount.addGivens(givens, wording);
        givens.add(new Given(wording.text(P + "terminal_value"), wording.label(terminalValueInput)));
        switch (terminalValueInput) {
            case NONE -> {}
            case RESIDUAL ->
                givens.add(new Given(wording.text(P + "residual_value"), wording.moneyText(residualValue)));
            case GROWING_PERPETUITY ->
                givens.add(new Given(wording.text(P + "growth_rate"), wording.percentText(growthRate)));
        }
        return givens;
    }

    /** The exercises of the income page. */
    static List<Scenario<IncomeForm, IncomeApproachResult>> scenarios() {
        return List.of(
                // The lesson's drying process, as the lesson's table works it.
                new Scenario<>(
                        1,
                        () -> yearly(
                                DiscountFields.of("3", "12"),
                                "800,000",
                                "1,200,000",
                                "1,500,000",
                                "1,500,000",
                                "1,000,000"),
                        IncomeApproachResult::value),
                // A level saving over six years, discounted at mid-year.
                new Scenario<>(
                        2,
                        () -> level(DiscountFields.of("2.5", "9.5").timed(TimingConvention.MID_YEAR), "450,000", "6"),
                        IncomeApproachResult::value),
                // Profit sharing in constant prices: the nominal rate must be made real first.
                new Scenario<>(
                        3,
                        () -> profitShare(
                                DiscountFields.of("3", "9").converted(Conversion.NOMINAL_TO_REAL, "2"),
                                "20",
                                "25",
                                "10,000,000",
                                "12,000,000",
                                "15,000,000",
                                "15,000,000"),
                        IncomeApproachResult::value));
    }

    public CashFlowInput[] getCashFlowInputs() {
        return CashFlowInput.values();
    }

    public TerminalValueInput[] getTerminalValueInputs() {
        return TerminalValueInput.values();
    }

    public CashFlowInput getCashFlowInput() {
        return cashFlowInput;
    }

    public void setCashFlowInput(CashFlowInput cashFlowInput) {
        this.cashFlowInput = cashFlowInput == null ? CashFlowInput.YEARLY : cashFlowInput;
    }

    public YearRows getCashFlows() {
        return cashFlows;
    }

    public String getLevelAmount() {
        return levelAmount;
    }

    public void setLevelAmount(String levelAmount) {
        this.levelAmount = levelAmount;
    }

    public String getLevelYears() {
        return levelYears;
    }

    public void setLevelYears(String levelYears) {
        this.levelYears = levelYears;
    }

    public YearRows getRevenues() {
        return revenues;
    }

    public String getMargin() {
        return margin;
    }

    public void setMargin(String margin) {
        this.margin = margin;
    }

    public String getTechnologyShare() {
        return technologyShare;
    }

    public void setTechnologyShare(String technologyShare) {
        this.technologyShare = technologyShare;
    }

    public DiscountFields getDiscount() {
        return discount;
    }

    public TerminalValueInput getTerminalValueInput() {
        return terminalValueInput;
    }

    public void setTerminalValueInput(TerminalValueInput terminalValueInput) {
        this.terminalValueInput = terminalValueInput == null ? TerminalValueInput.NONE : terminalValueInput;
    }

    public String getResidualValue() {
        return residualValue;
    }

    public void setResidualValue(String residualValue) {
        this.residualValue = residualValue;
    }

    public String getGrowthRate() {
        return growthRate;
    }

    public void setGrowthRate(String growthRate) {
        this.growthRate = growthRate;
    }
}
