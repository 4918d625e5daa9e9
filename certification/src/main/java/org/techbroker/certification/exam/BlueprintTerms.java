package org.techbroker.certification.exam;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.techbroker.courses.catalog.CourseCode;

/**
 * What an administrator sets for the exam of a level.
 *
 * @param cells objective items per topic and difficulty
 * @param essayCount essays drawn from the level's essay items
 * @param requiredCourses courses a trainee must have completed to register for a sitting of the level
 */
public record BlueprintTerms(
        List<BlueprintCell> cells,
        int essayCount,
        int durationMinutes,
        int objectivePassPercent,
        int essayPassPercent,
        boolean shuffleOptions,
        Set<CourseCode> requiredCourses) {

    public static final int MAX_DURATION_MINUTES = 600;
    public static final int MAX_ITEMS = 200;
    public static final int MAX_ESSAYS = 5;

    public BlueprintTerms {
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        requiredCourses = Set.copyOf(Objects.requireNonNull(requiredCourses, "requiredCourses"));
    }

    public int objectiveItemCount() {
        return cells.stream().mapToInt(BlueprintCell::itemCount).sum();
    }
}
