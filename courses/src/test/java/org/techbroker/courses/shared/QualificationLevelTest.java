package org.techbroker.courses.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualificationLevelTest {

    @Test
    void findsEachLevelByItsCodeInEitherCase() {
        assertThat(QualificationLevel.fromCode('J')).contains(QualificationLevel.JUNIOR);
        assertThat(QualificationLevel.fromCode('i')).contains(QualificationLevel.INTERMEDIATE);
        assertThat(QualificationLevel.fromCode('S')).contains(QualificationLevel.SENIOR);
    }

    @Test
    void codesAreDistinctSoCertificateNumbersAreUnambiguous() {
        assertThat(QualificationLevel.values())
                .extracting(QualificationLevel::code)
                .doesNotHaveDuplicates();
    }

    @Test
    void unknownCodeIsEmpty() {
        assertThat(QualificationLevel.fromCode('X')).isEmpty();
        assertThat(QualificationLevel.fromCode('1')).isEmpty();
    }
}
