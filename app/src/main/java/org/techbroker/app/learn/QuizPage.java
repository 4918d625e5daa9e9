package org.techbroker.app.learn;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.practice.ItemType;

/**
 * A module's practice quiz, in the reader's language: its items with their options in stored
 * order, and what the reader has achieved in it so far. The practice bank is open by design, so
 * the correct answers travel with the items; the page shows them only after a submission.
 */
public record QuizPage(
        long moduleId,
        LessonPage.Access access,
        String courseCode,
        String courseTitle,
        int modulePosition,
        String moduleTitle,
        int passMarkPercent,
        List<Item> items,
        boolean passed,
        BigDecimal bestScorePercent)
        implements Serializable {

    public QuizPage {
        items = List.copyOf(items);
    }

    /** One practice item; fields that do not apply to its type are null or empty. */
    public record Item(
            long id,
            int position,
            ItemType type,
            String stem,
            String explanation,
            List<Option> options,
            Boolean trueFalseAnswer,
            BigDecimal numericAnswer,
            BigDecimal numericTolerance,
            String unit)
            implements Serializable {

        public Item {
            options = List.copyOf(options);
        }

        public Optional<Option> option(char key) {
            return options.stream().filter(o -> o.key() == key).findFirst();
        }

        public List<Option> correctOptions() {
            return options.stream().filter(Option::correct).toList();
        }
    }

    /** An option of a choice item, known by its key (a–e), to which explanations may refer. */
    public record Option(char key, String text, boolean correct) implements Serializable {

        /** The key as the form submits it. */
        public String value() {
            return String.valueOf(key);
        }
    }

    public boolean learner() {
        return access == LessonPage.Access.LEARNER;
    }

    public boolean preview() {
        return access == LessonPage.Access.PREVIEW;
    }

    public boolean readable() {
        return access != LessonPage.Access.NOT_ENROLLED;
    }
}
