package org.techbroker.certification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/** An examiner's declared conflict of interest: an organisation, or one named candidate. */
@Entity
@Table(name = "review_conflict")
public class ConflictDeclaration {

    public static final int MAX_ORGANISATION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "examiner_id", nullable = false, updatable = false)
    private long examinerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConflictKind kind;

    @Column(length = MAX_ORGANISATION_LENGTH, updatable = false)
    private String organisation;

    @Column(name = "candidate_id", updatable = false)
    private Long candidateId;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected ConflictDeclaration() {
        // for JPA
    }

    private ConflictDeclaration(AccountId examiner, ConflictKind kind, Instant declaredAt) {
        this.examinerId = examiner.value();
        this.kind = kind;
        this.declaredAt = declaredAt;
    }

    static ConflictDeclaration organisation(AccountId examiner, String organisation, Instant now) {
        ConflictDeclaration declaration = new ConflictDeclaration(examiner, ConflictKind.ORGANISATION, now);
        declaration.organisation = organisation.strip();
        return declaration;
    }

    static ConflictDeclaration candidate(AccountId examiner, AccountId candidate, Instant now) {
        ConflictDeclaration declaration = new ConflictDeclaration(examiner, ConflictKind.CANDIDATE, now);
        declaration.candidateId = candidate.value();
        return declaration;
    }

    /**
     * Whether this declaration rules the examiner out for a candidate. Organisations compare
     * without regard to case or surrounding space, as people type them.
     */
    public boolean covers(AccountId candidate, Optional<String> candidateOrganisation) {
        if (kind == ConflictKind.CANDIDATE) {
            return candidateId == candidate.value();
        }
        return candidateOrganisation
                .map(o -> normalised(o).equals(normalised(organisation)))
                .orElse(false);
    }

    static String normalised(String organisation) {
        return organisation.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public AccountId examiner() {
        return new AccountId(examinerId);
    }

    public ConflictKind kind() {
        return kind;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Optional<AccountId> candidate() {
        return Optional.ofNullable(candidateId).map(AccountId::new);
    }

    public Instant declaredAt() {
        return declaredAt;
    }
}
