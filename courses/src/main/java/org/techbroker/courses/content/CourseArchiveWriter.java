package org.techbroker.courses.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes courses and their attachments as a course archive: {@code courses/<CODE>.json} in the
 * canonical form and {@code attachments/<CODE>/<slug>/<file>}. Entries come in a fixed order with
 * a fixed time, so exporting the same courses twice gives the same bytes.
 */
final class CourseArchiveWriter {

    /** An attachment to write, by course, lesson and file name. */
    record File(String code, String slug, String fileName, byte[] bytes) {}

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private CourseArchiveWriter() {}

    static byte[] write(List<CourseDocument> courses, List<File> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (CourseDocument course : courses) {
                entry(
                        zip,
                        CourseArchiveReader.COURSES + course.code().value() + ".json",
                        CourseJsonWriter.write(course).getBytes(StandardCharsets.UTF_8));
            }
            for (File file : files) {
                entry(
                        zip,
                        CourseArchiveReader.ATTACHMENTS + file.code() + "/" + file.slug() + "/" + file.fileName(),
                        file.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
