package org.techbroker.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techbroker.courses.shared.DomainException.Kind;

class CoursesExceptionTest {

    @Test
    void carriesKeyKindAndArgumentsForTheBoundaryToLocalise() {
        var failure = new CoursesException(Kind.NOT_FOUND, "courses.error.not_found", "IPL-101");

        assertThat(failure.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(failure.messageKey()).isEqualTo("courses.error.not_found");
        assertThat(failure.arguments()).containsExactly("IPL-101");
        assertThat(failure.getMessage()).isEqualTo("courses.error.not_found");
    }
}
