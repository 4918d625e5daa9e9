package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.courses.catalog.BilingualText;

/**
 * What an examiner reads and marks: the anonymous code, the prompt, the essay, the rubric and
 * their own marks; other marks only where {@link OtherMark} allows. Nothing here is derived from
 * the candidate, the attempt or the sitting.
 *
 * @param waitsForCalibration a live marking stays closed until its examiner has marked the
 *     prompt's reference scripts
 * @param divergenceLimit the difference between two marks that still counts as agreement
 */
public record AssignmentView(
        long id,
        String scriptCode,
        MarkingRole role,
        MarkingState state,
        long version,
        String promptKey,
        BilingualText prompt,
        String essayText,
        int maxPoints,
        List<RubricCriterion> rubric,
        List<CriterionMark> criteria,
        String overallFeedback,
        String reason,
        BigDecimal totalPoints,
        Instant savedAt,
        Instant submittedAt,
        boolean waitsForCalibration,
        BigDecimal divergenceLimit,
        List<OtherMark> otherMarks) {

    public AssignmentView {
        rubric = List.copyOf(rubric);
        criteria = List.copyOf(criteria);
        otherMarks = List.copyOf(otherMarks);
    }

    public boolean open() {
        return state == MarkingState.ASSIGNED || state == MarkingState.DRAFT;
    }
}
