package org.techbroker.certification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.techbroker.certification.review.similarity.Passage;
import org.techbroker.courses.shared.AccountId;

/**
 * Two scripts of one sitting whose texts are alike. It asks the chief examiner to look; it never
 * changes a mark. The matching passages are kept as character ranges of the two scripts.
 */
@Entity
@Table(name = "review_similarity_flag")
public class SimilarityFlag {

    public static final int MAX_NOTE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sitting_id", nullable = false, updatable = false)
    private long sittingId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "script_a_id", nullable = false, updatable = false)
    private Script first;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "script_b_id", nullable = false, updatable = false)
    private Script second;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal similarity;

    /** "startA-endA:startB-endB" ranges separated by ";". */
    @Column(nullable = false)
    private String passages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagState state;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected SimilarityFlag() {
        // for JPA
    }

    SimilarityFlag(
            long sittingId, Script first, Script second, double similarity, List<Passage> passages, Instant now) {
        this.sittingId = sittingId;
        this.first = first;
        this.second = second;
        this.state = FlagState.OPEN;
        redetect(similarity, passages, now);
    }

    /** A later check found the pair again: the figures follow the texts, a chief's verdict stays. */
    void redetect(double newSimilarity, List<Passage> newPassages, Instant now) {
        this.similarity = BigDecimal.valueOf(newSimilarity).setScale(4, RoundingMode.HALF_EVEN);
        this.passages = newPassages.stream()
                .map(p -> p.startA() + "-" + p.endA() + ":" + p.startB() + "-" + p.endB())
                .collect(Collectors.joining(";"));
        this.detectedAt = now;
    }

    void review(FlagState verdict, String reviewNote, AccountId chief, Instant now) {
        this.state = verdict;
        this.note = reviewNote == null || reviewNote.isBlank() ? null : reviewNote.strip();
        this.reviewedBy = chief.value();
        this.reviewedAt = now;
    }

    public Long id() {
        return id;
    }

    public long sittingId() {
        return sittingId;
    }

    public Script first() {
        return first;
    }

    public Script second() {
        return second;
    }

    public BigDecimal similarity() {
        return similarity;
    }

    public List<Passage> passages() {
        List<Passage> result = new ArrayList<>();
        if (passages.isEmpty()) {
            return result;
        }
        for (String range : passages.split(";")) {
            String[] sides = range.split(":");
            String[] a = sides[0].split("-");
            String[] b = sides[1].split("-");
            result.add(new Passage(
                    Integer.parseInt(a[0]), Integer.parseInt(a[1]), Integer.parseInt(b[0]), Integer.parseInt(b[1])));
        }
        return result;
    }

    public FlagState state() {
        return state;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Optional<AccountId> reviewedBy() {
        return Optional.ofNullable(reviewedBy).map(AccountId::new);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }
}
