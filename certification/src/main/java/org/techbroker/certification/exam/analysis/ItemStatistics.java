package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The statistics of one item, over the candidates who were shown it.
 *
 * @param itemId the item
 * @param maxPoints the item's maximum points
 * @param candidates how many candidates were shown the item
 * @param omitted how many of them gave no answer (they count in the other statistics with the points
 *     they were awarded, usually 0)
 * @param facility the mean awarded points divided by the maximum, from 0 (nobody scored) to 1
 *     (everybody scored full marks); classical test theory's "difficulty index"
 * @param discrimination the correlation of the item's score with the candidate's total on the other
 *     items they saw (point-biserial for an item scored 0 or full marks, Pearson for an item with
 *     partial credit), from −1 to 1; absent when fewer than two candidates saw the item or when the
 *     item's scores or the other items' totals do not vary
 * @param options the choice item's options in declared order; empty for an item without options
 */
public record ItemStatistics(
        long itemId,
        BigDecimal maxPoints,
        int candidates,
        int omitted,
        double facility,
        OptionalDouble discrimination,
        List<OptionStatistics> options) {

    public ItemStatistics {
        options = List.copyOf(options);
    }
}
