package org.techbroker.certification.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * One version of an exam item: what candidates read and what the key is. A version that an
 * attempt has shown is {@linkplain #isSeen() seen} and never changes again, so that every attempt
 * is scored against exactly what its candidate saw.
 */
@Entity
@Table(name = "exam_item_version")
public class ItemVersion {

    static final BilingualText TRUE = new BilingualText("正确", "True");
    static final BilingualText FALSE = new BilingualText("错误", "False");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ExamItem item;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private ItemType type;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Column(nullable = false)
    private int points;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "stem_zh", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "stem_en", nullable = false))
    })
    private BilingualText stem;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "explanation_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "explanation_en"))
    })
    private BilingualText explanation;

    @Column(name = "source_note")
    private String source;

    @Column(name = "numeric_answer", precision = 24, scale = 8)
    private BigDecimal numericAnswer;

    @Column(name = "numeric_tolerance", precision = 24, scale = 8)
    private BigDecimal numericTolerance;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "unit_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "unit_en"))
    })
    private BilingualText unit;

    @Column(nullable = false)
    private boolean seen;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ItemOption> options = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RubricCriterion> rubric = new ArrayList<>();

    protected ItemVersion() {
        // for JPA
    }

    ItemVersion(ExamItem item, int versionNo, ItemContent content, Instant now) {
        this.item = item;
        this.versionNo = versionNo;
        this.createdAt = now;
        write(content);
    }

    /** Replaces what this version says; only while no one has seen it. */
    void write(ItemContent content) {
        if (seen) {
            throw new IllegalStateException("Version " + versionNo + " of item " + item.key() + " has been seen");
        }
        type = content.type();
        courseCode = content.course().value();
        level = content.level();
        difficulty = content.difficulty();
        status = content.status();
        points = content.points();
        stem = content.stem();
        explanation = content.explanation();
        source = content.source();
        numericAnswer = content.numericAnswer();
        numericTolerance = content.numericTolerance();
        unit = content.unit();
        options.clear();
        rubric.clear();
        if (type == ItemType.TRUE_FALSE) {
            boolean statementTrue = Boolean.TRUE.equals(content.trueFalseKey());
            options.add(new ItemOption(this, 1, TRUE, statementTrue));
            options.add(new ItemOption(this, 2, FALSE, !statementTrue));
        } else {
            int position = 1;
            for (ItemContent.OptionContent option : content.options()) {
                options.add(new ItemOption(this, position++, option.text(), option.correct()));
            }
        }
        int position = 1;
        for (ItemContent.CriterionContent criterion : content.rubric()) {
            rubric.add(new RubricCriterion(this, position++, criterion));
        }
    }

    /** What this version says, in the shape it was authored in. */
    public ItemContent content() {
        Boolean trueFalseKey = type == ItemType.TRUE_FALSE
                ? options.stream()
                        .filter(ItemOption::isCorrect)
                        .findFirst()
                        .map(o -> o.position() == 1)
                        .orElse(false)
                : null;
        List<ItemContent.OptionContent> authoredOptions = type == ItemType.TRUE_FALSE
                ? List.of()
                : options.stream()
                        .map(o -> new ItemContent.OptionContent(o.text(), o.isCorrect()))
                        .toList();
        return new ItemContent(
                type,
                new CourseCode(courseCode),
                level,
                difficulty,
                status,
                points,
                stem,
                explanation,
                source,
                authoredOptions,
                trueFalseKey,
                numericAnswer,
                numericTolerance,
                unit,
                rubric.stream().map(RubricCriterion::content).toList());
    }

    void markSeen() {
        seen = true;
    }

    /**
     * Drafts, activates or retires this version, seen or not: the status decides what new forms may
     * draw, and no candidate reads it, so an attempt that showed the version keeps what it showed.
     */
    void changeStatus(ItemStatus newStatus) {
        status = newStatus;
    }

    public Long id() {
        return id;
    }

    public ExamItem item() {
        return item;
    }

    public int versionNo() {
        return versionNo;
    }

    public ItemType type() {
        return type;
    }

    public CourseCode course() {
        return new CourseCode(courseCode);
    }

    public QualificationLevel level() {
        return level;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public ItemStatus status() {
        return status;
    }

    public int points() {
        return points;
    }

    public BilingualText stem() {
        return stem;
    }

    public Optional<BilingualText> explanation() {
        return Optional.ofNullable(explanation);
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public Optional<BigDecimal> numericAnswer() {
        return Optional.ofNullable(numericAnswer);
    }

    public BigDecimal numericTolerance() {
        return numericTolerance == null ? BigDecimal.ZERO : numericTolerance;
    }

    public Optional<BilingualText> unit() {
        return Optional.ofNullable(unit);
    }

    public boolean isSeen() {
        return seen;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ItemOption> options() {
        return Collections.unmodifiableList(options);
    }

    public Optional<ItemOption> option(long optionId) {
        return options.stream().filter(o -> o.id() == optionId).findFirst();
    }

    public List<RubricCriterion> rubric() {
        return Collections.unmodifiableList(rubric);
    }
}
