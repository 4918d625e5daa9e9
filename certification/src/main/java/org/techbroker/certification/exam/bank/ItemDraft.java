package org.techbroker.certification.exam.bank;

import java.util.Objects;
import org.techbroker.certification.exam.ItemContent;

/** An item as a file or the editor states it: its key and what its current version should say. */
public record ItemDraft(String key, ItemContent content) {

    public ItemDraft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
    }
}
