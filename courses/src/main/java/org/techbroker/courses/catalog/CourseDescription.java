package org.techbroker.courses.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.techbroker.courses.shared.QualificationLevel;

/** What a course is about and for whom: everything an author sets apart from its content. */
public record CourseDescription(
        @NotNull(message = "{courses.title.required}") @Valid
        BilingualText title,

        @NotNull(message = "{courses.summary.required}") @Valid
        BilingualText summary,

        @NotEmpty(message = "{courses.levels.required}") Set<QualificationLevel> levels,
        @NotEmpty(message = "{courses.tracks.required}") Set<Track> tracks,
        @NotNull Set<CourseCode> prerequisites,

        @NotNull(message = "{courses.syllabus_module.required}")
        SyllabusModule syllabusModule,

        @Min(value = 1, message = "{courses.credit_hours.range}")
        @Max(value = Course.CREDIT_HOURS_MAX, message = "{courses.credit_hours.range}")
        int creditHours) {

    public CourseDescription {
        levels = Set.copyOf(levels);
        tracks = Set.copyOf(tracks);
        prerequisites = Set.copyOf(prerequisites);
    }
}
