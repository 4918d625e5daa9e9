package org.techbroker.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LessonBackingTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", " 42 ", "999999999999999999"})
    void readsPositiveIds(String text) {
        assertThat(LessonBacking.parseId(text)).hasValue(Long.parseLong(text.trim()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-1", "1.5", "abc", "1e3", "9999999999999999999", "12;drop", "0x1F"})
    void refusesAnythingElse(String text) {
        assertThat(LessonBacking.parseId(text)).isEmpty();
    }
}
