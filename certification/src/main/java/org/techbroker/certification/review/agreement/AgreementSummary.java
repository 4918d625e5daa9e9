package org.techbroker.certification.review.agreement;

import java.util.OptionalDouble;

/**
 * Agreement over all double-marked scripts of a sitting; the rules are those of {@link
 * AgreementStatistics}.
 *
 * @param pairs how many scripts were marked twice
 * @param meanPercent the mean of all marks, each in percent of its maximum
 * @param exactAgreement the fraction (0..1) of scripts given identical totals
 * @param adjacentAgreement the fraction (0..1) of scripts whose totals differ by at most one point
 * @param kappa quadratic-weighted kappa of first against second marks, in points
 * @param icc ICC(1,1) of the marks in percent of their maximum
 */
public record AgreementSummary(
        int pairs,
        OptionalDouble meanPercent,
        OptionalDouble exactAgreement,
        OptionalDouble adjacentAgreement,
        OptionalDouble kappa,
        OptionalDouble icc) {}
