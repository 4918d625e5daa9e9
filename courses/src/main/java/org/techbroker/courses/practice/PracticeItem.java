package org.techbroker.courses.practice;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * A practice question of a module's quiz, with the explanation a trainee reads after answering.
 * The practice bank is open to trainees by design: it is separate from the confidential exam
 * bank, and nothing here is ever used in a qualification exam.
 */
@Entity
@Table(name = "practice_item")
public class PracticeItem {

    public static final int STEM_MAX = 2000;
    public static final int EXPLANATION_MAX = 4000;

    /** An item as an author or an import describes it, before it belongs to a module. */
    public record Draft(
            ItemType type,
            BilingualText stem,
            BilingualText explanation,
            List<PracticeOption.Draft> options,
            Boolean trueFalseAnswer,
            BigDecimal numericAnswer,
            BigDecimal numericTolerance,
            BilingualText unit) {

        public Draft {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "stem_zh", nullable = false, length = STEM_MAX)),
        @AttributeOverride(name = "en", column = @Column(name = "stem_en", nullable = false, length = STEM_MAX))
    })
    private BilingualText stem;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "zh",
                column = @Column(name = "explanation_zh", nullable = false, length = EXPLANATION_MAX)),
        @AttributeOverride(
                name = "en",
                column = @Column(name = "explanation_en", nullable = false, length = EXPLANATION_MAX))
    })
    private BilingualText explanation;

    @Column(name = "true_false_answer")
    private Boolean trueFalseAnswer;

    @Column(name = "numeric_answer", precision = 24, scale = 8)
    private BigDecimal numericAnswer;

    @Column(name = "numeric_tolerance", precision = 24, scale = 8)
    private BigDecimal numericTolerance;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "unit_zh", length = 20)),
        @AttributeOverride(name = "en", column = @Column(name = "unit_en", length = 20))
    })
    private BilingualText unit;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PracticeOption> options = new ArrayList<>();

    protected PracticeItem() {
        // for JPA
    }

    public PracticeItem(CourseModule module, int position, Draft draft) {
        this.module = Objects.requireNonNull(module, "module");
        this.position = position;
        this.type = Objects.requireNonNull(draft.type(), "type");
        this.stem = Objects.requireNonNull(draft.stem(), "stem");
        this.explanation = Objects.requireNonNull(draft.explanation(), "explanation");
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                long correct = draft.options().stream()
                        .filter(PracticeOption.Draft::correct)
                        .count();
                boolean single = type == ItemType.SINGLE_CHOICE;
                if (draft.options().size() < 2
                        || (single
                                ? correct != 1
                                : correct < 2 || correct == draft.options().size())) {
                    throw new CoursesException(Kind.INVALID, "courses.error.item_options", type);
                }
                for (int i = 0; i < draft.options().size(); i++) {
                    options.add(new PracticeOption(this, i + 1, draft.options().get(i)));
                }
            }
            case TRUE_FALSE -> this.trueFalseAnswer = Objects.requireNonNull(draft.trueFalseAnswer(), "answer");
            case NUMERIC -> {
                this.numericAnswer = Objects.requireNonNull(draft.numericAnswer(), "answer");
                this.numericTolerance = Objects.requireNonNull(draft.numericTolerance(), "tolerance");
                if (numericTolerance.signum() < 0) {
                    throw new CoursesException(Kind.INVALID, "courses.error.item_tolerance");
                }
                this.unit = draft.unit();
            }
        }
    }

    public Long id() {
        return id;
    }

    public CourseModule module() {
        return module;
    }

    public int position() {
        return position;
    }

    public ItemType type() {
        return type;
    }

    public BilingualText stem() {
        return stem;
    }

    public BilingualText explanation() {
        return explanation;
    }

    public List<PracticeOption> options() {
        return Collections.unmodifiableList(options);
    }

    public Boolean trueFalseAnswer() {
        return trueFalseAnswer;
    }

    public BigDecimal numericAnswer() {
        return numericAnswer;
    }

    public BigDecimal numericTolerance() {
        return numericTolerance;
    }

    /** The unit a numeric answer is given in, or null. */
    public BilingualText unit() {
        return unit;
    }

    /** Whether the answer is right: choice items all or nothing, numbers within the tolerance. */
    public boolean isCorrect(PracticeAnswer answer) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                !answer.selectedKeys().isEmpty() && answer.selectedKeys().equals(correctKeys());
            case TRUE_FALSE -> trueFalseAnswer.equals(answer.trueOrFalse());
            case NUMERIC ->
                answer.number() != null
                        && answer.number().subtract(numericAnswer).abs().compareTo(numericTolerance) <= 0;
        };
    }

    public Set<Character> correctKeys() {
        return options.stream()
                .filter(PracticeOption::correct)
                .map(PracticeOption::key)
                .collect(Collectors.toSet());
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }
}
