package org.techbroker.certification.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditDrawTest {

    @Test
    void drawsTheConfiguredShare() {
        AuditDraw draw = new AuditDraw(new Random(20260601L), 10);
        long audited = IntStream.range(0, 10_000).filter(i -> draw.draw()).count();
        assertThat(audited).isBetween(900L, 1100L);
    }

    @Test
    void theSameSeedDrawsTheSameEntries() {
        AuditDraw first = new AuditDraw(new Random(7L), 25);
        AuditDraw second = new AuditDraw(new Random(7L), 25);
        for (int i = 0; i < 1000; i++) {
            assertThat(first.draw()).isEqualTo(second.draw());
        }
    }

    @Test
    void noneAndAllAreExact() {
        AuditDraw none = new AuditDraw(new Random(1L), 0);
        AuditDraw all = new AuditDraw(new Random(1L), 100);
        assertThat(IntStream.range(0, 1000).filter(i -> none.draw()).count()).isZero();
        assertThat(IntStream.range(0, 1000).filter(i -> all.draw()).count()).isEqualTo(1000);
    }

    @Test
    void refusesAShareOutsideZeroToHundred() {
        assertThatThrownBy(() -> new AuditDraw(new Random(), 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditDraw(new Random(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
