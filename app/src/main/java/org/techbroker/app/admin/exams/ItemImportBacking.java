package org.techbroker.app.admin.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.bank.ItemBank;
import org.techbroker.certification.exam.bank.ItemBankException;
import org.techbroker.certification.exam.bank.ItemFileReader;
import org.techbroker.certification.exam.bank.ItemImportReport;
import org.techbroker.certification.exam.bank.ItemImportReport.Outcome;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.shared.DomainException;

/**
 * Imports a {@code techbroker-exam-items/1} file: all of it or, when anything is wrong, none of
 * it, with every problem listed by its place in the file (a JSON pointer) in the page's language;
 * otherwise how many items were created, edited in place, given a new version or left unchanged.
 */
@Named
@ViewScoped
public class ItemImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One problem as the page lists it. */
    public record ProblemRow(String pointer, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One item of the imported file and what happened to it. */
    public record OutcomeRow(String key, String outcome) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ItemBank bank;

    private transient UploadedFile file;
    private List<ProblemRow> problems = List.of();
    private List<OutcomeRow> outcomes = List.of();

    public void importFile() {
        problems = List.of();
        outcomes = List.of();
        if (file == null || file.getSize() <= 0) {
            FacesMessages.error(null, "admin_exams_import.message.no_file");
            return;
        }
        if (file.getSize() > ItemFileReader.MAX_BYTES) {
            FacesMessages.error(null, "admin_exams_import.message.too_large", getLimitMegabytes());
            return;
        }
        try {
            ItemImportReport report = bank.importItems(file.getFileName(), file.getContent());
            outcomes = report.items().stream()
                    .map(i -> new OutcomeRow(
                            i.key(),
                            FacesMessages.text(
                                    "ItemImportReport.Outcome." + i.outcome().name())))
                    .toList();
            FacesMessages.info(
                    "admin_exams_import.message.imported",
                    report.count(Outcome.CREATED),
                    report.count(Outcome.EDITED_IN_PLACE),
                    report.count(Outcome.NEW_VERSION),
                    report.count(Outcome.UNCHANGED));
        } catch (ItemBankException e) {
            problems = rows(e.problems());
            FacesMessages.error(null, "admin_exams_import.message.problems", problems.size());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    private static List<ProblemRow> rows(List<ImportProblem> found) {
        return found.stream()
                .map(p -> new ProblemRow(
                        p.pointer().isEmpty()
                                ? FacesMessages.text("admin_exams_import.location.whole_file")
                                : p.pointer(),
                        FacesMessages.text(p.messageKey(), p.argumentArray())))
                .toList();
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public List<OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public long getLimitBytes() {
        return ItemFileReader.MAX_BYTES;
    }

    public long getLimitMegabytes() {
        return ItemFileReader.MAX_BYTES / (1024 * 1024);
    }

    public int getItemLimit() {
        return ItemFileReader.MAX_ITEMS;
    }

    public String getInvalidFileMessage() {
        return FacesMessages.text("admin_exams_import.message.too_large", getLimitMegabytes());
    }
}
