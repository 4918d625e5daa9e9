package org.techbroker.courses.content;

import java.io.InputStream;
import org.techbroker.courses.catalog.LessonAttachment;

/**
 * Where the bytes of lesson attachments live: outside the web root, so that no file is ever served
 * except through the application, with its checks and headers. The catalogue keeps only what
 * {@link LessonAttachment.Stored} says of a file, including its storage key and SHA-256.
 */
public interface AttachmentStore {

    /**
     * Keeps the bytes and says how to find them again. Storing the same bytes twice is harmless:
     * a store may keep one copy.
     *
     * @param contentType the type found by sniffing the bytes ({@link AttachmentType})
     */
    LessonAttachment.Stored store(String fileName, String contentType, byte[] bytes);

    /** The bytes stored under the key; fails with NOT_FOUND when there are none. The caller closes them. */
    InputStream open(String storageKey);

    /**
     * Removes the bytes stored under the key; nothing happens when there are none. Since the same
     * bytes may back several attachments, only call it once no attachment refers to the key.
     */
    void delete(String storageKey);
}
