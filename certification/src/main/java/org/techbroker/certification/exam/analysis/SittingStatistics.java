package org.techbroker.certification.exam.analysis;

import java.util.OptionalDouble;

/**
 * The statistics of a sitting's total scores.
 *
 * @param candidates how many candidates sat
 * @param meanTotal the mean of the candidates' totals (each the sum over the items the candidate
 *     saw); absent without candidates
 * @param totalStandardDeviation the population standard deviation of the totals; absent with fewer
 *     than two candidates
 * @param alphaItems how many items alpha is computed over: those every candidate saw
 * @param cronbachAlpha Cronbach's alpha over those items, k ÷ (k − 1) · (1 − Σσ²ᵢ ÷ σ²ₜ); absent
 *     with fewer than two candidates, fewer than two such items, or totals over them that do not
 *     vary. It may be negative, when the items' scores tend to contradict each other
 * @param standardErrorOfMeasurement σₜ · √(1 − α), in points of the total over the same items as
 *     alpha (the whole exam when all candidates sat one form): about two in three candidates'
 *     observed totals lie within one SEM of their true score; absent when alpha is
 */
public record SittingStatistics(
        int candidates,
        OptionalDouble meanTotal,
        OptionalDouble totalStandardDeviation,
        int alphaItems,
        OptionalDouble cronbachAlpha,
        OptionalDouble standardErrorOfMeasurement) {}
