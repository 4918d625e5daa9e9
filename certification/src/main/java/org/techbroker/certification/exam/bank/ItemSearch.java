package org.techbroker.certification.exam.bank;

import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A page of the item list: text to find in an item's key or its current stem (either language),
 * and the course, level, type, difficulty and status the current version must have; any filter
 * left null matches every item.
 */
public record ItemSearch(
        String text,
        CourseCode course,
        QualificationLevel level,
        ItemType type,
        Difficulty difficulty,
        ItemStatus status,
        int first,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public ItemSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        first = Math.max(0, first);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    /** Every item, on one page of the largest size. */
    public static ItemSearch all() {
        return new ItemSearch(null, null, null, null, null, null, 0, MAX_PAGE_SIZE);
    }
}
