package org.techbroker.courses.practice;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.techbroker.courses.catalog.BilingualText;

/** One option of a choice item, known by its key (a–e), which explanations may refer to. */
@Entity
@Table(name = "practice_option")
public class PracticeOption {

    public static final int TEXT_MAX = 500;

    public record Draft(char key, BilingualText text, boolean correct) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PracticeItem item;

    @Column(name = "option_key", nullable = false, length = 1)
    private String key;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "text_zh", nullable = false, length = TEXT_MAX)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en", nullable = false, length = TEXT_MAX))
    })
    private BilingualText text;

    @Column(nullable = false)
    private boolean correct;

    protected PracticeOption() {
        // for JPA
    }

    PracticeOption(PracticeItem item, int position, Draft draft) {
        this.item = Objects.requireNonNull(item, "item");
        this.position = position;
        this.key = String.valueOf(draft.key());
        this.text = Objects.requireNonNull(draft.text(), "text");
        this.correct = draft.correct();
    }

    public Long id() {
        return id;
    }

    public char key() {
        return key.charAt(0);
    }

    public int position() {
        return position;
    }

    public BilingualText text() {
        return text;
    }

    public boolean correct() {
        return correct;
    }
}
