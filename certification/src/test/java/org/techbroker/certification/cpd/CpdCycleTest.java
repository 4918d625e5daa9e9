package org.techbroker.certification.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CpdCycleTest {

    private final CpdCycle cycle = new CpdCycle(LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1));

    @Test
    void acceptsDaysFromTheStartUpToToday() {
        LocalDate today = LocalDate.of(2027, 6, 10);
        assertThat(cycle.accepts(LocalDate.of(2026, 3, 1), today)).isTrue();
        assertThat(cycle.accepts(today, today)).isTrue();
        assertThat(cycle.accepts(LocalDate.of(2026, 2, 28), today)).isFalse();
        assertThat(cycle.accepts(today.plusDays(1), today)).isFalse();
    }

    @Test
    void renewingOnTimeKeepsEveryDayOfTheOldCertificate() {
        assertThat(cycle.renewedExpiry(LocalDate.of(2028, 12, 1), 3)).isEqualTo(LocalDate.of(2032, 3, 1));
        assertThat(cycle.renewedExpiry(LocalDate.of(2029, 3, 1), 3)).isEqualTo(LocalDate.of(2032, 3, 1));
    }

    @Test
    void renewingLateCountsFromTheRenewalDay() {
        assertThat(cycle.renewedExpiry(LocalDate.of(2029, 4, 15), 3)).isEqualTo(LocalDate.of(2032, 4, 15));
    }

    @Test
    void theGraceEndsSoManyDaysAfterExpiry() {
        assertThat(cycle.renewableOn(LocalDate.of(2029, 5, 30), 90)).isTrue();
        assertThat(cycle.renewableOn(LocalDate.of(2029, 5, 31), 90)).isFalse();
        assertThat(cycle.renewableOn(LocalDate.of(2029, 3, 2), 0)).isFalse();
    }

    @Test
    void aCycleEndsAfterItStarts() {
        assertThatThrownBy(() -> new CpdCycle(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
