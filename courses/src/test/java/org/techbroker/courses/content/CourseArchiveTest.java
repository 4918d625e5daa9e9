package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.courses.content.Archives.PDF;
import static org.techbroker.courses.content.Archives.PNG;
import static org.techbroker.courses.content.Archives.archive;
import static org.techbroker.courses.content.CourseFiles.bytes;
import static org.techbroker.courses.content.CourseFiles.course;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Course archives (section 11 of the format): their layout, attachments sniffed by content, and
 * the defences against archives made to harm: names that climb out of the archive, oversized
 * files and zip bombs, too many entries.
 */
class CourseArchiveTest {

    private static final byte[] COURSE = bytes(course("XMP-101"));

    @Test
    void aCourseWithItsAttachmentsReads() {
        byte[] zip = archive()
                .with("courses/", new byte[0])
                .with("courses/XMP-101.json", COURSE)
                .with("attachments/XMP-101/kinds-of-licence/licence-types.pdf", PDF)
                .with("attachments/XMP-101/kinds-of-licence/diagram.png", PNG)
                .zip();

        CourseImportSet set = CourseImportSet.ofArchive(zip, Map.of(), true);

        assertThat(set.problems()).noneMatch(ImportProblem::isError);
        assertThat(set.documents()).extracting(d -> d.code().value()).containsExactly("XMP-101");
        assertThat(set.attachments())
                .extracting(a -> a.fileName(), a -> a.type(), a -> a.sha256())
                .containsExactly(
                        tuple("licence-types.pdf", AttachmentType.PDF, CourseImportSet.sha256(PDF)),
                        tuple("diagram.png", AttachmentType.PNG, CourseImportSet.sha256(PNG)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../courses/X.json",
                "courses/../../../etc/passwd",
                "/courses/XMP-101.json",
                "courses//XMP-101.json"
            })
    void namesThatClimbOutOfTheArchiveAreRefused(String name) {
        byte[] zip =
                archive().with("courses/XMP-101.json", COURSE).with(name, "{}").zip();

        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.entry_name_unsafe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"courses\\XMP-102.json", "C:/courses/XMP-102.json"})
    void backslashesAndDriveLettersAreRefused(String name) {
        String placeholder = "Q".repeat(name.length());
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with(placeholder, "{}")
                .zipRenaming(placeholder, name);

        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.entry_name_unsafe");
    }

