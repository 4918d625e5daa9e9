package org.techbroker.courses.enrolment;

import java.util.Map;

/**
 * The outcome of a quiz attempt: the attempt (score, pass), which items were right by item id,
 * and the progress in the course afterwards.
 */
public record QuizResult(QuizAttempt attempt, Map<Long, Boolean> correctByItem, Progress progress) {

    public QuizResult {
        correctByItem = Map.copyOf(correctByItem);
    }
}
