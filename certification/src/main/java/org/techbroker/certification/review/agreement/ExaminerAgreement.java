package org.techbroker.certification.review.agreement;

import java.util.OptionalDouble;

/**
 * One examiner's agreement with the co-markers of the scripts the examiner marked; the rules are
 * those of {@link AgreementStatistics}.
 *
 * @param examiner the examiner's account id value
 * @param scripts how many double-marked scripts the examiner marked
 * @param meanPercent the mean of the examiner's own marks, in percent of the maximum
 * @param severity the mean of own mark minus co-marker's mark, in percent of the maximum: negative
 *     for an examiner who marks harder than colleagues, positive for one who marks more leniently
 * @param exactAgreement the fraction (0..1) of the examiner's scripts given identical totals
 * @param adjacentAgreement the fraction (0..1) whose totals differ by at most one point
 * @param kappa quadratic-weighted kappa with own marks as the first rater, co-markers' as the second
 * @param icc ICC(1,1) of own and co-markers' marks in percent of the maximum
 */
public record ExaminerAgreement(
        long examiner,
        int scripts,
        OptionalDouble meanPercent,
        OptionalDouble severity,
        OptionalDouble exactAgreement,
        OptionalDouble adjacentAgreement,
        OptionalDouble kappa,
        OptionalDouble icc) {}
