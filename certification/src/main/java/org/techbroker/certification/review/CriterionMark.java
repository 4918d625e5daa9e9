package org.techbroker.certification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The points and feedback one marking gives one rubric criterion; points stay empty in a draft until chosen. */
@Embeddable
public class CriterionMark {

    public static final int MAX_FEEDBACK_LENGTH = 4000;

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(precision = 10, scale = 2)
    private BigDecimal points;

    @Column(length = MAX_FEEDBACK_LENGTH)
    private String feedback;

    protected CriterionMark() {
        // for JPA
    }

    public CriterionMark(long criterionId, BigDecimal points, String feedback) {
        this.criterionId = criterionId;
        this.points = points;
        this.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
    }

    public long criterionId() {
        return criterionId;
    }

    public Optional<BigDecimal> points() {
        return Optional.ofNullable(points);
    }

    public Optional<String> feedback() {
        return Optional.ofNullable(feedback);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof CriterionMark mark
                        && criterionId == mark.criterionId
                        && samePoints(points, mark.points)
                        && Objects.equals(feedback, mark.feedback));
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterionId, points == null ? null : points.stripTrailingZeros(), feedback);
    }

    /** 12 and 12.00 are the same points: the database hands back the column's scale. */
    private static boolean samePoints(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }
}
