package org.techbroker.certification.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;

/**
 * An attempt as its candidate sees it: the items (never a key or a rubric), the answers saved so
 * far, the deadline and the server's clock; and, only after the sitting's results are released,
 * the result by topic.
 */
public record AttemptView(
        long id,
        long sittingId,
        BilingualText sittingTitle,
        AttemptState state,
        Instant startedAt,
        Instant deadline,
        Instant serverTime,
        Instant submittedAt,
        List<Item> items,
        Map<Long, SavedAnswer> answers,
        Result result) {

    public AttemptView {
        items = List.copyOf(items);
        answers = Map.copyOf(answers);
    }

    public Optional<Result> releasedResult() {
        return Optional.ofNullable(result);
    }

    /** An item of the form, as shown; its id is the id of the version shown. */
    public record Item(
            long id,
            int position,
            ItemType type,
            BilingualText stem,
            List<Option> options,
            int points,
            BilingualText unit) {
        public Item {
            options = List.copyOf(options);
        }
    }

    public record Option(long id, BilingualText text) {}

    /** An answer and when it was saved. */
    public record SavedAnswer(AnswerInput answer, Instant savedAt, int revision) {}

    /** The released result. Essay points stay empty until the essays are marked. */
    public record Result(
            Outcome outcome,
            BigDecimal objectivePoints,
            int objectiveMax,
            BigDecimal essayPoints,
            int essayMax,
            int objectivePassPercent,
            int essayPassPercent,
            List<TopicScore> topics) {
        public Result {
            topics = List.copyOf(topics);
        }
    }

    /** Objective points by topic (course). */
    public record TopicScore(CourseCode course, BigDecimal points, int max) {}
}
