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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.courses.shared.AccountId;

/**
 * An essay under review. The code is random, not derived from any id, so that it tells an
 * examiner nothing; the candidate, attempt and sitting stay on this entity and never travel into
 * what examiners read. The essay text is copied at submission: the script is what was marked.
 */
@Entity
@Table(name = "review_script")
public class Script {

    public static final int CODE_LENGTH = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ScriptKind kind;

    @Column(name = "sitting_id", updatable = false)
    private Long sittingId;

    @Column(name = "attempt_id", updatable = false)
    private Long attemptId;

    @Column(name = "attempt_item_id", updatable = false)
    private Long attemptItemId;

    @Column(name = "candidate_id", updatable = false)
    private Long candidateId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_version_id", nullable = false, updatable = false)
    private ItemVersion prompt;

    @Column(name = "essay_text", nullable = false, updatable = false)
    private String essayText;

    @Column(name = "max_points", nullable = false, updatable = false)
    private int maxPoints;

    @Column(name = "divergence_percent", nullable = false, updatable = false)
    private int divergencePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScriptState state;

    @Column(name = "final_points", precision = 10, scale = 2)
    private BigDecimal finalPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_basis")
    private FinalBasis finalBasis;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Script() {
        // for JPA
    }

    private Script(
            String code,
            ScriptKind kind,
            ItemVersion prompt,
            String essayText,
            int divergencePercent,
            Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.kind = kind;
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.essayText = Objects.requireNonNull(essayText, "essayText");
        this.maxPoints = prompt.points();
        this.divergencePercent = divergencePercent;
        this.state = ScriptState.MARKING;
        this.createdAt = createdAt;
    }

    /** The essay a candidate submitted in an attempt. */
    static Script live(
            String code,
            long sittingId,
            long attemptId,
            long attemptItemId,
            AccountId candidate,
            ItemVersion prompt,
            String essayText,
            int divergencePercent,
            Instant createdAt) {
        Script script = new Script(code, ScriptKind.LIVE, prompt, essayText, divergencePercent, createdAt);
        script.sittingId = sittingId;
        script.attemptId = attemptId;
        script.attemptItemId = attemptItemId;
        script.candidateId = candidate.value();
        return script;
    }

    /** A script written for calibration; its final mark is the chief examiner's agreed mark. */
    static Script reference(String code, ItemVersion prompt, String essayText, Instant createdAt) {
        return new Script(code, ScriptKind.REFERENCE, prompt, essayText, 0, createdAt);
    }

    /** Both marks are in and within the threshold: the final mark is their mean. */
    void finalise(BigDecimal points, FinalBasis basis, Instant now) {
        this.finalPoints = points;
        this.finalBasis = basis;
        this.finalisedAt = now;
        this.state = ScriptState.FINAL;
    }

    void sendToAdjudication() {
        this.state = ScriptState.ADJUDICATION;
    }

    void openAppeal() {
        this.state = ScriptState.APPEAL;
    }

    /** A reference script no longer offered for calibration. */
    void retire() {
        this.retired = true;
    }

    /**
     * The largest difference between the two marks that still counts as agreement: the
     * threshold's share of the maximum. A difference above it goes to a chief examiner.
     */
    public BigDecimal divergenceLimit() {
        return BigDecimal.valueOf((long) maxPoints * divergencePercent, 2);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public ScriptKind kind() {
        return kind;
    }

    public Optional<Long> sittingId() {
        return Optional.ofNullable(sittingId);
    }

    public Optional<Long> attemptId() {
        return Optional.ofNullable(attemptId);
    }

    public Optional<Long> attemptItemId() {
        return Optional.ofNullable(attemptItemId);
    }

    /** Whose essay this is; never shown to examiners. */
    public Optional<AccountId> candidate() {
        return Optional.ofNullable(candidateId).map(AccountId::new);
    }

    public ItemVersion prompt() {
        return prompt;
    }

    public String essayText() {
        return essayText;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public int divergencePercent() {
        return divergencePercent;
    }

    public ScriptState state() {
        return state;
    }

    public Optional<BigDecimal> finalPoints() {
        return Optional.ofNullable(finalPoints);
    }

    public Optional<FinalBasis> finalBasis() {
        return Optional.ofNullable(finalBasis);
    }

    public Optional<Instant> finalisedAt() {
        return Optional.ofNullable(finalisedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean retired() {
        return retired;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Script script && code.equals(script.code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
