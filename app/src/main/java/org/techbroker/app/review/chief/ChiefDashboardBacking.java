package org.techbroker.app.review.chief;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.review.Appeal;
import org.techbroker.certification.review.AppealState;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.ScriptRow;
import org.techbroker.certification.review.ScriptState;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * The chief examiner's dashboard: the scripts waiting for a decision and who holds each decision
 * (with the way to mark it when it is the reader's), the places no examiner could take yet, every
 * sitting with its scripts counted by state, and the open appeals.
 */
@Named
@ViewScoped
public class ChiefDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A script waiting for an adjudication or an appeal re-mark. */
    public record DecisionRow(
            String code,
            String promptKey,
            ScriptState state,
            String createdAt,
            String markerTotals,
            String finalPoints,
            int maxPoints,
            MarkingRole role,
            Long markingId,
            String holder,
            boolean mine)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Whether the decision waits for a chief examiner who may take it. */
        public boolean isWaiting() {
            return markingId != null && holder == null;
        }
    }

    /** A place of a script that waits for an examiner. */
    public record WaitingRow(long sittingId, String sittingTitle, String code, String promptKey, MarkingRole role)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A sitting with how many of its scripts are in each state. */
    public record SittingLine(
            long id, String title, String level, int scripts, int marking, int adjudication, int appeal, int done)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** An appeal still waiting for its re-mark; the candidate stays unnamed. */
    public record AppealRow(String code, String lodgedAt, String pointsBefore, int maxPoints, String reason)
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

    private List<DecisionRow> decisions = List.of();
    private List<WaitingRow> waiting = List.of();
    private List<SittingLine> sittings = List.of();
    private List<AppealRow> appeals = List.of();

    @PostConstruct
    void load() {
        AccountId me = caller.requireAccountId();
        decisions = chief.awaitingDecision().stream()
                .map(script -> decision(script, me))
                .toList();
        Locale locale = FacesMessages.locale();
        List<WaitingRow> places = new ArrayList<>();
        List<SittingLine> lines = new ArrayList<>();
        for (Sitting sitting : administration.sittings()) {
            String title = sitting.title().in(locale);
            Map<ScriptState, Integer> counts = new EnumMap<>(ScriptState.class);
            List<ScriptRow> scripts = chief.scripts(sitting.id());
            for (ScriptRow script : scripts) {
                counts.merge(script.state(), 1, Integer::sum);
                for (ScriptRow.MarkingRow marking : script.markings()) {
                    if (marking.examiner() == null && marking.open()) {
                        places.add(
                                new WaitingRow(sitting.id(), title, script.code(), script.promptKey(), marking.role()));
                    }
                }
            }
            lines.add(new SittingLine(
                    sitting.id(),
                    title,
                    FacesMessages.text("QualificationLevel." + sitting.level().name()),
                    scripts.size(),
                    counts.getOrDefault(ScriptState.MARKING, 0),
                    counts.getOrDefault(ScriptState.ADJUDICATION, 0),
                    counts.getOrDefault(ScriptState.APPEAL, 0),
                    counts.getOrDefault(ScriptState.FINAL, 0)));
        }
        waiting = places;
        sittings = lines;
        appeals = chief.appeals().stream()
                .filter(appeal -> appeal.state() == AppealState.OPEN)
                .map(this::appeal)
                .toList();
    }

    private DecisionRow decision(ScriptRow script, AccountId me) {
        ScriptRow.MarkingRow open = script.markings().stream()
                .filter(m -> m.role().decides() && m.open())
                .reduce((first, later) -> later)
                .orElse(null);
        String markerTotals = String.join(
                " / ",
                script.markings().stream()
                        .filter(m -> m.role() == MarkingRole.MARKER && m.totalPoints() != null)
                        .map(m -> Figures.points(m.totalPoints()))
                        .toList());
        return new DecisionRow(
                script.code(),
                script.promptKey(),
                script.state(),
                formats.dateTime(script.createdAt()),
                markerTotals,
                Figures.points(script.finalPoints()),
                script.maxPoints(),
                open == null ? null : open.role(),
                open == null ? null : open.id(),
                open == null || open.examiner() == null ? null : names.label(open.examiner()),
                open != null && me.equals(open.examiner()));
    }

    private AppealRow appeal(Appeal appeal) {
        return new AppealRow(
                appeal.script().code(),
                formats.dateTime(appeal.lodgedAt()),
                Figures.points(appeal.pointsBefore()),
                appeal.script().maxPoints(),
                appeal.reason());
    }

    /** Gives the waiting places to whoever can now take them, and says how many found an examiner. */
    public void allocateWaiting() {
        try {
            int filled = chief.allocateWaiting(caller.requireAccountId());
            FacesMessages.info("review_chief_index.message.allocated", filled);
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public List<WaitingRow> getWaiting() {
        return waiting;
    }

    public List<SittingLine> getSittings() {
        return sittings;
    }

    public List<AppealRow> getAppeals() {
        return appeals;
    }
}
