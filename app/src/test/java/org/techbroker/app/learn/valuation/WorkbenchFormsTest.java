package org.techbroker.app.learn.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.techbroker.app.learn.valuation.Inputs.Problem;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.valuation.AnswerCheck;
import org.techbroker.courses.valuation.CostApproachResult;
import org.techbroker.courses.valuation.DiscountRate.Conversion;
import org.techbroker.courses.valuation.IncomeApproachResult;
import org.techbroker.courses.valuation.MarketAdjustment.Factor;
import org.techbroker.courses.valuation.MarketApproachInput.Averaging;
import org.techbroker.courses.valuation.MarketApproachResult;
import org.techbroker.courses.valuation.TwoStageOptionResult;
import org.techbroker.courses.valuation.ValuationEngine;
import org.techbroker.courses.valuation.ValuationKeys;

/**
 * The workbench's forms against the engine: each calculator's example is the lesson's worked
 * example, every exercise computes, impossible values come back as the engine's keys, and
 * unreadable fields are all named at once without calling the engine.
 */
class WorkbenchFormsTest {

    private final ValuationEngine engine = new ValuationEngine();

    private IncomeApproachResult income(IncomeForm form) {
        Inputs inputs = new Inputs();
        var input = form.read(inputs);
        assertThat(inputs.problems()).isEmpty();
        return engine.incomeApproach(input);
    }

    @Test
    void theIncomeExampleIsTheLessonsDryingProcess() {
        // 0.8 / 1.2 / 1.5 / 1.5 / 1.0 million at 15 %: the lesson's table gives about 3.944 million.
        IncomeApproachResult result = income(IncomeForm.example());

        assertThat(result.economicLife()).isEqualTo(5);
        assertThat(result.appliedRate()).isEqualByComparingTo("0.15");
        assertThat(result.value()).isEqualByComparingTo("3944105.53");
        assertThat(AnswerCheck.VALUATION.accepts(new BigDecimal("3944000"), result.value()))
                .isTrue();
    }

    @Test
    void theOtherExamplesAreTheLessonsToo() {
        Inputs inputs = new Inputs();
        assertThat(engine.costApproach(CostForm.example().read(inputs)).value()).isEqualByComparingTo("1500000.00");
        assertThat(engine.marketApproach(MarketForm.example().read(inputs)).value())
                .isEqualByComparingTo("946500.00");
        assertThat(engine.marketApproach(MarketForm.lessonLicence().read(inputs))
                        .value())
                .isEqualByComparingTo("462000.00");
        // 10 / 12 / 14 / 14 / 12 million × 5 % × 75 % at 14 %: about 1.57 million (python: 1,574,125.85).
        assertThat(engine.reliefFromRoyalty(RoyaltyForm.example().read(inputs)).value())
                .isEqualByComparingTo("1574125.85");
        // Hull's example × 100,000: C = 7.14 → 714,110.85; static NPV −2.05 → −205,154.57.
        TwoStageOptionResult option =
                engine.twoStageRealOption(RealOptionForm.example().read(inputs));
        assertThat(option.optionValue()).isEqualByComparingTo("714110.85");
        assertThat(option.expandedNpv()).isEqualByComparingTo("214110.85");
        assertThat(option.staticNpv()).isEqualByComparingTo("-205154.57");
        assertThat(inputs.problems()).isEmpty();
    }

    @Test
    void everyExerciseComputesAndAsksForAFigureOfItsResult() {
        assertThat(answers(CostForm.scenarios(), this::cost))
                .containsExactly(d("1500000.00"), d("275000.00"), d("432000.00"), d("1080000.00"));
        assertThat(answers(MarketForm.scenarios(), this::market))
                .containsExactly(d("462000.00"), d("958600.00"), d("946500.00"));
        // Scenario 2: 450,000 a year for 6 years at 12 %, mid-year (python: 1,957,997.04).
        // Scenario 3: 10 / 12 / 15 / 15 million × 20 % × 25 %, 12 % nominal made real at 2 %.
        List<BigDecimal> incomes = answers(IncomeForm.scenarios(), this::income);
        assertThat(incomes.subList(0, 2)).containsExactly(d("3944105.53"), d("1957997.04"));
        assertThat(incomes.get(2)).isPositive();
        List<BigDecimal> royalties = answers(RoyaltyForm.scenarios(), this::royalty);
        assertThat(royalties.get(0)).isEqualByComparingTo("1574125.85");
        // Scenario 3 asks for the plain royalty: (8 + 9.6 + 11.2) million × 4 %.
        assertThat(royalties.get(2)).isEqualByComparingTo("1152000.00");
        List<BigDecimal> options = answers(RealOptionForm.scenarios(), this::option);
        assertThat(options.get(0)).isEqualByComparingTo("714110.85");
        assertThat(options).hasSize(3);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private <F, R> List<BigDecimal> answers(List<Scenario<F, R>> scenarios, java.util.function.Function<F, R> compute) {
        assertThat(scenarios)
                .extracting(Scenario::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, scenarios.size())
                        .boxed()
                        .toList());
        return scenarios.stream()
                .map(s -> s.answer().apply(compute.apply(s.givens().get())))
                .toList();
    }

