package org.techbroker.app.learn;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A course's overview page, in the reader's language: what it is, what it needs first, its
 * modules and lessons, and, for an enrolled reader, where they stand ({@code standing} is null
 * for anyone not enrolled; {@code completedAt} and {@code earnedCreditHours} are set once the
 * course is completed).
 */
public record CourseOverview(
        String code,
        String title,
        String summary,
        List<QualificationLevel> levels,
        List<Track> tracks,
        SyllabusModule syllabusModule,
        int creditHours,
        int totalMinutes,
        boolean published,
        List<Prerequisite> prerequisites,
        List<ModuleLine> modules,
        Standing standing,
        Instant completedAt,
        Integer earnedCreditHours)
        implements Serializable {

    public CourseOverview {
        levels = List.copyOf(levels);
        tracks = List.copyOf(tracks);
        prerequisites = List.copyOf(prerequisites);
        modules = List.copyOf(modules);
    }

    /** A course to complete before this one; its title is null when it is not published. */
    public record Prerequisite(String code, String title, boolean completed) implements Serializable {

        public boolean visible() {
            return title != null;
        }
    }

    /**
     * A module with its lessons and its quiz: the number of items (0 when it has none), the pass
     * mark, whether the reader passed, their best score (null before a first attempt) and how many
     * attempts they made.
     */
    public record ModuleLine(
            long id,
            int position,
            String title,
            List<LessonLine> lessons,
            int itemCount,
            int passMarkPercent,
            boolean passed,
            BigDecimal bestScorePercent,
            int attemptCount)
            implements Serializable {

        public ModuleLine {
            lessons = List.copyOf(lessons);
        }

        public boolean hasQuiz() {
            return itemCount > 0;
        }
    }

    /** A lesson as the overview lists it, ticked when the reader marked it done. */
    public record LessonLine(long id, String title, int minutes, boolean done) implements Serializable {}

    public boolean enrolled() {
        return standing != null;
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** The prerequisites the reader has not completed yet, which keep them from enrolling. */
    public List<Prerequisite> missingPrerequisites() {
        return prerequisites.stream().filter(p -> !p.completed()).toList();
    }
}
