package org.techbroker.certification.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptTest {

    private static final Instant START = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void theDeadlineIsStartPlusDurationPlusExtraTime() {
        assertThat(Attempt.deadline(START, Duration.ofMinutes(90), 0)).isEqualTo(Instant.parse("2026-11-27T02:30:00Z"));
        assertThat(Attempt.deadline(START, Duration.ofMinutes(90), 25))
                .isEqualTo(Instant.parse("2026-11-27T02:55:00Z"));
        assertThat(Attempt.deadline(START, Duration.ofMinutes(600), 600))
                .isEqualTo(Instant.parse("2026-11-27T21:00:00Z"));
    }

    @Test
    void extraTimeIsNeverNegative() {
        assertThatThrownBy(() -> Attempt.deadline(START, Duration.ofMinutes(90), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passMarksAreComparedExactly() {
        // 59.99 % is not 60 %; 60 % is.
        assertThat(Attempt.reaches(new BigDecimal("14.39"), 24, 60)).isFalse();
        assertThat(Attempt.reaches(new BigDecimal("14.40"), 24, 60)).isTrue();
        assertThat(Attempt.reaches(new BigDecimal("0"), 0, 60))
                .as("no items of that kind")
                .isTrue();
        assertThat(Attempt.reaches(new BigDecimal("0"), 10, 0)).isTrue();
    }
}
