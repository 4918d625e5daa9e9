package org.techbroker.certification.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The signed PDF file exactly as issued, with its SHA-256. It is kept so that the holder downloads
 * the same bytes every time and so that an uploaded file can be matched byte for byte.
 */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

    @Id
    @Column(name = "certificate_id")
    private long certificateId;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false, length = 16_000_000)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CertificateDocument() {
        // for JPA
    }

    CertificateDocument(Certificate certificate, byte[] content, Instant createdAt) {
        this.certificateId = certificate.id();
        this.content = content.clone();
        this.sha256 = RegistryChain.sha256(content);
        this.createdAt = createdAt;
    }

    public long certificateId() {
        return certificateId;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }
}
