package org.techbroker.app.learn.valuation;

/**
 * One given of an exercise, as the page lists it: "Discount rate: 15%".
 *
 * @param label what it is, in the page's language
 * @param value its value, written with its unit
 */
public record Given(String label, String value) {}
