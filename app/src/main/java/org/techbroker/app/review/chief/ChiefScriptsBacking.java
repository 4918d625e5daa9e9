package org.techbroker.app.review.chief;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.FinalBasis;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingState;
import org.techbroker.certification.review.ReviewEvent;
import org.techbroker.certification.review.ReviewEventKind;
import org.techbroker.certification.review.ScriptRow;
import org.techbroker.certification.review.ScriptState;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * A sitting's scripts as the chief examiner allocates them ({@code ?sitting=…}): each script's
 * state and final mark, and each of its markings with role, examiner, state and total. An open
 * marking is reassigned from the address ({@code &reassign=…}, the marking id) to one of the
 * examiners the rules allow; a script's history opens from the address too ({@code &history=…},
 * the script code). Scripts are named by code only.
 *
 * <p>The history shows who acted. The one act of a candidate, lodging an appeal, is shown as "the
 * candidate", never by the account behind it.
 */
@Named
@ViewScoped
public class ChiefScriptsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A script of the sitting with its markings. */
    public record ScriptLine(
            String code,
            String promptKey,
            ScriptState state,
            String finalPoints,
            FinalBasis finalBasis,
            int maxPoints,
            String divergenceLimit,
            List<MarkingLine> markings)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A marking of a script; {@code examiner} is null while the place waits for one. */
    public record MarkingLine(
            long id, MarkingRole role, String examiner, MarkingState state, String total, boolean open)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** The open marking being reassigned. */
    public record Reassignment(long markingId, String code, MarkingRole role, String holder) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** An examiner the marking may go to: the account id as the form's value, and a label. */
    public record Choice(String value, String label) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** One line of a script's history. */
    public record HistoryLine(
            String at,
            ReviewEventKind kind,
            String actor,
            MarkingRole role,
            String holder,
            String points,
            String detail)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ChiefReview chief;

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient ExaminerNames names;

    @Inject
    transient Formats formats;

    private String sitting;
    private String reassign;
    private String history;
    private boolean loaded;

    private long sittingId;
    private String title;
    private List<ScriptLine> scripts = List.of();
    private Reassignment reassignment;
    private List<Choice> choices = List.of();
    private String examiner;
    private String historyCode;
    private List<HistoryLine> historyLines = List.of();

    /** Reads the sitting, and the marking or script the address names; anything unknown answers 404. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Optional<AddressedSitting> found = AddressedSitting.read(administration, sitting);
        if (found.isEmpty()) {
            return;
        }
        sittingId = found.get().id();
        title = found.get().title();
        show();
        if (reassign != null && !reassign.isBlank() && !chooseMarking(Pages.id(reassign))) {
            Pages.notFound();
            return;
        }
        if (history != null && !history.isBlank() && !showHistory(history.strip())) {
            Pages.notFound();
        }
    }

    private void show() {
        scripts = chief.scripts(sittingId).stream().map(this::line).toList();
    }

    private ScriptLine line(ScriptRow script) {
        return new ScriptLine(
                script.code(),
                script.promptKey(),
                script.state(),
                Figures.points(script.finalPoints()),
                script.finalBasis(),
                script.maxPoints(),
                Figures.points(script.divergenceLimit()),
                script.markings().stream()
                        .map(m -> new MarkingLine(
                                m.id(),
                                m.role(),
                                m.examiner() == null ? null : names.label(m.examiner()),
                                m.state(),
                                Figures.points(m.totalPoints()),
                                m.open()))
                        .toList());
    }

    /** The marking to reassign, when it is one of this sitting's; false when it is not. */
    private boolean chooseMarking(Optional<Long> markingId) {
        if (markingId.isEmpty()) {
            return false;
        }
        for (ScriptLine script : scripts) {
            for (MarkingLine marking : script.markings()) {
                if (marking.id() == markingId.get()) {
                    if (marking.open()) {
                        reassignment =
                                new Reassignment(marking.id(), script.code(), marking.role(), marking.examiner());
                        choices = chief.eligibleExaminers(marking.id()).stream()
                                .map(e -> new Choice(String.valueOf(e.value()), names.label(e)))
                                .toList();
                    } else {
                        reassignment = null;
                        FacesMessages.error(null, "review.error.marking_not_open");
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private boolean showHistory(String code) {
        Optional<ScriptLine> script =
                scripts.stream().filter(s -> s.code().equals(code)).findFirst();
        if (script.isEmpty()) {
            return false;
        }
        historyCode = code;
        historyLines = chief.history(code).stream()
                .map(event -> historyLine(event, script.get()))
                .toList();
        return true;
    }

    private HistoryLine historyLine(ReviewEvent event, ScriptLine script) {
        Optional<MarkingLine> marking = event.markingId()
                .flatMap(id ->
                        script.markings().stream().filter(m -> m.id() == id).findFirst());
        return new HistoryLine(
                formats.dateTime(event.occurredAt()),
                event.kind(),
                actor(event),
                marking.map(MarkingLine::role).orElse(null),
                marking.map(MarkingLine::examiner).orElse(null),
                event.points().map(Figures::points).orElse(null),
                event.kind() == ReviewEventKind.APPEAL_LODGED
                        ? null
                        : event.detail().orElse(null));
    }

    private String actor(ReviewEvent event) {
        if (event.kind() == ReviewEventKind.APPEAL_LODGED) {
            return FacesMessages.text("review_chief_scripts.history.candidate");
        }
        return event.actor()
                .map(names::label)
                .orElseGet(() -> FacesMessages.text("review_chief_scripts.history.system"));
    }

    /** Gives the chosen marking to the chosen examiner; the examiner must still be eligible when saved. */
    public String reassign() {
        if (reassignment == null || examiner == null) {
            FacesMessages.error(null, "review_chief_scripts.message.choose_examiner");
            return null;
        }
        AccountId to = new AccountId(Long.parseLong(examiner));
        try {
            chief.reassign(caller.requireAccountId(), reassignment.markingId(), to);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            show();
            chooseMarking(Optional.of(reassignment.markingId()));
            return null;
        }
        FacesMessages.info(
                "review_chief_scripts.message.reassigned",
                FacesMessages.text("MarkingRole." + reassignment.role().name()),
                reassignment.code(),
                names.label(to));
        Pages.keepMessages();
        return "/review/chief/scripts?faces-redirect=true&sitting=" + sittingId;
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public String getReassign() {
        return reassign;
    }

    public void setReassign(String reassign) {
        this.reassign = reassign;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public long getSittingId() {
        return sittingId;
    }

    public String getTitle() {
        return title;
    }

    public List<ScriptLine> getScripts() {
        return scripts;
    }

    public Reassignment getReassignment() {
        return reassignment;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public String getExaminer() {
        return examiner;
    }

    public void setExaminer(String examiner) {
        this.examiner = examiner;
    }

    public String getHistoryCode() {
        return historyCode;
    }

    public List<HistoryLine> getHistoryLines() {
        return historyLines;
    }
}
