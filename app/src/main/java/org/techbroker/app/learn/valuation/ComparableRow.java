package org.techbroker.app.learn.valuation;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.techbroker.courses.valuation.MarketAdjustment.Factor;

/**
 * One comparable transaction as typed: its name, price, weight and an adjustment coefficient per
 * factor; an empty coefficient means no adjustment for that factor.
 */
public class ComparableRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest name a comparable may have. */
    public static final int LABEL_MAX = 40;

    private String label = "";
    private String price = "";
    private String weight = "1";
    private final EnumMap<Factor, String> coefficients = new EnumMap<>(Factor.class);

    public ComparableRow() {
        for (Factor factor : Factor.values()) {
            coefficients.put(factor, "");
        }
    }

    static ComparableRow of(String label, String price, String weight) {
        ComparableRow row = new ComparableRow();
        row.label = label;
        row.price = price;
        row.weight = weight;
        return row;
    }

    ComparableRow adjusted(Factor factor, String coefficient) {
        coefficients.put(factor, coefficient);
        return this;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    /** The coefficients by factor, for the page to bind each to its field. */
    public Map<Factor, String> getCoefficients() {
        return coefficients;
    }
}
