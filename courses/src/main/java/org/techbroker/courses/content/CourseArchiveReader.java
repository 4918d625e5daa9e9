package org.techbroker.courses.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a course archive (section 11 of the format) without trusting it: the archive, each
 * entry and the expanded total are bounded, so a zip bomb stops at the limit rather than filling
 * memory; entry names that climb out of the archive ({@code ../}), start at the root, use
 * backslashes or drive letters are refused, as are entries outside the two known folders. Nothing
 * is written anywhere: the entries come back as bytes.
 */
final class CourseArchiveReader {

    static final String COURSES = "courses/";
    static final String ATTACHMENTS = "attachments/";
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** A course file of the archive. */
    record CourseEntry(String name, byte[] bytes) {}

    /** A lesson attachment of the archive, not yet sniffed. */
    record AttachmentEntry(String name, String code, String slug, String fileName, byte[] bytes) {}

    record Contents(List<CourseEntry> courses, List<AttachmentEntry> attachments) {}

    private CourseArchiveReader() {}

    static Contents read(byte[] archive, List<ImportProblem> problems) {
        List<CourseEntry> courses = new ArrayList<>();
        List<AttachmentEntry> attachments = new ArrayList<>();
        if (archive.length > ImportLimits.ARCHIVE_BYTES) {
            problems.add(ImportProblem.error(
                    "", "", ImportRule.ARCHIVE_TOO_LARGE, ImportLimits.megabytes(ImportLimits.ARCHIVE_BYTES)));
            return new Contents(courses, attachments);
        }
        if (!isZip(archive)) {
            problems.add(ImportProblem.error("", "", ImportRule.ARCHIVE_UNREADABLE));
            return new Contents(courses, attachments);
        }
        Set<String> names = new HashSet<>();
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > ImportLimits.ARCHIVE_ENTRIES) {
                    problems.add(ImportProblem.error(
                            "", "", ImportRule.ARCHIVE_TOO_MANY_ENTRIES, ImportLimits.ARCHIVE_ENTRIES));
                    break;
                }
                String name = entry.getName();
                if (!isSafe(name)) {
                    problems.add(ImportProblem.error(printable(name), "", ImportRule.ENTRY_NAME_UNSAFE));
                    continue;
                }
                if (!names.add(name)) {
                    problems.add(ImportProblem.error(name, "", ImportRule.ENTRY_DUPLICATE));
                    continue;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String[] parts = name.split("/");
                boolean courseFile = name.startsWith(COURSES) && parts.length == 2 && parts[1].endsWith(".json");
                boolean attachment = name.startsWith(ATTACHMENTS) && parts.length == 4;
                if (!courseFile && !attachment) {
                    problems.add(ImportProblem.error(name, "", ImportRule.ENTRY_UNEXPECTED));
                    continue;
                }
                long limit = courseFile ? ImportLimits.COURSE_FILE_BYTES : ImportLimits.ATTACHMENT_BYTES;
                long remaining = ImportLimits.EXPANDED_BYTES - expanded;
                byte[] bytes = readAtMost(zip, Math.min(limit, remaining) + 1);
                if (bytes.length > limit) {
                    problems.add(ImportProblem.error(
                            name,
                            "",
                            courseFile ? ImportRule.FILE_TOO_LARGE : ImportRule.ATTACHMENT_TOO_LARGE,
                            ImportLimits.megabytes(limit)));
                    continue;
                }
                expanded += bytes.length;
                if (expanded > ImportLimits.EXPANDED_BYTES) {
                    problems.add(ImportProblem.error(
                            "",
                            "",
                            ImportRule.ARCHIVE_EXPANDED_TOO_LARGE,
                            ImportLimits.megabytes(ImportLimits.EXPANDED_BYTES)));
                    break;
                }
                if (courseFile) {
                    courses.add(new CourseEntry(name, bytes));
                } else if (!FILE_NAME.matcher(parts[3]).matches()) {
                    problems.add(ImportProblem.error(name, "", ImportRule.ATTACHMENT_NAME));
                } else {
                    attachments.add(new AttachmentEntry(name, parts[1], parts[2], parts[3], bytes));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A corrupt archive, an encrypted entry, an entry name that is not UTF-8, …
            problems.add(ImportProblem.error("", "", ImportRule.ARCHIVE_UNREADABLE));
            return new Contents(List.of(), List.of());
        }
        if (courses.isEmpty() && problems.stream().noneMatch(ImportProblem::isError)) {
            problems.add(ImportProblem.error("", "", ImportRule.ARCHIVE_EMPTY));
        }
        return new Contents(courses, attachments);
    }

    /** Whether the bytes begin as a ZIP archive does (a first entry, or the end of an empty archive). */
    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4
                && bytes[0] == 'P'
                && bytes[1] == 'K'
                && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6);
    }

    /** A relative name of plain segments: no {@code ..}, {@code .}, empty segment, root, backslash or drive. */
    static boolean isSafe(String name) {
        if (name.isEmpty()
                || name.length() > 300
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains(":")) {
            return false;
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
            if (segment.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(120).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
