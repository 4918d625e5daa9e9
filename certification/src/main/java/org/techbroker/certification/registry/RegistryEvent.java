package org.techbroker.certification.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * One line of the registry's history. Every column is insert-only and nothing deletes a row.
 * Events form one chain over the whole registry: each holds its sequence number, the hash of
 * the event before it and its own hash over all of its fields ({@link RegistryChain}), so that an
 * edited, inserted or deleted event is found by walking the chain.
 */
@Entity
@Table(name = "registry_event")
public class RegistryEvent {

    public static final int REASON_MAX = 1000;
    public static final int PUBLIC_NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "certificate_number", nullable = false, updatable = false, length = CertificateNumber.LENGTH)
    private String certificateNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private RegistryEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 12)
    private CertificateStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 12)
    private CertificateStatus toStatus;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "public_note", updatable = false, length = PUBLIC_NOTE_MAX)
    private String publicNote;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected RegistryEvent() {
        // for JPA
    }

    RegistryEvent(
            long sequence,
            long certificateId,
            String certificateNumber,
            RegistryEventType type,
            CertificateStatus fromStatus,
            CertificateStatus toStatus,
            AccountId actor,
            Instant occurredAt,
            String reason,
            String publicNote,
            String previousHash) {
        this.sequence = sequence;
        this.certificateId = certificateId;
        this.certificateNumber = certificateNumber;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actor == null ? null : actor.value();
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.publicNote = publicNote == null || publicNote.isBlank() ? null : publicNote.strip();
        this.previousHash = previousHash;
        this.hash = RegistryChain.hash(this);
    }

    public Long id() {
        return id;
    }

    public long sequence() {
        return sequence;
    }

    public long certificateId() {
        return certificateId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public RegistryEventType type() {
        return type;
    }

    public Optional<CertificateStatus> fromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public CertificateStatus toStatus() {
        return toStatus;
    }

    /** Who acted; empty when the system did (issue on a pass, the expiry sweep). */
    public Optional<AccountId> actor() {
        return Optional.ofNullable(actorId).map(AccountId::new);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** Why, for administrators and the holder; never shown to the public. */
    public String reason() {
        return reason;
    }

    /** What the public page and API show of this event, if anything beyond its type and date. */
    public Optional<String> publicNote() {
        return Optional.ofNullable(publicNote);
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
