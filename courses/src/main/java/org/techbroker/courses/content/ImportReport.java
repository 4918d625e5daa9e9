package org.techbroker.courses.content;

import java.util.List;
import org.techbroker.courses.catalog.CourseCode;

/**
 * What an import did, course by course, and the warnings it found (the editorial rules, and
 * lessons that an update removed). Nothing in it is text: the web layer says it in the reader's
 * language.
 */
public record ImportReport(List<CourseOutcome> courses, List<ImportProblem> warnings) {

    /** What happened to one course of the set. */
    public enum Outcome {
        /** A course new to the catalogue. */
        CREATED,
        /** A stored course, now as the file says. */
        UPDATED,
        /** A stored course that already said exactly what the file says. */
        UNCHANGED,
        /** A stored course that an import of new courses only (seeding) leaves alone. */
        SKIPPED
    }

    /** One course: its outcome (or, for a check, the outcome an import would have) and what it holds. */
    public record CourseOutcome(CourseCode code, Outcome outcome, int lessons, int items, int attachments) {}

    public ImportReport {
        courses = List.copyOf(courses);
        warnings = List.copyOf(warnings);
    }

    public long count(Outcome outcome) {
        return courses.stream().filter(c -> c.outcome() == outcome).count();
    }

    /** Lessons of the courses created or updated. */
    public int lessonsWritten() {
        return written().mapToInt(CourseOutcome::lessons).sum();
    }

    /** Practice items of the courses created or updated. */
    public int itemsWritten() {
        return written().mapToInt(CourseOutcome::items).sum();
    }

    public int attachmentsWritten() {
        return written().mapToInt(CourseOutcome::attachments).sum();
    }

    private java.util.stream.Stream<CourseOutcome> written() {
        return courses.stream().filter(c -> c.outcome() == Outcome.CREATED || c.outcome() == Outcome.UPDATED);
    }
}
