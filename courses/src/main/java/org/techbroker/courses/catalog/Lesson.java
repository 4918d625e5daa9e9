package org.techbroker.courses.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * One lesson: a text in two languages with its sources and estimated reading time. Editing a
 * lesson changes its content in place and keeps its id, so the progress trainees made on it
 * stays theirs.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    public static final int SLUG_MAX = 80;
    public static final int BODY_MAX = 60_000;
    public static final int SOURCE_MAX = 300;
    public static final int SOURCES_MAX = 20;
    public static final int ATTACHMENTS_MAX = 20;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Sources are stored one per line. */
    private static final String SOURCE_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "zh",
                column = @Column(name = "title_zh", nullable = false, length = Course.TITLE_MAX)),
        @AttributeOverride(
                name = "en",
                column = @Column(name = "title_en", nullable = false, length = Course.TITLE_MAX))
    })
    private BilingualText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "body_zh", nullable = false, length = BODY_MAX)),
        @AttributeOverride(name = "en", column = @Column(name = "body_en", nullable = false, length = BODY_MAX))
    })
    private BilingualText body;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(nullable = false, length = 6500)
    private String sources;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<LessonAttachment> attachments = new ArrayList<>();

    protected Lesson() {
        // for JPA
    }

    Lesson(CourseModule module, int position, LessonContent content, Instant now) {
        this.module = Objects.requireNonNull(module, "module");
        this.position = position;
        this.slug = checkedSlug(content.slug());
        revise(content, now);
    }

    public Long id() {
        return id;
    }

    public CourseModule module() {
        return module;
    }

    public int position() {
        return position;
    }

    public String slug() {
        return slug;
    }

    public BilingualText title() {
        return title;
    }

    public BilingualText body() {
        return body;
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    public List<String> sources() {
        return sources.isEmpty() ? List.of() : Arrays.asList(sources.split(SOURCE_SEPARATOR));
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<LessonAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    /** Replaces the lesson's text; the slug, the id and so the trainees' progress stay. */
    public void revise(LessonContent content, Instant now) {
        if (content.estimatedMinutes() < 1 || content.estimatedMinutes() > 240) {
            throw new CoursesException(Kind.INVALID, "courses.error.minutes_range", content.estimatedMinutes());
        }
        if (content.sources().isEmpty() || content.sources().size() > SOURCES_MAX) {
            throw new CoursesException(Kind.INVALID, "courses.error.sources_count", SOURCES_MAX);
        }
        for (String source : content.sources()) {
            if (source.isBlank() || source.length() > SOURCE_MAX || source.contains(SOURCE_SEPARATOR)) {
                throw new CoursesException(Kind.INVALID, "courses.error.source_invalid", SOURCE_MAX);
            }
        }
        if (content.body().zh().length() > BODY_MAX || content.body().en().length() > BODY_MAX) {
            throw new CoursesException(Kind.INVALID, "courses.error.body_too_long", BODY_MAX);
        }
        this.title = Objects.requireNonNull(content.title(), "title");
        this.body = Objects.requireNonNull(content.body(), "body");
        this.estimatedMinutes = content.estimatedMinutes();
        this.sources = String.join(
                SOURCE_SEPARATOR, content.sources().stream().map(String::trim).toList());
        this.updatedAt = now;
        module.course().touch(now);
    }

    public LessonAttachment attach(LessonAttachment.Stored stored, Instant now) {
        if (attachments.size() >= ATTACHMENTS_MAX) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachments_count", ATTACHMENTS_MAX);
        }
        LessonAttachment attachment = new LessonAttachment(this, stored, now);
        attachments.add(attachment);
        return attachment;
    }

    public void detach(long attachmentId) {
        attachments.removeIf(a -> a.id() != null && a.id() == attachmentId);
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    static String checkedSlug(String slug) {
        if (slug == null || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new CoursesException(Kind.INVALID, "courses.error.slug_format", slug);
        }
        return slug;
    }
}
