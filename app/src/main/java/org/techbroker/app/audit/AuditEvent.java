package org.techbroker.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One security event: what happened, when, who did it (the actor, absent for an anonymous
 * caller), whom it concerned (the subject), from which client address, and a short detail that
 * is never a password or a token. Immutable: the log is append-only.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int NAME_MAX = 32;
    public static final int ADDRESS_MAX = 45;
    public static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private AuditEventType type;

    @Column(updatable = false, length = NAME_MAX)
    private String actor;

    @Column(updatable = false, length = NAME_MAX)
    private String subject;

    @Column(name = "client_address", updatable = false, length = ADDRESS_MAX)
    private String clientAddress;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt,
            AuditEventType type,
            String actor,
            String subject,
            String clientAddress,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.actor = clip(actor, NAME_MAX);
        this.subject = clip(subject, NAME_MAX);
        this.clientAddress = clip(clientAddress, ADDRESS_MAX);
        this.detail = clip(detail, DETAIL_MAX);
    }

    /** Cuts to the column size, never between the two halves of a supplementary character. */
    private static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
