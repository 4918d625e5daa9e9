package org.techbroker.certification.review.agreement;

/**
 * The two independent marks of one script, in whole points out of the prompt's maximum. Examiners
 * are identified by the value of their account id, which keeps the statistics free of the domain
 * types.
 */
public record MarkPair(long firstExaminer, int firstPoints, long secondExaminer, int secondPoints, int maxPoints) {

    public MarkPair {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("Maximum must be positive: " + maxPoints);
        }
        if (firstPoints < 0 || firstPoints > maxPoints || secondPoints < 0 || secondPoints > maxPoints) {
            throw new IllegalArgumentException(
                    "Points " + firstPoints + " and " + secondPoints + " not within 0.." + maxPoints);
        }
        if (firstExaminer == secondExaminer) {
            throw new IllegalArgumentException("One examiner cannot second-mark own script: " + firstExaminer);
        }
    }
}
