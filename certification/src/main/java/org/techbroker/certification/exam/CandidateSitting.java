package org.techbroker.certification.exam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A sitting as one trainee sees it: whether they are registered, and if not, whether they may
 * register (and which required courses they still lack), and their attempt if they started one.
 */
public record CandidateSitting(
        long sittingId,
        BilingualText title,
        QualificationLevel level,
        Instant opensAt,
        Instant closesAt,
        int durationMinutes,
        int extraMinutes,
        boolean registered,
        boolean eligible,
        List<CourseCode> missingCourses,
        boolean full,
        boolean acceptsRegistrations,
        boolean open,
        Long attemptId,
        AttemptState attemptState,
        boolean resultsReleased) {

    public CandidateSitting {
        missingCourses = List.copyOf(missingCourses);
    }

    public Optional<Long> attempt() {
        return Optional.ofNullable(attemptId);
    }

    /** Whether the trainee can register now. */
    public boolean mayRegister() {
        return !registered && eligible && !full && acceptsRegistrations;
    }
}
