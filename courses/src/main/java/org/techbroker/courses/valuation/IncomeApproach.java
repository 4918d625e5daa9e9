package org.techbroker.courses.valuation;

import static org.techbroker.courses.valuation.Decimals.check;
import static org.techbroker.courses.valuation.Precision.CALCULATION;
import static org.techbroker.courses.valuation.Precision.factor;
import static org.techbroker.courses.valuation.Precision.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.valuation.CashFlowProjection.ProfitShare;
import org.techbroker.courses.valuation.IncomeApproachResult.ProfitShareLine;
import org.techbroker.courses.valuation.IncomeApproachResult.TerminalValueLine;

/**
 * The income approach: the present value of the cash flows the technology will bring over its
 * economic life, Σ CFₜ ÷ (1 + r)^t, plus the present value of any terminal value. It is the usual
 * choice for a technology that will earn, because its value lies in those cash flows; its
 * weaknesses are the forecasts and the rate, which the lessons make trainees vary.
 */
public class IncomeApproach {

    public IncomeApproachResult value(IncomeApproachInput input) {
        List<BigDecimal> cashFlows = input.projection().cashFlows();
        BigDecimal rate = input.discountRate().appliedRate();
        Discounting discounting = Discounting.of(cashFlows, rate, input.timing());
        Optional<Terminal> terminal = terminal(input.terminalValue(), cashFlows, rate, input.timing());
        BigDecimal value = discounting.presentValue;
        if (terminal.isPresent()) {
            value = value.add(terminal.get().presentValue(), CALCULATION);
        }
        return new IncomeApproachResult(
                cashFlows.size(),
                factor(input.discountRate().builtUpRate()),
                factor(rate),
                input.timing(),
                profitShareLines(input.projection()),
                discounting.lines,
                money(discounting.presentValue),
                terminal.map(Terminal::line),
                money(value));
    }

    private static List<ProfitShareLine> profitShareLines(CashFlowProjection projection) {
        if (!(projection instanceof ProfitShare share)) {
            return List.of();
        }
        List<BigDecimal> profits = share.operatingProfits();
        List<BigDecimal> cashFlows = share.cashFlows();
        List<ProfitShareLine> lines = new ArrayList<>();
        for (int i = 0; i < profits.size(); i++) {
            lines.add(new ProfitShareLine(
                    i + 1, money(share.revenues().get(i)), money(profits.get(i)), money(cashFlows.get(i))));
        }
        return lines;
    }

    /** The terminal value's present value at full precision, and its line as reported. */
    private record Terminal(BigDecimal presentValue, TerminalValueLine line) {}

    private static Optional<Terminal> terminal(
            TerminalValue terminalValue, List<BigDecimal> cashFlows, BigDecimal rate, TimingConvention timing) {
        int life = cashFlows.size();
        BigDecimal amount;
        BigDecimal period;
        if (terminalValue instanceof TerminalValue.Residual residual) {
            amount = residual.amount();
            period = BigDecimal.valueOf(life);
        } else if (terminalValue instanceof TerminalValue.GrowingPerpetuity perpetuity) {
            BigDecimal growth = perpetuity.growthRate();
            check(growth.compareTo(rate) < 0, ValuationKeys.GROWTH_NOT_BELOW_RATE, growth, rate);
            BigDecimal nextCashFlow = cashFlows.get(life - 1).multiply(BigDecimal.ONE.add(growth), CALCULATION);
            amount = nextCashFlow.divide(rate.subtract(growth), CALCULATION);
            // Valued one period before its first cash flow, which follows the timing convention.
            period = timing.period(life);
        } else {
            return Optional.empty();
        }
        BigDecimal discountFactor = Discounting.discountFactor(rate, period);
        BigDecimal presentValue = amount.multiply(discountFactor, CALCULATION);
        return Optional.of(new Terminal(
                presentValue,
                new TerminalValueLine(money(amount), period, factor(discountFactor), money(presentValue))));
    }
}
