package org.techbroker.certification.exam.bank;

import java.time.Instant;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * An item of the list: its key and what its current version is.
 *
 * @param version the item's optimistic-lock version, for a status change from the list
 */
public record ItemSummary(
        long id,
        String key,
        long version,
        int versionNo,
        boolean seen,
        ItemType type,
        String course,
        QualificationLevel level,
        Difficulty difficulty,
        ItemStatus status,
        int points,
        BilingualText stem,
        Instant updatedAt) {

    static ItemSummary of(ItemVersion current) {
        return new ItemSummary(
                current.item().id(),
                current.item().key(),
                current.item().version(),
                current.versionNo(),
                current.isSeen(),
                current.type(),
                current.course().value(),
                current.level(),
                current.difficulty(),
                current.status(),
                current.points(),
                current.stem(),
                current.item().updatedAt());
    }
}
