/**
 * Item analysis of an exam sitting: how hard each item was, whether it separated stronger from
 * weaker candidates, how its options drew candidates, and how reliable the sitting's totals were.
 * Chief examiners read it before results are released, to find a mis-keyed or ambiguous item while
 * it can still be scrapped.
 *
 * <p>The statistics are those of classical test theory, in plain Java without persistence so that
 * they can be checked against hand-worked examples. Choices that change the numbers:
 *
 * <ul>
 *   <li>Variances are population variances (divided by n, not n − 1): the report describes the
 *       candidates who sat, not a wider population they were sampled from. Cronbach's alpha is the
 *       same either way, because the factor n ÷ (n − 1) cancels in its ratio of variances; the
 *       standard deviation of totals and the standard error of measurement are not.
 *   <li>Discrimination is the corrected item-total correlation: an item's score against the total of
 *       the candidate's other items. An item is part of the plain total, so it would correlate with
 *       it even if it measured nothing else the exam measures; with few items, or an essay worth a
 *       quarter of the marks, that overlap alone makes a useless item look good.
 *   <li>When candidates sat different forms, each item's statistics are computed over the
 *       candidates who saw it, and alpha over the items that every candidate saw, because alpha
 *       needs every item's score for every candidate.
 *   <li>A statistic that is undefined for the data (too few candidates, no spread of scores) is
 *       absent, never NaN, so that a report cannot print or sort a meaningless number.
 * </ul>
 *
 * <p>{@link SittingAnalysis} is the one part that reads the database: it turns a sitting's
 * submitted attempts into {@link SittingResponses} (through {@link ResponseSheets}, plain code again)
 * and describes each item version from the bank, for the administrators' page, the API and the CSV
 * table. Items are identified by the version candidates were shown, so an item revised between
 * sittings, or within one, is analysed per version. {@link ReviewFlag} names the thresholds at
 * which an item deserves an examiner's look.
 *
 * <p>Inconsistent input (an item scored out of two different maxima, an option the item does not
 * have) is a programming error of the caller and raises {@link IllegalArgumentException}.
 */
package org.techbroker.certification.exam.analysis;
