package org.techbroker.courses.practice;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a trainee answered to one practice item: the keys of the options they chose (choice
 * items), true or false, or a number. Fields that do not apply to the item's type are empty.
 */
public record PracticeAnswer(Set<Character> selectedKeys, Boolean trueOrFalse, BigDecimal number) {

    public static PracticeAnswer choosing(Set<Character> keys) {
        return new PracticeAnswer(Set.copyOf(keys), null, null);
    }

    public static PracticeAnswer judging(boolean value) {
        return new PracticeAnswer(Set.of(), value, null);
    }

    public static PracticeAnswer numbering(BigDecimal value) {
        return new PracticeAnswer(Set.of(), null, value);
    }

    public static PracticeAnswer none() {
        return new PracticeAnswer(Set.of(), null, null);
    }

    public PracticeAnswer {
        selectedKeys = selectedKeys == null ? Set.of() : Set.copyOf(selectedKeys);
    }
}
