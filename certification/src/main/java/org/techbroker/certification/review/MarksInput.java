package org.techbroker.certification.review;

import java.util.List;

/**
 * What an examiner saves: the version they read, points and feedback per criterion, overall
 * feedback, the reason (adjudications and appeal re-marks), and whether this is the submission.
 */
public record MarksInput(
        long expectedVersion, List<CriterionMark> criteria, String overallFeedback, String reason, boolean submit) {

    public MarksInput {
        criteria = List.copyOf(criteria == null ? List.of() : criteria);
    }
}
