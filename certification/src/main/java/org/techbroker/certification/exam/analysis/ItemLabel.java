package org.techbroker.certification.exam.analysis;

import java.util.Objects;

/**
 * What the item table says about an item besides its statistics: how examiners find it in the bank
 * and what it asks. Any text may be empty; none may be null.
 *
 * @param key the item's key in the bank
 * @param version the version number candidates were shown (two versions of one item are two rows)
 * @param type the item type's name
 * @param topic the topic (course code)
 * @param difficulty the difficulty's name
 * @param stemZh the stem in Chinese
 * @param stemEn the stem in English
 */
public record ItemLabel(
        String key, int version, String type, String topic, String difficulty, String stemZh, String stemEn) {

    public ItemLabel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(stemZh, "stemZh");
        Objects.requireNonNull(stemEn, "stemEn");
    }

    /** A label that says nothing, for an item the caller has no description of. */
    static final ItemLabel NONE = new ItemLabel("", 0, "", "", "", "", "");
}
