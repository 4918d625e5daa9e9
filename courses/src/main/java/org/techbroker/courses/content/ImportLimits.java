package org.techbroker.courses.content;

/** The sizes an import accepts (docs/course-import-format.md, sections 1 and 11). */
public final class ImportLimits {

    private static final long MB = 1024L * 1024L;

    /** Largest archive, as uploaded. */
    public static final long ARCHIVE_BYTES = 20 * MB;

    /** Most entries (files and folders) in an archive. */
    public static final int ARCHIVE_ENTRIES = 200;

    /** Largest total of an archive's entries once expanded: what a small archive may unpack to. */
    public static final long EXPANDED_BYTES = 40 * MB;

    /** Largest course file. */
    public static final long COURSE_FILE_BYTES = 5 * MB;

    /** Largest attachment. */
    public static final long ATTACHMENT_BYTES = 10 * MB;

    private ImportLimits() {}

    /** A byte count as whole megabytes, for messages. */
    public static long megabytes(long bytes) {
        return bytes / MB;
    }
}
