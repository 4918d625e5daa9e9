package org.techbroker.courses.catalog;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Where the files of lessons are kept: outside the web root, each under a key the store makes up
 * (never a name a person chose). Storing a file checks it first ({@link AttachmentType}: a PDF,
 * PNG or JPEG file whose content is what its name says, at most {@link #MAX_BYTES}); a refused
 * file leaves nothing behind. The rows that describe the files are the catalogue's business.
 */
public interface AttachmentStore {

    /** The largest file a lesson may carry: 10 MiB. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Checks and keeps the file; an INVALID {@code CoursesException} (wrong type, content not
     * matching the name, empty, too large) when it is refused.
     */
    LessonAttachment.Stored store(InputStream content, String fileName);

    default LessonAttachment.Stored store(byte[] content, String fileName) {
        return store(new ByteArrayInputStream(content), fileName);
    }

    /** The file's bytes; a NOT_FOUND failure when the store does not hold it. The caller closes it. */
    InputStream open(String storageKey);

    /** Removes the file; nothing happens when it is gone already. */
    void delete(String storageKey);
}
