package org.techbroker.certification.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Everything an item version says, as authored or imported. Two contents are equal when a
 * candidate could not tell them apart, which is how an unchanged re-import is recognised.
 *
 * @param options for choice items; for true/false items, empty (the key is {@code trueFalseKey})
 * @param trueFalseKey whether the statement of a true/false item is true; null for other types
 * @param numericAnswer the key of a numeric item; null for other types
 * @param rubric the criteria of an essay; empty for other types
 */
public record ItemContent(
        ItemType type,
        CourseCode course,
        QualificationLevel level,
        Difficulty difficulty,
        ItemStatus status,
        int points,
        BilingualText stem,
        BilingualText explanation,
        String source,
        List<OptionContent> options,
        Boolean trueFalseKey,
        BigDecimal numericAnswer,
        BigDecimal numericTolerance,
        BilingualText unit,
        List<CriterionContent> rubric) {

    public ItemContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stem, "stem");
        options = List.copyOf(options == null ? List.of() : options);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        numericAnswer = stripped(numericAnswer);
        numericTolerance = stripped(numericTolerance);
    }

    /** The same content with another status. */
    public ItemContent withStatus(ItemStatus newStatus) {
        return new ItemContent(
                type,
                course,
                level,
                difficulty,
                newStatus,
                points,
                stem,
                explanation,
                source,
                options,
                trueFalseKey,
                numericAnswer,
                numericTolerance,
                unit,
                rubric);
    }

    /** One option of a choice item. */
    public record OptionContent(BilingualText text, boolean correct) {
        public OptionContent {
            Objects.requireNonNull(text, "text");
        }
    }

    /** One criterion of an essay rubric, with its level descriptors from the best down to 0. */
    public record CriterionContent(BilingualText title, int points, List<LevelContent> levels) {
        public CriterionContent {
            Objects.requireNonNull(title, "title");
            levels = List.copyOf(levels);
        }
    }

    /** What a performance worth these points looks like. */
    public record LevelContent(int points, BilingualText descriptor) {
        public LevelContent {
            Objects.requireNonNull(descriptor, "descriptor");
        }
    }

    /** 2.50 and 2.5 are the same key; comparing contents must not see a change between them. */
    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
