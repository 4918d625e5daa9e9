package org.techbroker.certification.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.techbroker.courses.catalog.BilingualText;

/** A criterion of an essay's analytic rubric: what examiners score, out of how many points. */
@Entity
@Table(name = "exam_rubric_criterion")
public class RubricCriterion {

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
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))
    })
    private BilingualText title;

    @Column(nullable = false)
    private int points;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_rubric_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {
        // for JPA
    }

    RubricCriterion(ItemVersion version, int position, ItemContent.CriterionContent content) {
        this.version = version;
        this.position = position;
        this.title = content.title();
        this.points = content.points();
        content.levels().forEach(level -> levels.add(new RubricLevel(level.points(), level.descriptor())));
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public BilingualText title() {
        return title;
    }

    public int points() {
        return points;
    }

    public List<RubricLevel> levels() {
        return Collections.unmodifiableList(levels);
    }

    ItemContent.CriterionContent content() {
        return new ItemContent.CriterionContent(
                title,
                points,
                levels.stream()
                        .map(level -> new ItemContent.LevelContent(level.points(), level.descriptor()))
                        .toList());
    }
}