    @Test
    void theSameNameTwiceIsRefused() {
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with("courses/XMP-10X.json", COURSE)
                .zipRenaming("XMP-10X", "XMP-101");

        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::file)
                .containsExactly(tuple("courses.import.error.entry_duplicate", "courses/XMP-101.json"));
    }

    @Test
    void entriesOutsideTheLayoutAreRefused() {
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with("README.txt", "hello")
                .with("courses/old/XMP-101.json", COURSE)
                .with("attachments/XMP-101/notes.pdf", PDF)
                .zip();

        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::file)
                .containsExactly(
                        tuple("courses.import.error.entry_unexpected", "README.txt"),
                        tuple("courses.import.error.entry_unexpected", "courses/old/XMP-101.json"),
                        tuple("courses.import.error.entry_unexpected", "attachments/XMP-101/notes.pdf"));
    }

    @Test
    void anArchiveOverTwentyMegabytesIsRefusedUnopened() {
        byte[] large = Arrays.copyOf(
                archive().with("courses/XMP-101.json", COURSE).zip(), (int) ImportLimits.ARCHIVE_BYTES + 1);

        assertThat(errors(CourseImportSet.ofArchive(large, Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple("courses.import.error.archive_too_large", List.of(20L)));
    }

    @Test
    void aZipBombStopsAtTheFileLimit() {
        // Six megabytes of spaces compress to a few kilobytes.
        byte[] spaces = new byte[6 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] zip = archive().with("courses/XMP-101.json", spaces).zip();

        assertThat(zip.length).isLessThan(100_000);
        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::file)
                .containsExactly(tuple("courses.import.error.file_too_large", "courses/XMP-101.json"));
    }

    @Test
    void anOversizedAttachmentIsRefused() {
        byte[] pdf = Arrays.copyOf(PDF, (int) ImportLimits.ATTACHMENT_BYTES + 1);
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with("attachments/XMP-101/kinds-of-licence/big.pdf", pdf)
                .zip();

        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple("courses.import.error.attachment_too_large", List.of(10L)));
    }

    @Test
    void manyFilesUnderTheLimitStillStopAtTheExpandedTotal() {
        byte[] pdf = Arrays.copyOf(PDF, 9 * 1024 * 1024);
        Archives archive = archive().with("courses/XMP-101.json", COURSE);
        for (int i = 0; i < 5; i++) {
            archive.with("attachments/XMP-101/kinds-of-licence/part-" + i + ".pdf", pdf);
        }

        assertThat(errors(CourseImportSet.ofArchive(archive.zip(), Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple("courses.import.error.archive_expanded_too_large", List.of(40L)));
    }

    @Test
    void moreThanTwoHundredEntriesAreRefused() {
        Archives archive = archive().with("courses/XMP-101.json", COURSE);
        for (int i = 0; i < ImportLimits.ARCHIVE_ENTRIES; i++) {
            archive.with("attachments/XMP-101/kinds-of-licence/" + i + ".png", PNG);
        }

        assertThat(errors(CourseImportSet.ofArchive(archive.zip(), Map.of(), true)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.archive_too_many_entries");
    }

    @Test
    void attachmentsAreSniffedByContentNotByName() {
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with("attachments/XMP-101/kinds-of-licence/script.pdf", "<script>alert(1)</script>")
                .with("attachments/XMP-101/kinds-of-licence/really-a-pdf.png", PDF)
                .zip();

        CourseImportSet set = CourseImportSet.ofArchive(zip, Map.of(), true);

        assertThat(errors(set))
                .extracting(ImportProblem::messageKey, ImportProblem::file)
                .containsExactly(tuple(
                        "courses.import.error.attachment_type", "attachments/XMP-101/kinds-of-licence/script.pdf"));
        assertThat(set.attachments()).extracting(a -> a.type()).containsExactly(AttachmentType.PDF);
    }

    @Test
    void attachmentsMustBelongToALessonOfACourseInTheArchive() {
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with("attachments/ABC-101/kinds-of-licence/a.pdf", PDF)
                .with("attachments/XMP-101/no-such-lesson/a.pdf", PDF)
                .with("attachments/XMP-101/kinds-of-licence/.hidden.pdf", PDF)
                .zip();

        assertThat(errors(CourseImportSet.ofArchive(zip, Map.of(), true)))
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(
                        tuple("courses.import.error.attachment_name", List.of()),
                        tuple("courses.import.error.attachment_course_unknown", List.of("ABC-101")),
                        tuple("courses.import.error.attachment_lesson_unknown", List.of("no-such-lesson", "XMP-101")));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        byte[] text = "courses/XMP-101.json".getBytes(StandardCharsets.UTF_8);

        assertThat(errors(CourseImportSet.ofArchive(text, Map.of(), true)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.archive_unreadable");
    }

    @Test
    void anArchiveWithoutCoursesIsRefused() {
        assertThat(errors(CourseImportSet.ofArchive(archive().zip(), Map.of(), true)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.archive_empty");
        assertThat(errors(CourseImportSet.ofArchive(
                        archive().with("courses/", new byte[0]).zip(), Map.of(), true)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.archive_empty");
    }

    @Test
    void oneBadCourseMakesTheWholeArchiveInvalid() {
        byte[] bad = bytes(CourseFiles.with(course("BAD-101"), "/creditHours", CourseFiles.json("0")));
        byte[] zip = archive()
                .with("courses/XMP-101.json", COURSE)
                .with("courses/BAD-101.json", bad)
                .zip();

        CourseImportSet set = CourseImportSet.ofArchive(zip, Map.of(), true);

        assertThat(set.isValid()).isFalse();
        assertThat(errors(set))
                .extracting(ImportProblem::file, ImportProblem::path)
                .containsExactly(tuple("courses/BAD-101.json", "creditHours"));
    }

    private static List<ImportProblem> errors(CourseImportSet set) {
        return set.problems().stream().filter(ImportProblem::isError).toList();
    }
}
