package org.techbroker.app.learn.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techbroker.app.i18n.Messages;
import org.techbroker.courses.valuation.CostApproachInput.DepreciationBasis;
import org.techbroker.courses.valuation.CostApproachResult.DepreciationKind;
import org.techbroker.courses.valuation.DiscountRate.Conversion;
import org.techbroker.courses.valuation.MarketAdjustment.Factor;
import org.techbroker.courses.valuation.MarketApproachInput.Averaging;
import org.techbroker.courses.valuation.TimingConvention;
import org.techbroker.courses.valuation.ValuationKeys;

/**
 * The workbench names many keys that no page spells out (the engine's errors, enum labels,
 * exercise stories, field labels in messages); these are checked here, in both languages, and
 * formatted the way the pages format them so that a broken pattern fails here rather than on a page.
 */
class WorkbenchBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static final List<String> PAGES = List.of("cost", "market", "income", "royalty", "option");

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_zh_CN"})
    void everyEngineErrorIsSaidAndFormatsItsArguments(String file) throws Exception {
        Properties messages = load(file);
        Locale locale = file.endsWith("zh_CN") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        List<String> keys = new ArrayList<>();
        for (Field field : ValuationKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        assertThat(keys).hasSize(37);
        Object[] sample = {new BigDecimal("-0.5"), new BigDecimal("1.25"), 500};
        for (String key : keys) {
            assertThat(messages.getProperty(key)).as(key).isNotBlank();
            String said = new MessageFormat(messages.getProperty(key), locale).format(sample);
            assertThat(said).as(key).doesNotContain("{", "}");
        }
        assertThat(new MessageFormat(messages.getProperty(ValuationKeys.RATE_NOT_ABOVE_MINUS_100_PERCENT), locale)
                        .format(new Object[] {new BigDecimal("-1")}))
                .contains("-100%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_zh_CN"})
    void everyEnumTheWorkbenchShowsHasALabel(String file) throws IOException {
        Properties messages = load(file);
        List<Enum<?>> values = new ArrayList<>();
        Stream.of(
                        DepreciationKind.values(),
                        DepreciationBasis.values(),
                        Factor.values(),
                        Averaging.values(),
                        Conversion.values(),
                        TimingConvention.values(),
                        IncomeForm.CashFlowInput.values(),
                        IncomeForm.TerminalValueInput.values(),
                        CostForm.DepreciationInput.values(),
                        RealOptionForm.LatticeMoveInput.values())
                .flatMap(Arrays::stream)
                .forEach(values::add);
        for (Enum<?> value : values) {
            String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
            assertThat(messages.getProperty(key)).as(key).isNotBlank();
        }
        for (Factor factor : Factor.values()) {
            assertThat(messages.getProperty("learn_valuation_market.label.coefficient." + factor.name()))
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_zh_CN"})
    void everyExerciseHasItsStoryAndQuestionAndEveryApproachItsTab(String file) throws IOException {
        Properties messages = load(file);
        int[] counts = {
            CostForm.scenarios().size(),
            MarketForm.scenarios().size(),
            IncomeForm.scenarios().size(),
            RoyaltyForm.scenarios().size(),
            RealOptionForm.scenarios().size()
        };
        for (int p = 0; p < PAGES.size(); p++) {
            String page = PAGES.get(p);
            assertThat(messages.getProperty("learn_valuation.tab." + page)).isNotBlank();
            assertThat(messages.getProperty("learn_valuation.approach." + page)).isNotBlank();
            assertThat(counts[p]).as("exercises of %s", page).isGreaterThanOrEqualTo(3);
            for (int n = 1; n <= counts[p]; n++) {
                Scenario<?, ?> scenario = new Scenario<>(n, () -> null, r -> null);
                assertThat(messages.getProperty(scenario.storyKey(page)))
                        .as(scenario.storyKey(page))
                        .isNotBlank();
                assertThat(messages.getProperty(scenario.questionKey(page)))
                        .as(scenario.questionKey(page))
                        .isNotBlank();
            }
            assertThat(messages.getProperty(new Scenario<>(counts[p] + 1, () -> null, r -> null).storyKey(page)))
                    .as("no story without its exercise")
                    .isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyFieldAProblemCanNameHasALabel(String language) {
        // Empty forms of every kind: every field they read is then reported, with its label.
        Locale locale = Locale.forLanguageTag(language);
        Inputs inputs = new Inputs();
        for (IncomeForm.CashFlowInput kind : IncomeForm.CashFlowInput.values()) {
            for (IncomeForm.TerminalValueInput terminal : IncomeForm.TerminalValueInput.values()) {
                IncomeForm form = blankIncome();
                form.setCashFlowInput(kind);
                form.setTerminalValueInput(terminal);
                form.getDiscount().setConversion(Conversion.REAL_TO_NOMINAL);
                form.read(inputs);
            }
        }
        for (CostForm.DepreciationInput kind : CostForm.DepreciationInput.values()) {
            CostForm form = new CostForm();
            form.setDepreciationInput(kind);
            form.setFunctionalObsolescence("");
            form.setEconomicObsolescence("");
            form.read(inputs);
        }
        MarketForm market = new MarketForm();
        market.addComparable();
        market.getComparables().get(0).setWeight("");
        market.getComparables().get(0).getCoefficients().replaceAll((factor, text) -> "x");
        market.read(inputs);
        RoyaltyForm royalty = new RoyaltyForm();
        royalty.getSales().addYear();
        royalty.read(inputs);
        for (RealOptionForm.LatticeMoveInput moves : RealOptionForm.LatticeMoveInput.values()) {
            RealOptionForm option = new RealOptionForm();
            option.setLatticeMoveInput(moves);
            option.setVolatility("");
            option.read(inputs);
        }
        inputs.number("answer", "", Inputs.Label.of(WorkbenchBacking.ANSWER_LABEL));
        inputs.number("ruleSales", "", Inputs.Label.of("learn_valuation_royalty.label.rule_sales"));
        inputs.number(
                "ruleOperatingProfit", "", Inputs.Label.of("learn_valuation_royalty.label.rule_operating_profit"));

        assertThat(inputs.problems()).hasSizeGreaterThan(40);
        Wording wording = new Wording(locale);
        for (Inputs.Problem problem : inputs.problems()) {
            String label = wording.text(
                    problem.label().key(), problem.label().arguments().toArray());
            assertThat(label)
                    .as(problem.label().key())
                    .isNotEqualTo(problem.label().key())
                    .doesNotContain("{");
            String message = wording.text(problem.key(), label);
            assertThat(message).as(problem.key()).startsWith(label).isNotEqualTo(problem.key());
        }
        assertThat(wording.text("learn_valuation_income.label.cash_flow", 3)).contains("3");
    }

    private static IncomeForm blankIncome() {
        IncomeForm form = new IncomeForm();
        form.getCashFlows().addYear();
        form.getRevenues().addYear();
        return form;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_zh_CN"})
    void patternsWithArgumentsHaveNoStrayQuotes(String file) throws IOException {
        // MessageFormat drops a single quote and treats what follows as literal text.
        Properties messages = load(file);
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith("learn_valuation") && messages.getProperty(key).contains("{")) {
                assertThat(messages.getProperty(key)).as(key).doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void moneyAndYearsCarryTheirUnits(String language) {
        Wording wording = new Wording(Locale.forLanguageTag(language));
        boolean english = language.equals("en");

        assertThat(wording.money(new BigDecimal("3944105.53")))
                .isEqualTo(english ? "CNY 3,944,105.53" : "3,944,105.53 元");
        assertThat(wording.years(new BigDecimal("1"))).isEqualTo(english ? "1 year" : "1 年");
        assertThat(wording.years(new BigDecimal("2.5"))).isEqualTo(english ? "2.5 years" : "2.5 年");
        assertThat(wording.label(Conversion.NOMINAL_TO_REAL)).isEqualTo(english ? "Nominal to real" : "名义利率换算为实际利率");
        assertThat(Messages.get(Locale.forLanguageTag(language), "learn_valuation.exercise.rule", "0.5%", "CNY 1.00"))
                .contains("0.5%");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
