package org.techbroker.courses.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file that goes with a lesson (a PDF or an image). The bytes live outside the web root under
 * {@link #storageKey()}; the row keeps what the file is and its SHA-256.
 */
@Entity
@Table(name = "lesson_attachment")
public class LessonAttachment {

    /** What the storage knows of a file once it has accepted it. */
    public record Stored(String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false, updatable = false)
    private Lesson lesson;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected LessonAttachment() {
        // for JPA
    }

    LessonAttachment(Lesson lesson, Stored stored, Instant now) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.fileName = stored.fileName();
        this.contentType = stored.contentType();
        this.sizeBytes = stored.sizeBytes();
        this.sha256 = stored.sha256();
        this.storageKey = stored.storageKey();
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public Lesson lesson() {
        return lesson;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
