package org.techbroker.certification.exam.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The item analysis of one sitting.
 *
 * @param sitting the statistics of the totals
 * @param items one entry per item that at least one candidate saw, in the order items first appear
 *     in the responses (the paper's order when everyone sat one form)
 */
public record ItemAnalysisReport(SittingStatistics sitting, List<ItemStatistics> items) {

    public ItemAnalysisReport {
        Objects.requireNonNull(sitting, "sitting");
        items = List.copyOf(items);
    }
}
