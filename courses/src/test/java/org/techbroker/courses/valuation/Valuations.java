package org.techbroker.courses.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;

/** Shorthands the valuation tests share. */
final class Valuations {

    private Valuations() {}

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static List<BigDecimal> amounts(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** Asserts that the call fails as an invalid input with this message key. */
    static void assertInvalid(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CoursesException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(Kind.INVALID);
            assertThat(failure.messageKey()).isEqualTo(key);
        });
    }
}
