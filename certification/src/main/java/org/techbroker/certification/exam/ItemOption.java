package org.techbroker.certification.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.techbroker.courses.catalog.BilingualText;

/**
 * An option of a choice item version. Its database id is what candidates send back: opaque, so
 * that the order an author wrote the options in (often key first) is not revealed by the ids.
 */
@Entity
@Table(name = "exam_item_option")
public class ItemOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private ItemVersion version;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "text_zh", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en", nullable = false))
    })
    private BilingualText text;

    @Column(nullable = false)
    private boolean correct;

    protected ItemOption() {
        // for JPA
    }

    ItemOption(ItemVersion version, int position, BilingualText text, boolean correct) {
        this.version = version;
        this.position = position;
        this.text = text;
        this.correct = correct;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public BilingualText text() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }
}
