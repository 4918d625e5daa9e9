package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.courses.valuation.ComparableTransaction;
import org.techbroker.courses.valuation.MarketAdjustment;
import org.techbroker.courses.valuation.MarketAdjustment.Factor;
import org.techbroker.courses.valuation.MarketApproachInput;
import org.techbroker.courses.valuation.MarketApproachInput.Averaging;
import org.techbroker.courses.valuation.MarketApproachResult;

/**
 * The market approach as a trainee states it: comparable transactions, each with its adjustment
 * coefficients (修正系数) and weight, and how to average the adjusted prices.
 */
public class MarketForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String P = "learn_valuation_market.label.";

    /** More comparables than a thin technology market ever offers. */
    public static final int MAX_COMPARABLES = 10;

    private final List<ComparableRow> comparables = new ArrayList<>();
    private Averaging averaging = Averaging.WEIGHTED;

    /**
     * Three comparables: A 1,000,000 × 1.05 (date) × 1.10 (technology) × 0.8 (remaining life) ×
     * 0.95 (scale) = 877,800; B 1,200,000 × 0.9 (technology) = 1,080,000; C 900,000 × 1.02 (date)
     * = 918,000; weighted 0.5 / 0.3 / 0.2: 946,500.
     */
    static MarketForm example() {
        return threeComparables(Averaging.WEIGHTED);
    }

    static MarketForm threeComparables(Averaging averaging) {
        MarketForm form = new MarketForm();
        form.averaging = averaging;
        form.comparables.add(ComparableRow.of("A", "1,000,000", "0.5")
                .adjusted(Factor.TRANSACTION_DATE, "1.05")
                .adjusted(Factor.TECHNOLOGY_LEVEL, "1.10")
                .adjusted(Factor.REMAINING_LIFE, "0.8")
                .adjusted(Factor.SCALE_AND_MARKET, "0.95"));
        form.comparables.add(ComparableRow.of("B", "1,200,000", "0.3").adjusted(Factor.TECHNOLOGY_LEVEL, "0.9"));
        form.comparables.add(ComparableRow.of("C", "900,000", "0.2").adjusted(Factor.TRANSACTION_DATE, "1.02"));
        return form;
    }

    /**
     * The market lesson's licence: 1,000,000 for an exclusive licence with 10 years left; the
     * subject is non-exclusive (0.6), has 7 years left (0.7) and performs better (1.1).
     */
    static MarketForm lessonLicence() {
        MarketForm form = new MarketForm();
        form.averaging = Averaging.SIMPLE;
        form.comparables.add(ComparableRow.of("A", "1,000,000", "1")
                .adjusted(Factor.OTHER, "0.6")
                .adjusted(Factor.REMAINING_LIFE, "0.7")
                .adjusted(Factor.TECHNOLOGY_LEVEL, "1.1"));
        return form;
    }

    /** The engine's input, or null when a field cannot be read. */
    MarketApproachInput read(Inputs inputs) {
        List<Supplier<ComparableTransaction>> transactions = new ArrayList<>();
        for (int i = 0; i < comparables.size(); i++) {
            transactions.add(comparable(inputs, i));
        }
        if (inputs.hasProblems()) {
            return null;
        }
        return new MarketApproachInput(transactions.stream().map(Supplier::get).toList(), averaging);
    }

    private Supplier<ComparableTransaction> comparable(Inputs inputs, int index) {
        ComparableRow row = comparables.get(index);
        int number = index + 1;
        String prefix = "comparables:" + index + ":";
        BigDecimal price = inputs.number(prefix + "price", row.getPrice(), Label.of(P + "price", number));
        BigDecimal weight = averaging == Averaging.WEIGHTED
                ? inputs.number(prefix + "weight", row.getWeight(), Label.of(P + "weight", number))
                : BigDecimal.ONE;
        List<Supplier<MarketAdjustment>> adjustments = new ArrayList<>();
        Factor[] factors = Factor.values();
        for (int k = 0; k < factors.length; k++) {
            Factor factor = factors[k];
            BigDecimal coefficient = inputs.optionalNumber(
                    prefix + "factors:" + k + ":coefficient",
                    row.getCoefficients().get(factor),
                    Label.of(P + "coefficient." + factor.name(), number));
            if (coefficient != null) {
                adjustments.add(() -> new MarketAdjustment(factor, coefficient));
            }
        }
        String label = label(row, number);
        return () -> new ComparableTransaction(
                label, price, adjustments.stream().map(Supplier::get).toList(), weight);
    }

    /** The name typed, or the row's number when there is none. */
    private static String label(ComparableRow row, int number) {
        String typed = row.getLabel() == null ? "" : row.getLabel().strip();
        if (typed.isEmpty()) {
            return String.valueOf(number);
        }
        return typed.length() > ComparableRow.LABEL_MAX ? typed.substring(0, ComparableRow.LABEL_MAX) : typed;
    }

    List<Given> givens(Wording wording) {
        List<Given> givens = new ArrayList<>();
        givens.add(new Given(wording.text(P + "averaging"), wording.label(averaging)));
        for (int i = 0; i < comparables.size(); i++) {
            ComparableRow row = comparables.get(i);
            int number = i + 1;
            givens.add(new Given(wording.text(P + "name", number), label(row, number)));
            givens.add(new Given(wording.text(P + "price", number), wording.moneyText(row.getPrice())));
            for (Factor factor : Factor.values()) {
                String coefficient = row.getCoefficients().get(factor);
                if (!NumberText.isBlank(coefficient)) {
                    givens.add(new Given(
                            wording.text(P + "coefficient." + factor.name(), number), wording.numberText(coefficient)));
                }
            }
            if (averaging == Averaging.WEIGHTED) {
                givens.add(new Given(wording.text(P + "weight", number), wording.numberText(row.getWeight())));
            }
        }
        return givens;
    }

    /** The exercises of the market page. */
    static List<Scenario<MarketForm, MarketApproachResult>> scenarios() {
        return List.of(
                new Scenario<>(1, MarketForm::lessonLicence, MarketApproachResult::value),
                new Scenario<>(2, () -> threeComparables(Averaging.SIMPLE), MarketApproachResult::value),
                new Scenario<>(3, () -> threeComparables(Averaging.WEIGHTED), MarketApproachResult::value));
    }

    public void addComparable() {
        if (!isFull()) {
            comparables.add(new ComparableRow());
        }
    }

    public void removeComparable() {
        if (!comparables.isEmpty()) {
            comparables.remove(comparables.size() - 1);
        }
    }

    public boolean isFull() {
        return comparables.size() >= MAX_COMPARABLES;
    }

    public boolean isWeighted() {
        return averaging == Averaging.WEIGHTED;
    }

    public List<ComparableRow> getComparables() {
        return comparables;
    }

    public Factor[] getFactors() {
        return Factor.values();
    }

    public Averaging[] getAveragings() {
        return Averaging.values();
    }

    public Averaging getAveraging() {
        return averaging;
    }

    public void setAveraging(Averaging averaging) {
        this.averaging = averaging == null ? Averaging.SIMPLE : averaging;
    }
}
