package org.techbroker.certification.exam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An item of the bank: a stable key and the versions it has had. Revising an item edits its
 * current version while nobody has seen it and otherwise adds a new one, so that an attempt is
 * always scored against what its candidate was shown.
 */
@Entity
@Table(name = "exam_item")
public class ExamItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("versionNo")
    private List<ItemVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected ExamItem() {
        // for JPA
    }

    public ExamItem(String key, ItemContent content, Instant now) {
        this.key = Objects.requireNonNull(key, "key");
        this.createdAt = now;
        this.updatedAt = now;
        this.currentVersionNo = 1;
        versions.add(new ItemVersion(this, 1, content, now));
    }

    /** What revising with this content did. */
    public enum Revision {
        UNCHANGED,
        EDITED_IN_PLACE,
        NEW_VERSION
    }

    /**
     * Makes the content current: in place while the current version is unseen, else as a new
     * version. A change of status alone is made in place even on a seen version, since no candidate
     * reads the status (see {@link #changeStatus}).
     */
    public Revision revise(ItemContent content, Instant now) {
        ItemVersion current = current();
        ItemContent stored = current.content();
        if (stored.equals(content)) {
            return Revision.UNCHANGED;
        }
        updatedAt = now;
        if (!current.isSeen()) {
            current.write(content);
            return Revision.EDITED_IN_PLACE;
        }
        if (stored.withStatus(content.status()).equals(content)) {
            current.changeStatus(content.status());
            return Revision.EDITED_IN_PLACE;
        }
        currentVersionNo++;
        versions.add(new ItemVersion(this, currentVersionNo, content, now));
        return Revision.NEW_VERSION;
    }

    /**
     * Drafts, activates or retires the item. The current version's status changes in place, seen or
     * not: it decides only what new forms draw. Whether anything changed.
     */
    public boolean changeStatus(ItemStatus status, Instant now) {
        ItemVersion current = current();
        if (current.status() == Objects.requireNonNull(status, "status")) {
            return false;
        }
        current.changeStatus(status);
        updatedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public ItemVersion current() {
        return versions.stream()
                .filter(v -> v.versionNo() == currentVersionNo)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Item " + key + " lost its current version"));
    }

    public List<ItemVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
