package org.techbroker.certification.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a holder logs: the category, a title, the day, and the quantity in the category's unit
 * (hours, articles, years). The service checks each part and answers INVALID failures by key.
 */
public record CpdEntry(CpdCategory category, String title, LocalDate date, BigDecimal quantity) {

    /** The largest quantity of one entry: more than a year of hours is a typing error. */
    public static final BigDecimal QUANTITY_MAX = new BigDecimal("2000");
}
