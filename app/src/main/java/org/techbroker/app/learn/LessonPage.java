package org.techbroker.app.learn;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One lesson as its page shows it, in the reader's language. The body is the HTML as stored
 * (sanitised when it was saved; the page sanitises it again as it shows it). It is empty, like
 * the sources and attachments, when the reader may only learn that they are not enrolled.
 */
public record LessonPage(
        long id,
        Access access,
        String courseCode,
        String courseTitle,
        long moduleId,
        int modulePosition,
        String moduleTitle,
        boolean moduleHasQuiz,
        String title,
        String storedBody,
        int minutes,
        List<String> sources,
        List<Attachment> attachments,
        Link previous,
        Link next,
        Instant doneAt)
        implements Serializable {

    public LessonPage {
        sources = List.copyOf(sources);
        attachments = List.copyOf(attachments);
    }

    /** What the reader may do with the lesson. */
    public enum Access {
        /** Enrolled: read it, mark it done; opening it makes it the place to resume. */
        LEARNER,
        /** An administrator looking at any lesson, drafts included: read only, no progress. */
        PREVIEW,
        /** Signed in but not enrolled in the (published) course: told so, shown nothing of it. */
        NOT_ENROLLED
    }

    /** Another lesson, as the previous and next links name it. */
    public record Link(long id, String title) implements Serializable {}

    /** A file that goes with the lesson, listed by name and downloaded by id ({@code /api/v1/attachments/{id}}). */
    public record Attachment(long id, String fileName, String contentType, long sizeBytes) implements Serializable {

        /** The size in kilobytes, rounded up, as the list shows it. */
        public long kilobytes() {
            return (sizeBytes + 1023) / 1024;
        }
    }

    public boolean learner() {
        return access == Access.LEARNER;
    }

    public boolean preview() {
        return access == Access.PREVIEW;
    }

    public boolean readable() {
        return access != Access.NOT_ENROLLED;
    }

    public boolean done() {
        return doneAt != null;
    }
}
