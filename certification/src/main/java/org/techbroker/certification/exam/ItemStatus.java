package org.techbroker.certification.exam;

/** Whether an item may be drawn into new forms. Attempts that showed a retired item keep it. */
public enum ItemStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
