package org.techbroker.certification.exam.analysis;

import java.util.List;
import java.util.Set;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;

/**
 * One item version of a sitting's analysis, with what an examiner needs to find and read it.
 *
 * @param versionId the version's id, the analysis' item identity
 * @param itemKey the item's key in the bank
 * @param versionNo the version's number: two versions of one item are two entries
 * @param course the topic
 * @param statistics facility, discrimination, omissions and the options' statistics
 * @param options the options in the author's order; empty for numeric items and essays
 * @param flags why an examiner should look at it; empty when nothing stands out
 */
public record AnalysedItem(
        long versionId,
        String itemKey,
        int versionNo,
        ItemType type,
        CourseCode course,
        Difficulty difficulty,
        BilingualText stem,
        ItemStatistics statistics,
        List<AnalysedOption> options,
        Set<ReviewFlag> flags) {

    public AnalysedItem {
        options = List.copyOf(options);
        flags = Set.copyOf(flags);
    }

    /** How the CSV table describes it. */
    public ItemLabel label() {
        return new ItemLabel(itemKey, versionNo, type.name(), course.value(), difficulty.name(), stem.zh(), stem.en());
    }
}
