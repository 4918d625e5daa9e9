package org.techbroker.courses.valuation;

import java.math.BigDecimal;

/**
 * One year of royalty working.
 *
 * @param year the year, counted from 1
 * @param sales projected sales
 * @param royalty sales × royalty rate
 * @param tax royalty × tax rate
 * @param afterTaxRoyalty royalty − tax
 */
public record RoyaltyLine(int year, BigDecimal sales, BigDecimal royalty, BigDecimal tax, BigDecimal afterTaxRoyalty) {}
