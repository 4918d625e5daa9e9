package org.techbroker.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.techbroker.app.account.Role;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.DomainException.Kind;

class QueryValuesTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void anAbsentOrBlankValueMeansNoFilter(String value) {
        assertThat(QueryValues.optionalEnum(Role.class, "role", value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHIEF_EXAMINER", "chief_examiner", "Chief_Examiner", " chief_examiner "})
    void readsAConstantWhateverItsCaseAndSurroundingSpace(String value) {
        assertThat(QueryValues.optionalEnum(Role.class, "role", value)).isEqualTo(Role.CHIEF_EXAMINER);
    }

    @Test
    void refusesAnUnknownValueAsInvalidNamingTheParameter() {
        assertThatThrownBy(() -> QueryValues.optionalEnum(Role.class, "role", "superuser"))
                .isInstanceOf(QueryValues.InvalidQueryValue.class)
                .isInstanceOfSatisfying(DomainException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.INVALID);
                    assertThat(failure.messageKey()).isEqualTo("api.problem.invalid-query-value");
                    assertThat(failure.arguments()).containsExactly("role", "superuser");
                });
    }
}
