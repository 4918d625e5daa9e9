package org.techbroker.certification.cpd;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The bytes of an activity's evidence file, kept in the database beside the activity so that every
 * server of a cluster reads the same file and a rolled-back upload leaves nothing behind. Files are
 * small (see {@code techbroker.cpd.evidence-max-bytes}) and read only by reviewers and the holder.
 */
@Entity
@Table(name = "cpd_evidence")
public class CpdEvidence {

    @Id
    @Column(name = "activity_id")
    private Long activityId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CpdEvidence() {
        // for JPA
    }

    CpdEvidence(long activityId, byte[] content, Instant createdAt) {
        this.activityId = activityId;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    void replace(byte[] bytes, Instant at) {
        this.content = bytes.clone();
        this.createdAt = at;
    }

    public long activityId() {
        return activityId;
    }

    public byte[] content() {
        return content.clone();
    }
}
