package org.techbroker.certification.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That the reminder for a certificate's expiry, so many days before, was sent. The table's unique
 * key (certificate, days) lets only one server of a cluster send it: the one whose insert commits.
 */
@Entity
@Table(name = "cpd_reminder")
public class CpdReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "days_before", nullable = false, updatable = false)
    private int daysBefore;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected CpdReminder() {
        // for JPA
    }

    CpdReminder(long certificateId, int daysBefore, Instant sentAt) {
        this.certificateId = certificateId;
        this.daysBefore = daysBefore;
        this.sentAt = sentAt;
    }

    public long certificateId() {
        return certificateId;
    }

    public int daysBefore() {
        return daysBefore;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
