package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.courses.valuation.Valuations.amounts;
import static org.techbroker.courses.valuation.Valuations.d;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.valuation.CashFlowProjection.NetCashFlows;
import org.techbroker.courses.valuation.CostApproachInput.NewnessRate;
import org.techbroker.courses.valuation.MarketApproachInput.Averaging;
import org.techbroker.courses.valuation.TwoStageOptionInput.UpDown;

class ValuationEngineTest {

    private final ValuationEngine engine = new ValuationEngine();

    @Test
    void reachesEveryMethodThroughOneEntryPoint() {
        var rate = DiscountRate.of(d("0.10"), d("0"));

        assertThat(engine.costApproach(new CostApproachInput(d("1000"), new NewnessRate(d("0.6"))))
                        .value())
                .isEqualByComparingTo("600.00");
        assertThat(engine.marketApproach(new MarketApproachInput(
                                List.of(new ComparableTransaction("A", d("500"), List.of())), Averaging.SIMPLE))
                        .value())
                .isEqualByComparingTo("500.00");
        assertThat(engine.incomeApproach(new IncomeApproachInput(NetCashFlows.level(d("100"), 3), rate))
                        .value())
                .isEqualByComparingTo("248.69");
        assertThat(engine.reliefFromRoyalty(new RoyaltyInput(amounts("1000"), d("0.05"), rate))
                        .value())
                .isEqualByComparingTo("45.45");
        assertThat(engine.royaltyOnProjectedSales(amounts("1000", "1000"), d("0.05"))
                        .totalRoyalty())
                .isEqualByComparingTo("100.00");
        assertThat(engine.twentyFivePercentRule(d("1000"), d("100")).royalty()).isEqualByComparingTo("25.00");
        assertThat(engine.twoStageRealOption(new TwoStageOptionInput(
                                d("0"), d("52"), d("50"), d("0.05"), d("2"), 2, new UpDown(d("1.2"), d("0.8"))))
                        .optionValue())
                .isEqualByComparingTo("7.14");
    }

    @Test
    void everyMessageKeyIsDocumentedInEnglishAndChinese() throws Exception {
        // The keys reach the bundles from the documentation's table; a key missing there would show
        // as a raw key to the trainee.
        Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "valuation-engine.md");
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<String> keys = Arrays.stream(ValuationKeys.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()))
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();

        assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
        // A table row: | key | arguments | English | Chinese |, each text a MessageFormat pattern.
        for (String key : keys) {
            String row = "| `" + key + "` |";
            assertThat(lines).as(key).filteredOn(line -> line.startsWith(row)).hasSize(1);
            String[] cells = lines.stream()
                    .filter(line -> line.startsWith(row))
                    .findFirst()
                    .orElseThrow()
                    .split("\\|");
            String english = cells[3].strip();
            String chinese = cells[4].strip();
            assertThat(english).as(key).containsPattern("\\p{IsLatin}");
            assertThat(chinese).as(key).containsPattern("\\p{IsHan}");
            Object[] samples = {new BigDecimal("0.055"), new BigDecimal("1234.5"), 500};
            assertThat(new MessageFormat(english, Locale.ENGLISH).format(samples))
                    .doesNotContain("{");
            assertThat(new MessageFormat(chinese, Locale.CHINA).format(samples)).doesNotContain("{");
        }
        long documented = lines.stream()
                .filter(line -> line.startsWith("| `courses.valuation.error."))
                .count();
        assertThat(documented).isEqualTo(keys.size());
    }
}
