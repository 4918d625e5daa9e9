package org.techbroker.app.admin.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.CourseExporter;
import org.techbroker.courses.content.CourseExporter.ExportableCourse;
import org.techbroker.courses.content.CourseImportException;
import org.techbroker.courses.content.CourseImporter;
import org.techbroker.courses.content.ImportLimits;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.ImportReport;
import org.techbroker.courses.content.ImportReport.Outcome;
import org.techbroker.courses.shared.DomainException;

/**
 * The course import and export page of administrators: upload an archive to check or import it,
 * see every problem found (in the page's language, with the file and the place in it) or what
 * the import did; and download any course, or all of them, as an archive.
 */
@Named
@ViewScoped
public class CourseImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One problem as the page lists it, said in the page's language. */
    public record ProblemRow(boolean error, String severity, String file, String location, String message)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** One course of an imported (or checked) archive. */
    public record OutcomeRow(String code, String outcome, int lessons, int items, int attachments)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** One course of the catalogue, to export. */
    public record CourseRow(String code, String title, String status, int lessons, int items) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient CourseImporter importer;

    @Inject
    transient CourseExporter exporter;

    private transient UploadedFile archive;
    private List<ProblemRow> problems = List.of();
    private List<OutcomeRow> outcomes = List.of();
    private List<CourseRow> courses;

    /** Validates the uploaded archive and shows what an import would do; writes nothing. */
    public void check() {
        byte[] bytes = uploaded();
        if (bytes == null) {
            return;
        }
        try {
            show(importer.check(bytes));
            FacesMessages.info("admin_courses_import.message.checked");
        } catch (CourseImportException e) {
            refused(e);
        }
    }

    /** Imports the uploaded archive, all or nothing. */
    public void importArchive() {
        byte[] bytes = uploaded();
        if (bytes == null) {
            return;
        }
        try {
            ImportReport report = importer.importArchive(bytes);
            show(report);
            courses = null;
            FacesMessages.info(
                    "admin_courses_import.message.imported",
                    report.count(Outcome.CREATED),
                    report.count(Outcome.UPDATED),
                    report.count(Outcome.UNCHANGED),
                    report.lessonsWritten(),
                    report.itemsWritten());
        } catch (CourseImportException e) {
            refused(e);
        }
    }

    /** The archive of one course, or nothing (and the reasons on the page) when it cannot be exported. */
    public StreamedContent export(String code) {
        return download(List.of(CourseCode.parse(code)));
    }

    public StreamedContent exportAll() {
        return download(
                exporter.exportable().stream().map(ExportableCourse::code).toList());
    }

    private StreamedContent download(List<CourseCode> codes) {
        try {
            byte[] bytes = exporter.export(codes);
            return DefaultStreamedContent.builder()
                    .name(CourseExporter.fileName(codes))
                    .contentType(CourseExporter.CONTENT_TYPE)
                    .contentLength((long) bytes.length)
                    .stream(() -> new ByteArrayInputStream(bytes))
                    .build();
        } catch (CourseImportException e) {
            problems = rows(e.problems());
            outcomes = List.of();
            FacesMessages.error(null, "admin_courses_import.message.export_failed");
            return null;
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
    }

    private byte[] uploaded() {
        problems = List.of();
        outcomes = List.of();
        if (archive == null || archive.getSize() <= 0) {
            FacesMessages.error(null, "admin_courses_import.message.no_file");
            return null;
        }
        if (archive.getSize() > ImportLimits.ARCHIVE_BYTES) {
            FacesMessages.error(
                    null,
                    "admin_courses_import.message.file_invalid",
                    ImportLimits.megabytes(ImportLimits.ARCHIVE_BYTES));
            return null;
        }
        return archive.getContent();
    }

    private void refused(CourseImportException failure) {
        problems = rows(failure.problems());
        FacesMessages.error(
                null, "admin_courses_import.message.problems", failure.errors().size());
    }

    private void show(ImportReport report) {
        problems = rows(report.warnings());
        outcomes = report.courses().stream()
                .map(c -> new OutcomeRow(
                        c.code().value(),
                        FacesMessages.text("ImportReport.Outcome." + c.outcome().name()),
                        c.lessons(),
                        c.items(),
                        c.attachments()))
                .toList();
    }

    private static List<ProblemRow> rows(List<ImportProblem> found) {
        return found.stream()
                .map(p -> new ProblemRow(
                        p.isError(),
                        FacesMessages.text(
                                "ImportProblem.Severity." + p.severity().name()),
                        p.file().isEmpty() ? FacesMessages.text("admin_courses_import.location.archive") : p.file(),
                        p.path().isEmpty() && !p.file().isEmpty()
                                ? FacesMessages.text("admin_courses_import.location.whole_file")
                                : p.path(),
                        FacesMessages.text(p.messageKey(), p.argumentArray())))
                .toList();
    }

    /** The catalogue, for the export list; read once per view, and again after an import. */
    public List<CourseRow> getCourses() {
        if (courses == null) {
            Locale locale = FacesMessages.locale();
            courses = exporter.exportable().stream()
                    .map(c -> new CourseRow(
                            c.code().value(),
                            c.title().in(locale),
                            FacesMessages.text("CourseStatus." + c.status().name()),
                            c.lessons(),
                            c.items()))
                    .toList();
        }
        return courses;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public List<OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public UploadedFile getArchive() {
        return archive;
    }

    public void setArchive(UploadedFile archive) {
        this.archive = archive;
    }

    /** What the upload field says of a file that is too large or not a ZIP archive. */
    public String getInvalidFileMessage() {
        return FacesMessages.text(
                "admin_courses_import.message.file_invalid", ImportLimits.megabytes(ImportLimits.ARCHIVE_BYTES));
    }

    public long getArchiveLimitBytes() {
        return ImportLimits.ARCHIVE_BYTES;
    }

    public long getArchiveLimitMegabytes() {
        return ImportLimits.megabytes(ImportLimits.ARCHIVE_BYTES);
    }

    public int getEntryLimit() {
        return ImportLimits.ARCHIVE_ENTRIES;
    }

    public long getCourseFileLimitMegabytes() {
        return ImportLimits.megabytes(ImportLimits.COURSE_FILE_BYTES);
    }

    public long getAttachmentLimitMegabytes() {
        return ImportLimits.megabytes(ImportLimits.ATTACHMENT_BYTES);
    }
}
