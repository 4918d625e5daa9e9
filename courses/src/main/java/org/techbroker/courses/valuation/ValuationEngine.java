package org.techbroker.courses.valuation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/**
 * One entry point to every valuation method, for the lessons and the practice questions to inject.
 * It holds no state and only delegates, so the approaches can also be used on their own.
 */
@ApplicationScoped
public class ValuationEngine {

    private final CostApproach cost = new CostApproach();
    private final MarketApproach market = new MarketApproach();
    private final IncomeApproach income = new IncomeApproach();
    private final RoyaltyApproach royalty = new RoyaltyApproach();
    private final TwoStageRealOption realOption = new TwoStageRealOption();

    public CostApproachResult costApproach(CostApproachInput input) {
        return cost.value(input);
    }

    public MarketApproachResult marketApproach(MarketApproachInput input) {
        return market.value(input);
    }

    public IncomeApproachResult incomeApproach(IncomeApproachInput input) {
        return income.value(input);
    }

    public ReliefFromRoyaltyResult reliefFromRoyalty(RoyaltyInput input) {
        return royalty.reliefFromRoyalty(input);
    }

    public ProjectedRoyaltyResult royaltyOnProjectedSales(List<BigDecimal> projectedSales, BigDecimal royaltyRate) {
        return royalty.royaltyOnProjectedSales(projectedSales, royaltyRate);
    }

    public TwentyFivePercentRuleResult twentyFivePercentRule(
            BigDecimal expectedSales, BigDecimal expectedOperatingProfit) {
        return royalty.twentyFivePercentRule(expectedSales, expectedOperatingProfit);
    }

    public TwoStageOptionResult twoStageRealOption(TwoStageOptionInput input) {
        return realOption.value(input);
    }
}
