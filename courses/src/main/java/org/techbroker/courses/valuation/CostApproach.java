package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Precision.CALCULATION;
import static org.techbroker.courses.valuation.Precision.factor;
import static org.techbroker.courses.valuation.Precision.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.courses.valuation.CostApproachInput.DepreciationBasis;
import org.techbroker.courses.valuation.CostApproachInput.Itemised;
import org.techbroker.courses.valuation.CostApproachInput.NewnessRate;
import org.techbroker.courses.valuation.CostApproachResult.Deduction;
import org.techbroker.courses.valuation.CostApproachResult.DepreciationKind;

/**
 * The cost approach: value = replacement cost − accumulated depreciation, where accumulated
 * depreciation is physical deterioration plus functional and economic obsolescence; or, in the
 * Chinese form, value = replacement cost × 成新率. It answers what it would cost today to obtain a
 * technology of equal utility, which suits early, not yet earning technology and is a floor for
 * negotiation rather than a measure of what the technology will earn.
 */
public class CostApproach {

    public CostApproachResult value(CostApproachInput input) {
        BigDecimal cost = input.replacementCost();
        if (input.depreciation() instanceof NewnessRate newness) {
            BigDecimal value = cost.multiply(newness.rate(), CALCULATION);
            return new CostApproachResult(
                    money(cost), List.of(), money(cost.subtract(value)), factor(newness.rate()), money(value));
        }
        Itemised itemised = (Itemised) input.depreciation();
        var working = new Working(cost, itemised.basis() == DepreciationBasis.REMAINING_VALUE);
        working.deduct(DepreciationKind.PHYSICAL, itemised.physical().rate());
        working.deduct(DepreciationKind.FUNCTIONAL, itemised.functionalObsolescence());
        working.deduct(DepreciationKind.ECONOMIC, itemised.economicObsolescence());
        BigDecimal value = working.remaining;
        return new CostApproachResult(
                money(cost),
                working.deductions,
                money(cost.subtract(value, CALCULATION)),
                factor(value.divide(cost, CALCULATION)),
                money(value));
    }

    /** The deductions so far and what they leave. */
    private static final class Working {

        private final BigDecimal cost;
        private final boolean sequential;
        private final List<Deduction> deductions = new ArrayList<>();
        private BigDecimal remaining;

        Working(BigDecimal cost, boolean sequential) {
            this.cost = cost;
            this.sequential = sequential;
            this.remaining = cost;
        }

        void deduct(DepreciationKind kind, BigDecimal rate) {
            BigDecimal base = sequential ? remaining : cost;
            BigDecimal amount = base.multiply(rate, CALCULATION);
            remaining = remaining.subtract(amount, CALCULATION);
            deductions.add(new Deduction(kind, factor(rate), money(base), money(amount)));
        }
    }
}
