package org.techbroker.app.exam;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.techbroker.certification.exam.CandidateSitting;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * One sitting on "My exams", in the reader's language: the stage decides what the row offers,
 * and the courses still missing are named with their titles so that the row can link to them.
 */
public record SittingRow(
        long sittingId,
        String title,
        QualificationLevel level,
        Instant opensAt,
        Instant closesAt,
        int durationMinutes,
        int extraMinutes,
        SittingStage stage,
        List<CourseLink> missingCourses,
        Long attemptId) {

    public SittingRow {
        missingCourses = List.copyOf(missingCourses);
    }

    /** A course to complete first: its code and its title in the reader's language. */
    public record CourseLink(String code, String title) {}

    static SittingRow of(CandidateSitting sitting, Locale locale, Function<CourseCode, String> courseTitles) {
        return new SittingRow(
                sitting.sittingId(),
                sitting.title().in(locale),
                sitting.level(),
                sitting.opensAt(),
                sitting.closesAt(),
                sitting.durationMinutes(),
                sitting.extraMinutes(),
                SittingStage.of(sitting),
                sitting.missingCourses().stream()
                        .map(code -> new CourseLink(code.value(), courseTitles.apply(code)))
                        .toList(),
                sitting.attemptId());
    }
}
