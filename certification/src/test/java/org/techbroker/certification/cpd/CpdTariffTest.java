package org.techbroker.certification.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpdTariffTest {

    private final CpdTariff tariff = CpdTariff.defaults();

    @Test
    void ratesFollowTheClpDefaults() {
        assertThat(tariff.credits(CpdCategory.COURSE, new BigDecimal("7.5"))).isEqualByComparingTo("7.5");
        assertThat(tariff.credits(CpdCategory.SPEAKING, new BigDecimal("2"))).isEqualByComparingTo("6");
        assertThat(tariff.credits(CpdCategory.PUBLICATION, BigDecimal.ONE)).isEqualByComparingTo("30");
        assertThat(tariff.credits(CpdCategory.EMPLOYMENT, new BigDecimal("0.5")))
                .isEqualByComparingTo("3");
        assertThat(tariff.requiredCredits()).isEqualByComparingTo("40");
    }

    @Test
    void creditsKeepTwoDecimals() {
        assertThat(tariff.credits(CpdCategory.SPEAKING, new BigDecimal("0.25"))).isEqualTo(new BigDecimal("0.75"));
    }

    @Test
    void employmentCountsAtMostEighteenACycle() {
        CpdStanding standing = tariff.standing(Map.of(CpdCategory.EMPLOYMENT, new BigDecimal("24")), BigDecimal.ZERO);
        CpdStanding.CategoryLine line = standing.categories().stream()
                .filter(l -> l.category() == CpdCategory.EMPLOYMENT)
                .findFirst()
                .orElseThrow();
        assertThat(line.approved()).isEqualByComparingTo("24");
        assertThat(line.counted()).isEqualByComparingTo("18");
        assertThat(line.cap()).contains(new BigDecimal("18"));
        assertThat(standing.total()).isEqualByComparingTo("18");
        assertThat(standing.met()).isFalse();
    }

    @Test
    void capsApplyPerCategoryThenAddUp() {
        CpdStanding standing = tariff.standing(
                Map.of(
                        CpdCategory.EMPLOYMENT, new BigDecimal("30"),
                        CpdCategory.OTHER, new BigDecimal("25"),
                        CpdCategory.COURSE, new BigDecimal("11.5")),
                new BigDecimal("3"));
        assertThat(standing.total()).isEqualByComparingTo("39.5");
        assertThat(standing.met()).isFalse();
        assertThat(standing.percent()).isEqualTo(98);
        assertThat(standing.pending()).isEqualByComparingTo("3");
    }

    @Test
    void fortyCreditsMeetTheCycle() {
        CpdStanding standing = tariff.standing(
                Map.of(CpdCategory.COURSE, new BigDecimal("10"), CpdCategory.PUBLICATION, new BigDecimal("30")),
                BigDecimal.ZERO);
        assertThat(standing.total()).isEqualByComparingTo("40");
        assertThat(standing.met()).isTrue();
        assertThat(standing.percent()).isEqualTo(100);
    }

    @Test
    void aTariffWithoutACategoryEarnsNothingForIt() {
        CpdTariff narrow = new CpdTariff(
                Map.of(CpdCategory.COURSE, CpdTariff.rule(CpdCategory.COURSE, "2", "20")), new BigDecimal("30"));
        assertThat(narrow.rule(CpdCategory.SPEAKING)).isEmpty();
        assertThat(narrow.categories()).containsExactly(CpdCategory.COURSE);
        assertThat(narrow.credits(CpdCategory.COURSE, new BigDecimal("15"))).isEqualByComparingTo("30");
        assertThat(narrow.standing(Map.of(CpdCategory.COURSE, new BigDecimal("30")), BigDecimal.ZERO)
                        .total())
                .isEqualByComparingTo("20");
    }

    @Test
    void refusesNegativeRatesCapsAndEmptyCycles() {
        assertThatThrownBy(() -> new CpdRule(CpdCategory.COURSE, new BigDecimal("-1"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpdRule(CpdCategory.COURSE, BigDecimal.ONE, Optional.of(new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpdTariff(Map.of(), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
