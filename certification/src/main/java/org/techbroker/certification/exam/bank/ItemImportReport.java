package org.techbroker.certification.exam.bank;

import java.util.List;

/** What an import did, item by item, in the order of the file. */
public record ItemImportReport(List<ItemOutcome> items) {

    /** What happened to one item of the file. */
    public enum Outcome {
        CREATED,
        EDITED_IN_PLACE,
        NEW_VERSION,
        UNCHANGED,
        /** Already in the bank, and the import adds only new items (seeding). */
        SKIPPED
    }

    public record ItemOutcome(String key, Outcome outcome) {}

    public ItemImportReport {
        items = List.copyOf(items);
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
