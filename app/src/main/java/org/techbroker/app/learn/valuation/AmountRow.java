package org.techbroker.app.learn.valuation;

import java.io.Serializable;

/** One year's amount as typed in a table of years (a cash flow, a revenue, a sales figure). */
public class AmountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String amount;

    public AmountRow() {
        this("");
    }

    public AmountRow(String amount) {
        this.amount = amount;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