    private CostApproachResult cost(CostForm form) {
        Inputs inputs = new Inputs();
        var result = engine.costApproach(form.read(inputs));
        assertThat(inputs.problems()).isEmpty();
        return result;
    }

    private MarketApproachResult market(MarketForm form) {
        Inputs inputs = new Inputs();
        var result = engine.marketApproach(form.read(inputs));
        assertThat(inputs.problems()).isEmpty();
        return result;
    }

    private RoyaltyResults royalty(RoyaltyForm form) {
        Inputs inputs = new Inputs();
        var input = form.read(inputs);
        assertThat(inputs.problems()).isEmpty();
        return new RoyaltyResults(
                engine.reliefFromRoyalty(input),
                engine.royaltyOnProjectedSales(input.projectedSales(), input.royaltyRate()));
    }

    private TwoStageOptionResult option(RealOptionForm form) {
        Inputs inputs = new Inputs();
        var result = engine.twoStageRealOption(form.read(inputs));
        assertThat(inputs.problems()).isEmpty();
        return result;
    }

    @Test
    void aLifeOfZeroYearsIsTheEnginesError() {
        IncomeForm form = IncomeForm.level(DiscountFields.of("3", "12"), "100,000", "0");

        assertThatThrownBy(() -> form.read(new Inputs())).isInstanceOfSatisfying(CoursesException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.messageKey()).isEqualTo(ValuationKeys.NON_POSITIVE_LIFE);
            assertThat(e.arguments()).containsExactly(0);
        });
    }

    @Test
    void aRateOfMinusHundredPercentIsTheEnginesError() {
        IncomeForm form = IncomeForm.example();
        form.getDiscount().setRiskFreeRate("-100");
        form.getDiscount().setRiskPremium("0");

        assertThatThrownBy(() -> form.read(new Inputs()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT));
    }

    @Test
    void noYearsAtAllIsTheEnginesError() {
        IncomeForm form = IncomeForm.example();
        while (form.getCashFlows().getSize() > 0) {
            form.getCashFlows().removeYear();
        }

        assertThatThrownBy(() -> form.read(new Inputs()))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.messageKey()).isEqualTo(ValuationKeys.NO_CASH_FLOWS));
    }

    @Test
    void unreadableFieldsAreAllNamedAndTheEngineIsNotAsked() {
        IncomeForm form = IncomeForm.example();
        form.getCashFlows().getRows().get(2).setAmount("1,5");
        form.getDiscount().setRiskFreeRate("");
        // The rate is impossible too, but nothing reaches the engine while a field is unreadable.
        form.getDiscount().setRiskPremium("-200");
        form.setTerminalValueInput(IncomeForm.TerminalValueInput.GROWING_PERPETUITY);
        form.setGrowthRate("two");
        Inputs inputs = new Inputs();

        assertThat(form.read(inputs)).isNull();
        assertThat(inputs.problems())
                .extracting(Problem::field, Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cashFlows:2:amount", Inputs.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple("riskFreeRate", Inputs.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("growthRate", Inputs.NOT_A_PERCENTAGE));
        assertThat(inputs.problems().get(0).label().arguments()).containsExactly(3);
    }

    @Test
    void theInflationRateIsReadOnlyWhenAConversionNeedsIt() {
        IncomeForm form = IncomeForm.example();
        form.getDiscount().setInflationRate("");
        assertThat(income(form).appliedRate()).isEqualByComparingTo("0.15");

        form.getDiscount().setConversion(Conversion.NOMINAL_TO_REAL);
        Inputs inputs = new Inputs();
        assertThat(form.read(inputs)).isNull();
        assertThat(inputs.problems()).extracting(Problem::field).containsExactly("inflationRate");

        form.getDiscount().setInflationRate("2");
        // 1.15 ÷ 1.02 − 1 = 12.7451 %.
        assertThat(income(form).appliedRate()).isEqualByComparingTo("0.127451");
    }

    @Test
    void theYearTableGrowsAndShrinksWithinItsLimits() {
        YearRows years = YearRows.of("100");
        years.addYear();
        assertThat(years.getRows()).extracting(AmountRow::getAmount).containsExactly("100", "100");
        while (!years.isFull()) {
            years.addYear();
        }
        years.addYear();
        assertThat(years.getSize()).isEqualTo(YearRows.MAX_YEARS);
        while (years.getSize() > 0) {
            years.removeYear();
        }
        years.removeYear();
        assertThat(years.getSize()).isZero();
        years.addYear();
        assertThat(years.getRows()).extracting(AmountRow::getAmount).containsExactly("");
    }

    @Test
    void marketCoefficientsLeftEmptyAreNoAdjustmentAndNamesDefaultToTheRowNumber() {
        MarketForm form = new MarketForm();
        form.addComparable();
        form.getComparables().get(0).setPrice("500,000");
        form.getComparables().get(0).getCoefficients().put(Factor.REMAINING_LIFE, "0.9");
        form.setAveraging(Averaging.SIMPLE);

        MarketApproachResult result = market(form);

        assertThat(result.comparables().get(0).label()).isEqualTo("1");
        assertThat(result.comparables().get(0).adjustments()).hasSize(1);
        assertThat(result.value()).isEqualByComparingTo("450000.00");
    }

    @Test
    void aComparableWithAZeroCoefficientIsTheEnginesError() {
        MarketForm form = MarketForm.example();
        form.getComparables().get(1).getCoefficients().put(Factor.OTHER, "0");

        assertThatThrownBy(() -> form.read(new Inputs()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(ValuationKeys.NON_POSITIVE_ADJUSTMENT_FACTOR));
    }

    @Test
    void theWeightsAreReadOnlyForAWeightedAverage() {
        MarketForm form = MarketForm.example();
        form.getComparables().forEach(row -> row.setWeight(""));
        form.setAveraging(Averaging.SIMPLE);
        assertThat(market(form).value()).isEqualByComparingTo("958600.00");

        form.setAveraging(Averaging.WEIGHTED);
        Inputs inputs = new Inputs();
        assertThat(form.read(inputs)).isNull();
        assertThat(inputs.problems())
                .extracting(Problem::field)
                .containsExactly("comparables:0:weight", "comparables:1:weight", "comparables:2:weight");
    }

    @Test
    void costInputsOfEachKind() {
        CostForm form = CostForm.example();
        form.setDepreciationInput(CostForm.DepreciationInput.BY_RATE);
        assertThat(cost(form).value()).isEqualByComparingTo("1500000.00");
        form.setDepreciationInput(CostForm.DepreciationInput.NEWNESS_RATE);
        assertThat(cost(form).value()).isEqualByComparingTo("1500000.00");
        form.setDepreciationInput(CostForm.DepreciationInput.SERVICE_LIFE);
        assertThat(cost(form).value()).isEqualByComparingTo("1500000.00");

        form.setDepreciationInput(CostForm.DepreciationInput.BY_AGE);
        form.setAge("9");
        assertThatThrownBy(() -> form.read(new Inputs()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(ValuationKeys.AGE_BEYOND_LIFE));
    }

    @Test
    void theOptionNeedsAWholeNumberOfStepsWithinTheEnginesRange() {
        RealOptionForm form = RealOptionForm.example();
        form.setSteps("2.5");
        Inputs inputs = new Inputs();
        assertThat(form.read(inputs)).isNull();
        assertThat(inputs.problems()).extracting(Problem::key).containsExactly(Inputs.NOT_A_WHOLE_NUMBER);

        form.setSteps("501");
        assertThatThrownBy(() -> form.read(new Inputs()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(ValuationKeys.STEPS_OUT_OF_RANGE));
    }

    @Test
    void anExercisesGivensAreLabelledAndWrittenWithTheirUnits() {
        Wording english = new Wording(Locale.ENGLISH);
        Wording chinese = new Wording(Locale.SIMPLIFIED_CHINESE);

        List<Given> givens = IncomeForm.scenarios().get(0).givens().get().givens(english);

        assertThat(givens)
                .contains(
                        new Given("Cash flow of year 1 (CNY)", "CNY 800,000.00"),
                        new Given("Risk-free rate (%)", "3%"),
                        new Given("Risk premium (%)", "12%"),
                        new Given("Nominal or real", "As built up"),
                        new Given("Timing of the cash flows", "End of year"),
                        new Given("Terminal value", "None"));
        assertThat(IncomeForm.scenarios().get(1).givens().get().givens(chinese))
                .contains(
                        new Given("每年现金流（元）", "450,000.00 元"), new Given("经济寿命（年）", "6 年"), new Given("现金流时点", "年中折现"));
        assertThat(IncomeForm.scenarios().get(1).givens().get().givens(english))
                .contains(new Given("Economic life (years)", "6 years"));
        assertThat(CostForm.scenarios().get(0).givens().get().givens(english))
                .contains(new Given("Years in use", "3 years"));
        assertThat(RealOptionForm.example().givens(english))
                .contains(new Given("Steps", "2"), new Given("Up factor u", "1.2"));
    }
}
