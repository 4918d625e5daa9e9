package org.techbroker.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReviewPagesTest {

    @Test
    void pointsAreWrittenWithoutTrailingZerosAndAMeanKeepsItsHalf() {
        assertThat(ReviewPages.points(new BigDecimal("20.00"))).isEqualTo("20");
        assertThat(ReviewPages.points(new BigDecimal("77.50"))).isEqualTo("77.5");
        assertThat(ReviewPages.points(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(ReviewPages.points(new BigDecimal("100"))).isEqualTo("100");
        assertThat(ReviewPages.points(null)).isEmpty();
    }

    @Test
    void differencesAreMineMinusTheirsWithARealMinusSign() {
        assertThat(ReviewPages.difference(new BigDecimal("22"), new BigDecimal("20.00")))
                .isEqualTo("+2");
        assertThat(ReviewPages.difference(new BigDecimal("20"), new BigDecimal("25")))
                .isEqualTo("\u22125");
        assertThat(ReviewPages.difference(new BigDecimal("10.00"), new BigDecimal("10")))
                .isEqualTo("\u00b10");
        assertThat(ReviewPages.difference(new BigDecimal("52"), new BigDecimal("54.5")))
                .isEqualTo("\u22122.5");
        assertThat(ReviewPages.difference(null, BigDecimal.TEN)).isEmpty();
    }

    @Test
    void onlyPositiveWholeIdsNameAMarking() {
        assertThat(ReviewPages.id(" 42 ")).hasValue(42);
        assertThat(ReviewPages.id("0")).isEmpty();
        assertThat(ReviewPages.id("-1")).isEmpty();
        assertThat(ReviewPages.id("4e2")).isEmpty();
        assertThat(ReviewPages.id("9999999999999999999")).isEmpty();
        assertThat(ReviewPages.id(null)).isEmpty();
    }
}
