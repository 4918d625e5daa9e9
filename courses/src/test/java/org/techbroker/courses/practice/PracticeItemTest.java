package org.techbroker.courses.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

class PracticeItemTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private final CourseModule module = new Course(
                    new CourseCode("ZZP-101"),
                    new CourseDescription(
                            text("课程"),
                            text("摘要"),
                            Set.of(QualificationLevel.JUNIOR),
                            Set.of(Track.SERVICE),
                            Set.of(),
                            SyllabusModule.PUBLIC_KNOWLEDGE,
                            1),
                    NOW)
            .addModule(text("单元"), 70, NOW);

    @Test
    void singleChoiceIsRightOnlyWithTheOneCorrectKey() {
        PracticeItem item = choice(ItemType.SINGLE_CHOICE, 'b');

        assertThat(item.isCorrect(PracticeAnswer.choosing(Set.of('b')))).isTrue();
        assertThat(item.isCorrect(PracticeAnswer.choosing(Set.of('a')))).isFalse();
        assertThat(item.isCorrect(PracticeAnswer.choosing(Set.of('a', 'b')))).isFalse();
        assertThat(item.isCorrect(PracticeAnswer.none())).isFalse();
    }

    @Test
    void multipleChoiceIsAllOrNothing() {
        PracticeItem item = choice(ItemType.MULTIPLE_CHOICE, 'a', 'c');

        assertThat(item.isCorrect(PracticeAnswer.choosing(Set.of('a', 'c')))).isTrue();
        assertThat(item.isCorrect(PracticeAnswer.choosing(Set.of('a')))).isFalse();
        assertThat(item.isCorrect(PracticeAnswer.choosing(Set.of('a', 'b', 'c'))))
                .isFalse();
    }

    @Test
    void trueFalseAndUnanswered() {
        PracticeItem item = module.addPracticeItem(new PracticeItem.Draft(
                ItemType.TRUE_FALSE, text("命题"), text("解释"), List.of(), false, null, null, null));

        assertThat(item.isCorrect(PracticeAnswer.judging(false))).isTrue();
        assertThat(item.isCorrect(PracticeAnswer.judging(true))).isFalse();
        assertThat(item.isCorrect(PracticeAnswer.none())).isFalse();
    }

    @Test
    void numericIsRightWithinTheToleranceInclusive() {
        PracticeItem item = module.addPracticeItem(new PracticeItem.Draft(
                ItemType.NUMERIC,
                text("净现值"),
                text("解释"),
                List.of(),
                null,
                new BigDecimal("248.69"),
                new BigDecimal("0.5"),
                text("元")));

        assertThat(item.isCorrect(PracticeAnswer.numbering(new BigDecimal("248.69"))))
                .isTrue();
        assertThat(item.isCorrect(PracticeAnswer.numbering(new BigDecimal("249.19"))))
                .isTrue();
        assertThat(item.isCorrect(PracticeAnswer.numbering(new BigDecimal("248.19"))))
                .isTrue();
        assertThat(item.isCorrect(PracticeAnswer.numbering(new BigDecimal("249.20"))))
                .isFalse();
        assertThat(item.isCorrect(PracticeAnswer.none())).isFalse();
    }

    @Test
    void refusesChoiceItemsWhoseCorrectOptionsBreakTheirType() {
        assertThatThrownBy(() -> choice(ItemType.SINGLE_CHOICE, 'a', 'b'))
                .isInstanceOf(CoursesException.class)
                .hasMessage("courses.error.item_options");
        assertThatThrownBy(() -> choice(ItemType.MULTIPLE_CHOICE, 'a')).isInstanceOf(CoursesException.class);
        assertThatThrownBy(() -> choice(ItemType.MULTIPLE_CHOICE, 'a', 'b', 'c', 'd'))
                .isInstanceOf(CoursesException.class);
    }

    private PracticeItem choice(ItemType type, char... correct) {
        List<PracticeOption.Draft> options = List.of('a', 'b', 'c', 'd').stream()
                .map(key -> new PracticeOption.Draft(key, text("选项" + key), contains(correct, key)))
                .toList();
        return module.addPracticeItem(
                new PracticeItem.Draft(type, text("题干"), text("解释"), options, null, null, null, null));
    }

    private static boolean contains(char[] keys, char key) {
        for (char k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    private static BilingualText text(String zh) {
        return new BilingualText(zh, "en " + zh);
    }
}
