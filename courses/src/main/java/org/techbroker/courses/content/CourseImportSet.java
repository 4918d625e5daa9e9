package org.techbroker.courses.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.CourseArchiveReader.AttachmentEntry;
import org.techbroker.courses.content.CourseArchiveReader.CourseEntry;
import org.techbroker.courses.content.CourseSetValidator.Entry;
import org.techbroker.courses.content.CourseSetValidator.StoredCourse;

/**
 * A set of course files (and, from an archive, their attachments) validated as a whole: every
 * file on its own, then the rules across files and against the catalogue. When {@link #isValid()}
 * the courses and attachments are ready to be written; otherwise {@link #problems()} says why not.
 */
public final class CourseImportSet {

    /** A file of a set, by name (as {@code courses/IPL-101.json}) and content. */
    public record SourceFile(String name, byte[] bytes) {}

    /** An attachment that passed every check, with its type and SHA-256. */
    public record Attachment(
            CourseCode code, String slug, String fileName, AttachmentType type, byte[] bytes, String sha256) {}

    private final List<Entry> courses;
    private final List<Attachment> attachments;
    private final List<ImportProblem> problems;

    private CourseImportSet(List<Entry> courses, List<Attachment> attachments, List<ImportProblem> problems) {
        this.courses = List.copyOf(courses);
        this.attachments = List.copyOf(attachments);
        this.problems = List.copyOf(problems);
    }

    /**
     * Validates an archive.
     *
     * @param stored the catalogue's courses, for the rules across files
     * @param replaceStored whether a course of the set replaces a stored one of the same code
     */
    static CourseImportSet ofArchive(byte[] archive, Map<CourseCode, StoredCourse> stored, boolean replaceStored) {
        List<ImportProblem> problems = new ArrayList<>();
        CourseArchiveReader.Contents contents = CourseArchiveReader.read(archive, problems);
        List<SourceFile> files = contents.courses().stream()
                .map((CourseEntry entry) -> new SourceFile(entry.name(), entry.bytes()))
                .toList();
        return validate(files, contents.attachments(), stored, replaceStored, problems);
    }

    /** Validates course files without attachments (the seed folder). */
    static CourseImportSet ofFiles(
            List<SourceFile> files, Map<CourseCode, StoredCourse> stored, boolean replaceStored) {
        return validate(files, List.of(), stored, replaceStored, new ArrayList<>());
    }

    private static CourseImportSet validate(
            List<SourceFile> files,
            List<AttachmentEntry> attachmentEntries,
            Map<CourseCode, StoredCourse> stored,
            boolean replaceStored,
            List<ImportProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        for (SourceFile file : files) {
            CourseFileReader.read(file.name(), file.bytes(), problems)
                    .ifPresent(course -> entries.add(new Entry(file.name(), course)));
        }
        CourseSetValidator.validate(entries, stored, replaceStored, problems);
        List<Attachment> attachments = attachments(attachmentEntries, entries, files, problems);
        return new CourseImportSet(entries, attachments, problems);
    }

    private static List<Attachment> attachments(
            List<AttachmentEntry> entries, List<Entry> courses, List<SourceFile> files, List<ImportProblem> problems) {
        Map<String, CourseDocument> byCode = new LinkedHashMap<>();
        courses.forEach(entry -> byCode.put(entry.course().code().value(), entry.course()));
        List<String> fileCodes = files.stream()
                .map(file -> CourseFileReader.codeOfFileName(file.name()))
                .toList();
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentEntry entry : entries) {
            if (!fileCodes.contains(entry.code())) {
                problems.add(ImportProblem.error(entry.name(), "", ImportRule.ATTACHMENT_COURSE_UNKNOWN, entry.code()));
                continue;
            }
            CourseDocument course = byCode.get(entry.code());
            if (course == null) {
                continue; // the course file itself is invalid and says so
            }
            if (course.lessons().stream().noneMatch(l -> l.slug().equals(entry.slug()))) {
                problems.add(ImportProblem.error(
                        entry.name(), "", ImportRule.ATTACHMENT_LESSON_UNKNOWN, entry.slug(), entry.code()));
                continue;
            }
            Optional<AttachmentType> type = AttachmentType.sniff(entry.bytes());
            if (type.isEmpty()) {
                problems.add(ImportProblem.error(entry.name(), "", ImportRule.ATTACHMENT_TYPE));
                continue;
            }
            attachments.add(new Attachment(
                    course.code(), entry.slug(), entry.fileName(), type.get(), entry.bytes(), sha256(entry.bytes())));
        }
        return attachments;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public boolean isValid() {
        return problems.stream().noneMatch(ImportProblem::isError);
    }

    /** Errors and warnings, in the order found: archive, then each file. */
    public List<ImportProblem> problems() {
        return problems;
    }

    List<Entry> courses() {
        return courses;
    }

    public List<CourseDocument> documents() {
        return courses.stream().map(Entry::course).toList();
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    List<Attachment> attachmentsOf(CourseCode code, String slug) {
        return attachments.stream()
                .filter(a -> a.code().equals(code) && a.slug().equals(slug))
                .toList();
    }
}
