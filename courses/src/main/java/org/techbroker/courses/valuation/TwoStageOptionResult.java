package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two-stage real option's answer with its lattice.
 *
 * @param timeStep Δt = years to decision ÷ steps
 * @param up the up factor u
 * @param down the down factor d
 * @param growthPerStep e^(rΔt), the risk-free growth over one step
 * @param riskNeutralProbability p = (e^(rΔt) − d) ÷ (u − d)
 * @param optionValue the value today of the right to invest in the second stage
 * @param staticNpv the NPV of committing to both stages today:
 *     project value − stage-two cost × e^(−rT) − stage-one cost
 * @param expandedNpv option value − stage-one cost: what the first stage is worth given the
 *     flexibility it buys; invest in the first stage when it is positive
 * @param flexibilityValue expanded NPV − static NPV, the value of being able to decide later
 * @param lattice the lattice by step: {@code lattice.get(i)} holds the i + 1 nodes after i steps,
 *     fewest up moves first
 */
public record TwoStageOptionResult(
        BigDecimal timeStep,
        BigDecimal up,
        BigDecimal down,
        BigDecimal growthPerStep,
        BigDecimal riskNeutralProbability,
        BigDecimal optionValue,
        BigDecimal staticNpv,
        BigDecimal expandedNpv,
        BigDecimal flexibilityValue,
        List<List<LatticeNode>> lattice) {

    public TwoStageOptionResult {
        lattice = lattice.stream().map(List::copyOf).toList();
    }

    /**
     * One node of the lattice.
     *
     * @param step the number of steps from today, 0 to n
     * @param upMoves how many of them were up moves, 0 to step
     * @param projectValue the project value at this node
     * @param optionValue the option value at this node
     * @param invest at the decision date, whether the second stage is worth its cost here; false
     *     before it
     */
    public record LatticeNode(int step, int upMoves, BigDecimal projectValue, BigDecimal optionValue, boolean invest) {}
}
