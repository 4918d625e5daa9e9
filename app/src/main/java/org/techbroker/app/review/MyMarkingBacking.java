package org.techbroker.app.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.MarkingState;

/**
 * "My marking" ({@code review/index.xhtml}): the examiner's markings by what they are for.
 * Calibrations come first, because live marking of their prompt waits for them; then live
 * markings; then, for chief examiners, the decisions (adjudications and appeal re-marks) and the
 * agreed marks of reference scripts. Each line carries the script's code, never whose essay it is.
 */
@Named
@RequestScoped
public class MyMarkingBacking {

    /** One line of the list, with its dates written for the reader. */
    public record Row(
            long id,
            String code,
            String promptKey,
            MarkingRole role,
            MarkingState state,
            String total,
            int maxPoints,
            String assignedAt,
            String submittedAt,
            boolean waitsForCalibration) {

        public boolean open() {
            return state == MarkingState.ASSIGNED || state == MarkingState.DRAFT;
        }
    }

    @Inject
    MarkingService marking;

    @Inject
    CurrentCaller caller;

    @Inject
    Formats formats;

    private List<Row> rows;

    private List<Row> rows() {
        if (rows == null) {
            rows = caller.accountId()
                    .map(examiner -> marking.assignments(examiner).stream()
                            .map(this::row)
                            .toList())
                    .orElse(List.of());
        }
        return rows;
    }

    private Row row(AssignmentSummary summary) {
        return new Row(
                summary.id(),
                summary.scriptCode(),
                summary.promptKey(),
                summary.role(),
                summary.state(),
                ReviewPages.points(summary.totalPoints()),
                summary.maxPoints(),
                formats.dateTime(summary.assignedAt()),
                formats.dateTime(summary.submittedAt()),
                summary.waitsForCalibration());
    }

    private List<Row> of(Set<MarkingRole> roles) {
        return rows().stream().filter(row -> roles.contains(row.role())).toList();
    }

    public List<Row> getCalibrations() {
        return of(EnumSet.of(MarkingRole.CALIBRATION));
    }

    public List<Row> getLiveMarkings() {
        return of(EnumSet.of(MarkingRole.MARKER));
    }

    public List<Row> getDecisions() {
        return of(EnumSet.of(MarkingRole.ADJUDICATION, MarkingRole.APPEAL));
    }

    public List<Row> getAgreedMarks() {
        return of(EnumSet.of(MarkingRole.AGREED));
    }

    /** The prompts whose live marking waits for a calibration, for the note above the list. */
    public List<String> getPromptsAwaitingCalibration() {
        return getCalibrations().stream()
                .filter(Row::open)
                .map(Row::promptKey)
                .distinct()
                .toList();
    }

    /** Markings the examiner still has to do, of every role: what the home page counts. */
    public long getOpenCount() {
        return rows().stream().filter(Row::open).count();
    }

    /** Adjudications and appeal re-marks the chief examiner still has to do. */
    public long getOpenDecisionCount() {
        return getDecisions().stream().filter(Row::open).count();
    }

    public boolean isNothingAssigned() {
        return rows().isEmpty();
    }
}
