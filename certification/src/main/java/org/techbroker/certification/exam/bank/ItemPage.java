package org.techbroker.certification.exam.bank;

import java.util.List;

/** One page of a search, and how many items match in all. */
public record ItemPage(List<ItemSummary> items, long total) {

    public ItemPage {
        items = List.copyOf(items);
    }
}
