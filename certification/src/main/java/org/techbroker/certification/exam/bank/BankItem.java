package org.techbroker.certification.exam.bank;

import java.time.Instant;
import java.util.List;
import org.techbroker.certification.exam.ExamItem;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemVersion;

/**
 * An item with every version it has had, read whole inside the transaction so that pages can show
 * it afterwards.
 *
 * @param version the item's optimistic-lock version: what a later revision must name
 */
public record BankItem(
        long id,
        String key,
        long version,
        int currentVersionNo,
        Instant createdAt,
        Instant updatedAt,
        List<Version> versions) {

    /** One version: what it says, and whether a candidate has seen it (then it never changes). */
    public record Version(long id, int versionNo, ItemContent content, boolean seen, Instant createdAt) {}

    public BankItem {
        versions = List.copyOf(versions);
    }

    public Version current() {
        return versions.stream()
                .filter(v -> v.versionNo() == currentVersionNo)
                .findFirst()
                .orElseThrow();
    }

    static BankItem of(ExamItem item) {
        return new BankItem(
                item.id(),
                item.key(),
                item.version(),
                item.current().versionNo(),
                item.createdAt(),
                item.updatedAt(),
                item.versions().stream().map(BankItem::version).toList());
    }

    private static Version version(ItemVersion version) {
        return new Version(version.id(), version.versionNo(), version.content(), version.isSeen(), version.createdAt());
    }
}
