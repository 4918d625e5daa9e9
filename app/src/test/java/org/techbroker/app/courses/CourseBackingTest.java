package org.techbroker.app.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CourseBackingTest {

    @ParameterizedTest
    @ValueSource(strings = {"IPL-101", "ipl-101", " IPL-101 "})
    void readsCourseCodesForgivingCaseAndSpaces(String text) {
        assertThat(CourseBacking.parse(text))
                .hasValueSatisfying(code -> assertThat(code.value()).isEqualTo("IPL-101"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"IPL101", "IPL-10", "IP-101", "IPL-1011", "<script>", "IPL-101;", "../IPL-101"})
    void anythingElseIsNoCourse(String text) {
        assertThat(CourseBacking.parse(text)).isEmpty();
    }
}
