package org.techbroker.courses.valuation;

import java.util.Objects;

/**
 * What the income approach needs.
 *
 * @param projection the technology's yearly cash flows over its economic life
 * @param discountRate the rate they are discounted at, matching their nominal or real terms
 * @param timing end-of-year or mid-year discounting
 * @param terminalValue the value after the last projected year, or {@link TerminalValue#none()}
 */
public record IncomeApproachInput(
        CashFlowProjection projection,
        DiscountRate discountRate,
        TimingConvention timing,
        TerminalValue terminalValue) {

    public IncomeApproachInput {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(terminalValue, "terminalValue");
    }

    /** End-of-year discounting and no terminal value, the textbook case. */
    public IncomeApproachInput(CashFlowProjection projection, DiscountRate discountRate) {
        this(projection, discountRate, TimingConvention.END_OF_YEAR, TerminalValue.none());
    }
}
