package org.techbroker.certification.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One item of a candidate's form: the version shown, where, and in which order its options appeared. */
@Entity
@Table(name = "exam_attempt_item")
public class AttemptItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private Attempt attempt;

    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_version_id", nullable = false, updatable = false)
    private ItemVersion itemVersion;

    @Column(name = "option_order", updatable = false)
    private String optionOrder;

    @Column(name = "points_awarded", precision = 10, scale = 2)
    private BigDecimal pointsAwarded;

    protected AttemptItem() {
        // for JPA
    }

    AttemptItem(Attempt attempt, int position, ItemVersion itemVersion, List<Long> optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.itemVersion = itemVersion;
        this.optionOrder = optionOrder.isEmpty()
                ? null
                : optionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    void award(BigDecimal points) {
        pointsAwarded = points;
    }

    public Long id() {
        return id;
    }

    public Attempt attempt() {
        return attempt;
    }

    public int position() {
        return position;
    }

    public ItemVersion itemVersion() {
        return itemVersion;
    }

    /** The version's options in the order this candidate saw them. */
    public List<ItemOption> options() {
        if (optionOrder == null) {
            return itemVersion.options();
        }
        List<Long> order =
                Arrays.stream(optionOrder.split(",")).map(Long::valueOf).toList();
        List<ItemOption> ordered = new ArrayList<>(itemVersion.options());
        ordered.sort(Comparator.comparingInt(option -> {
            int index = order.indexOf(option.id());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        return ordered;
    }

    public Optional<BigDecimal> pointsAwarded() {
        return Optional.ofNullable(pointsAwarded);
    }
}
