package org.techbroker.app.learn;

import java.io.Serializable;
import java.time.Instant;
import org.techbroker.courses.enrolment.Progress;

/**
 * Where an enrolled reader stands in a course, as the pages show it: the percentage for the
 * progress bar, lessons done and quizzes passed, the lesson to resume at (null when there is none)
 * and the completion date once the course is completed.
 */
public record Standing(
        int percent,
        int lessonsDone,
        int lessonCount,
        int quizzesPassed,
        int quizCount,
        Long resumeLessonId,
        Instant completedAt)
        implements Serializable {

    public static Standing of(Progress progress) {
        return new Standing(
                progress.percent(),
                progress.lessonsDone(),
                progress.lessonCount(),
                progress.passedModuleIds().size(),
                progress.quizCount(),
                progress.resumeLessonId(),
                progress.completedAt());
    }

    public boolean completed() {
        return completedAt != null;
    }
}
