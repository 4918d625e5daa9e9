package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.courses.catalog.BilingualText;

/**
 * What a candidate reads of one essay after the release: the final mark per criterion with the
 * examiners' feedback (never who gave it), and where an appeal stands.
 *
 * @param itemId the essay's item id as the attempt shows it, by which the candidate appeals
 * @param appealUntil the last moment an appeal is accepted
 */
public record EssayFeedback(
        long itemId,
        BilingualText prompt,
        int maxPoints,
        BigDecimal finalPoints,
        FinalBasis basis,
        boolean underReview,
        List<CriterionFeedback> criteria,
        List<String> overallFeedback,
        Instant appealUntil,
        boolean appealable,
        AppealStatus appeal) {

    public EssayFeedback {
        criteria = List.copyOf(criteria);
        overallFeedback = List.copyOf(overallFeedback);
    }

    /** One rubric criterion: its final points and every comment the examiners wrote on it. */
    public record CriterionFeedback(RubricCriterion criterion, BigDecimal points, List<String> feedback) {
        public CriterionFeedback {
            feedback = List.copyOf(feedback);
        }
    }

    /** The candidate's appeal, as they may see it. */
    public record AppealStatus(
            AppealState state, String reason, Instant lodgedAt, BigDecimal pointsBefore, BigDecimal pointsAfter) {}
}
