package org.techbroker.courses.valuation;

/**
 * The message keys of the valuation engine's failures, in one place so that the bundles, the
 * documentation ({@code docs/valuation-engine.md}) and the tests name the same keys. Each key's
 * arguments, where it has any, are the offending values.
 */
public final class ValuationKeys {

    private static final String PREFIX = "courses.valuation.error.";

    // Cost approach
    public static final String NON_POSITIVE_REPLACEMENT_COST = PREFIX + "non_positive_replacement_cost";
    public static final String NEGATIVE_AGE = PREFIX + "negative_age";
    public static final String NEGATIVE_REMAINING_LIFE = PREFIX + "negative_remaining_life";
    public static final String NON_POSITIVE_LIFE = PREFIX + "non_positive_life";
    public static final String AGE_BEYOND_LIFE = PREFIX + "age_beyond_life";
    public static final String DETERIORATION_OUT_OF_RANGE = PREFIX + "deterioration_out_of_range";
    public static final String OBSOLESCENCE_OUT_OF_RANGE = PREFIX + "obsolescence_out_of_range";
    public static final String NEWNESS_RATE_OUT_OF_RANGE = PREFIX + "newness_rate_out_of_range";
    public static final String DEPRECIATION_EXCEEDS_COST = PREFIX + "depreciation_exceeds_cost";

    // Market approach
    public static final String NO_COMPARABLES = PREFIX + "no_comparables";
    public static final String NON_POSITIVE_COMPARABLE_PRICE = PREFIX + "non_positive_comparable_price";
    public static final String NON_POSITIVE_ADJUSTMENT_FACTOR = PREFIX + "non_positive_adjustment_factor";
    public static final String NON_POSITIVE_PRICE_INDEX = PREFIX + "non_positive_price_index";
    public static final String NEGATIVE_WEIGHT = PREFIX + "negative_weight";
    public static final String ZERO_TOTAL_WEIGHT = PREFIX + "zero_total_weight";

    // Income approach and discounting
    public static final String NO_CASH_FLOWS = PREFIX + "no_cash_flows";
    public static final String RATE_NOT_ABOVE_MINUS_100_PERCENT = PREFIX + "rate_not_above_minus_100_percent";
    public static final String INFLATION_NOT_ABOVE_MINUS_100_PERCENT = PREFIX + "inflation_not_above_minus_100_percent";
    public static final String NEGATIVE_REVENUE = PREFIX + "negative_revenue";
    public static final String MARGIN_OUT_OF_RANGE = PREFIX + "margin_out_of_range";
    public static final String TECHNOLOGY_SHARE_OUT_OF_RANGE = PREFIX + "technology_share_out_of_range";
    public static final String GROWTH_NOT_ABOVE_MINUS_100_PERCENT = PREFIX + "growth_not_above_minus_100_percent";
    public static final String GROWTH_NOT_BELOW_RATE = PREFIX + "growth_not_below_rate";

    // Royalty-based values
    public static final String NO_PROJECTED_SALES = PREFIX + "no_projected_sales";
    public static final String NEGATIVE_SALES = PREFIX + "negative_sales";
    public static final String NON_POSITIVE_SALES = PREFIX + "non_positive_sales";
    public static final String ROYALTY_RATE_OUT_OF_RANGE = PREFIX + "royalty_rate_out_of_range";
    public static final String TAX_RATE_OUT_OF_RANGE = PREFIX + "tax_rate_out_of_range";
    public static final String NON_POSITIVE_OPERATING_PROFIT = PREFIX + "non_positive_operating_profit";
    public static final String PROFIT_EXCEEDS_SALES = PREFIX + "profit_exceeds_sales";

    // Two-stage real option
    public static final String NEGATIVE_STAGE_COST = PREFIX + "negative_stage_cost";
    public static final String NON_POSITIVE_PROJECT_VALUE = PREFIX + "non_positive_project_value";
    public static final String NON_POSITIVE_VOLATILITY = PREFIX + "non_positive_volatility";
    public static final String NON_POSITIVE_EXPIRY = PREFIX + "non_positive_expiry";
    public static final String STEPS_OUT_OF_RANGE = PREFIX + "steps_out_of_range";
    public static final String INVALID_LATTICE_MOVES = PREFIX + "invalid_lattice_moves";
    public static final String ARBITRAGE_IN_LATTICE = PREFIX + "arbitrage_in_lattice";

    private ValuationKeys() {}
}
