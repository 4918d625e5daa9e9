package org.techbroker.certification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A chief examiner's divergence threshold for one essay prompt; scripts copy it when created. */
@Entity
@Table(name = "review_prompt_setting")
public class PromptSetting {

    public static final int MIN_DIVERGENCE_PERCENT = 1;
    public static final int MAX_DIVERGENCE_PERCENT = 50;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "divergence_percent", nullable = false)
    private int divergencePercent;

    @Version
    private long version;

    protected PromptSetting() {
        // for JPA
    }

    PromptSetting(long itemId, int divergencePercent) {
        this.itemId = itemId;
        this.divergencePercent = divergencePercent;
    }

    void change(int percent) {
        this.divergencePercent = percent;
    }

    public long itemId() {
        return itemId;
    }

    public int divergencePercent() {
        return divergencePercent;
    }
}
