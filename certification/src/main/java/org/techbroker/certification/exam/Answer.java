package org.techbroker.certification.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The last answer saved for one item of an attempt. Saving the same answer again changes nothing
 * (not even the revision), which is what makes a retried save idempotent.
 */
@Entity
@Table(name = "exam_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_item_id", nullable = false, updatable = false)
    private AttemptItem attemptItem;

    @Column(name = "selected")
    private String selected;

    @Column(name = "numeric_value", precision = 24, scale = 8)
    private BigDecimal numericValue;

    @Column(name = "essay_text", length = AnswerInput.EssayText.MAX_LENGTH * 4)
    private String essayText;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private int revision;

    protected Answer() {
        // for JPA
    }

    Answer(AttemptItem attemptItem, AnswerInput input, Instant now) {
        this.attemptItem = attemptItem;
        write(input);
        this.savedAt = now;
        this.revision = 1;
    }

    /** Keeps the input; true when it differs from what was saved. */
    boolean replace(AnswerInput input, Instant now) {
        if (input().equals(input)) {
            return false;
        }
        write(input);
        savedAt = now;
        revision++;
        return true;
    }

    private void write(AnswerInput input) {
        selected = null;
        numericValue = null;
        essayText = null;
        if (input instanceof AnswerInput.Selected chosen) {
            selected = chosen.optionIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        } else if (input instanceof AnswerInput.NumericValue number) {
            numericValue = number.value();
        } else if (input instanceof AnswerInput.EssayText essay) {
            essayText = essay.text();
        }
    }

    /** The saved answer, with chosen options in ascending id order. */
    public AnswerInput input() {
        if (selected != null) {
            return new AnswerInput.Selected(selectedIds());
        }
        if (numericValue != null) {
            return new AnswerInput.NumericValue(numericValue);
        }
        return new AnswerInput.EssayText(essayText == null ? "" : essayText);
    }

    private List<Long> selectedIds() {
        return selected.isEmpty()
                ? List.of()
                : Arrays.stream(selected.split(",")).map(Long::valueOf).toList();
    }

    public AttemptItem attemptItem() {
        return attemptItem;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public int revision() {
        return revision;
    }

    public Optional<String> essayText() {
        return Optional.ofNullable(essayText);
    }
}
