package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.techbroker.app.learn.valuation.Inputs.Label;

/**
 * A table of yearly amounts, year 1 first, that the trainee lengthens or shortens a year at a
 * time. It may become empty, so that the engine's own error for a projection without years shows.
 */
public class YearRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More years than any technology's economic life. */
    public static final int MAX_YEARS = 50;

    private final List<AmountRow> rows = new ArrayList<>();

    static YearRows of(String... amounts) {
        YearRows years = new YearRows();
        Arrays.stream(amounts).map(AmountRow::new).forEach(years.rows::add);
        return years;
    }

    public List<AmountRow> getRows() {
        return rows;
    }

    public int getSize() {
        return rows.size();
    }

    public boolean isFull() {
        return rows.size() >= MAX_YEARS;
    }

    /** Adds a year, with the last year's amount as a starting point. */
    public void addYear() {
        if (!isFull()) {
            rows.add(new AmountRow(
                    rows.isEmpty() ? "" : rows.get(rows.size() - 1).getAmount()));
        }
    }

    public void removeYear() {
        if (!rows.isEmpty()) {
            rows.remove(rows.size() - 1);
        }
    }

    /**
     * Each year's amount, or null when one cannot be read.
     *
     * @param table the id of the table in the form ("cashFlows"); each row's field is "amount"
     * @param labelKey the label of a year's amount, with the year as its argument
     */
    List<BigDecimal> read(Inputs inputs, String table, String labelKey) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            amounts.add(inputs.number(table + ":" + i + ":amount", rows.get(i).getAmount(), Label.of(labelKey, i + 1)));
        }
        return amounts.contains(null) ? null : amounts;
    }

    /** The amounts as an exercise lists them. */
    void addGivens(List<Given> givens, Wording wording, String labelKey) {
        for (int i = 0; i < rows.size(); i++) {
            givens.add(new Given(
                    wording.text(labelKey, i + 1), wording.moneyText(rows.get(i).getAmount())));
        }
    }
}
