package org.techbroker.certification.exam.analysis;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The item analysis of a sitting as administrators read it: which sitting, how many candidates it
 * covers and what it left out, the statistics of the totals, and every item version candidates
 * were shown, ordered by topic, difficulty and key.
 */
public record SittingItemAnalysis(
        long sittingId,
        BilingualText title,
        QualificationLevel level,
        boolean resultsReleased,
        Counts counts,
        SittingStatistics statistics,
        List<AnalysedItem> items) {

    public SittingItemAnalysis {
        items = List.copyOf(items);
    }

    /**
     * What the analysis covers.
     *
     * @param registrations the candidates registered
     * @param submitted the submitted attempts: the candidates analysed
     * @param inProgress attempts still running, left out until they are submitted
     * @param unmarkedEssays essay responses left out because they have no mark yet
     */
    public record Counts(int registrations, int submitted, int inProgress, int unmarkedEssays) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** The item version with this id, if candidates were shown it. */
    public Optional<AnalysedItem> item(long versionId) {
        return items.stream().filter(item -> item.versionId() == versionId).findFirst();
    }

    /** The item table as CSV ({@link ItemTableCsv}), with the byte order mark if asked. */
    public String csv(boolean byteOrderMark) {
        Map<Long, ItemLabel> labels = new LinkedHashMap<>();
        items.forEach(item -> labels.put(item.versionId(), item.label()));
        ItemAnalysisReport report = new ItemAnalysisReport(
                statistics, items.stream().map(AnalysedItem::statistics).toList());
        return new ItemTableCsv().toCsv(report, labels, byteOrderMark);
    }
}
