package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cost approach's answer with its working.
 *
 * @param replacementCost the replacement cost, as reported
 * @param deductions each part of accumulated depreciation in the order applied; empty when the
 *     value came from a newness rate
 * @param accumulatedDepreciation replacement cost less value
 * @param newnessRate value ÷ replacement cost (成新率): given, or implied by the deductions
 * @param value the appraised value
 */
public record CostApproachResult(
        BigDecimal replacementCost,
        List<Deduction> deductions,
        BigDecimal accumulatedDepreciation,
        BigDecimal newnessRate,
        BigDecimal value) {

    public CostApproachResult {
        deductions = List.copyOf(deductions);
    }

    /**
     * One part of accumulated depreciation.
     *
     * @param kind physical, functional or economic
     * @param rate the rate applied
     * @param base the amount the rate applied to
     * @param amount rate × base
     */
    public record Deduction(DepreciationKind kind, BigDecimal rate, BigDecimal base, BigDecimal amount) {}

    /** The three parts of accumulated depreciation. */
    public enum DepreciationKind {
        /** Physical deterioration (实体性贬值). */
        PHYSICAL,
        /** Functional obsolescence (功能性贬值). */
        FUNCTIONAL,
        /** Economic or external obsolescence (经济性贬值). */
        ECONOMIC
    }
}
