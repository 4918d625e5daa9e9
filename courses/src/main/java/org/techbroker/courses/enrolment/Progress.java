package org.techbroker.courses.enrolment;

import java.time.Instant;
import java.util.Set;

/**
 * Where a person stands in a course: lessons done of all, module quizzes passed of all those with
 * a quiz, the lesson to resume at, and the completion date once complete. The percentage counts
 * lessons and quizzes alike, so it reaches 100 exactly when the course is complete.
 */
public record Progress(
        int lessonsDone,
        int lessonCount,
        Set<Long> passedModuleIds,
        int quizCount,
        Long resumeLessonId,
        Instant completedAt) {

    public Progress {
        passedModuleIds = Set.copyOf(passedModuleIds);
    }

    public int percent() {
        int total = lessonCount + quizCount;
        int done = lessonsDone + passedModuleIds.size();
        return total == 0 ? 0 : (int) Math.floor(done * 100.0 / total);
    }

    public boolean isComplete() {
        return completedAt != null;
    }
}
