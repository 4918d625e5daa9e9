package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds what an examiner reads of a marking, and decides which other marks they may see:
 * markers see their co-marker's only once both have submitted; a chief who decides sees both
 * markers'; after a calibration, the agreed mark. The script's candidate never enters a view.
 */
@ApplicationScoped
class AssignmentViews {

    @Inject
    ReviewRepository reviews;

    AssignmentView view(Marking marking) {
        Script script = marking.script();
        List<Marking> all = reviews.markings(script);
        return new AssignmentView(
                marking.id(),
                script.code(),
                marking.role(),
                marking.state(),
                marking.version(),
                script.prompt().item().key(),
                script.prompt().stem(),
                script.essayText(),
                script.maxPoints(),
                script.prompt().rubric(),
                marking.criteria(),
                marking.overallFeedback().orElse(null),
                marking.reason().orElse(null),
                marking.totalPoints().orElse(null),
                marking.savedAt().orElse(null),
                marking.submittedAt().orElse(null),
                waitsForCalibration(marking),
                script.divergenceLimit(),
                otherMarks(marking, all));
    }

    /** The examiner's work list; their calibrations are read once for the whole list. */
    List<AssignmentSummary> summaries(List<Marking> held) {
        Set<Long> uncalibrated = promptsAwaitingCalibration(held);
        return held.stream()
                .map(marking -> summary(marking, waits(marking, uncalibrated)))
                .toList();
    }

    private static AssignmentSummary summary(Marking marking, boolean waitsForCalibration) {
        Script script = marking.script();
        return new AssignmentSummary(
                marking.id(),
                script.code(),
                marking.role(),
                marking.state(),
                script.prompt().item().key(),
                script.maxPoints(),
                marking.totalPoints().orElse(null),
                marking.assignedAt(),
                marking.submittedAt().orElse(null),
                waitsForCalibration);
    }

    /** A live marking waits while its examiner has not submitted a calibration of the same prompt. */
    boolean waitsForCalibration(Marking marking) {
        return marking.examiner()
                .map(examiner -> waits(marking, promptsAwaitingCalibration(reviews.markingsHeldBy(examiner))))
                .orElse(false);
    }

    private static boolean waits(Marking marking, Set<Long> uncalibratedPrompts) {
        return marking.role() == MarkingRole.MARKER
                && marking.open()
                && uncalibratedPrompts.contains(marking.script().prompt().item().id());
    }

    /** The items whose reference scripts the examiner still has to calibrate on. */
    private static Set<Long> promptsAwaitingCalibration(List<Marking> held) {
        return held.stream()
                .filter(m -> m.role() == MarkingRole.CALIBRATION
                        && m.open()
                        && !m.script().retired())
                .map(m -> m.script().prompt().item().id())
                .collect(Collectors.toSet());
    }

    private static List<OtherMark> otherMarks(Marking marking, List<Marking> all) {
        List<OtherMark> others = new ArrayList<>();
        switch (marking.role()) {
            case MARKER -> {
                List<Marking> markers = all.stream()
                        .filter(m -> m.role() == MarkingRole.MARKER && m.state() != MarkingState.WITHDRAWN)
                        .toList();
                if (markers.stream().allMatch(Marking::submitted)) {
                    markers.stream().filter(m -> !m.id().equals(marking.id())).forEach(m -> others.add(otherMark(m)));
                }
            }
            case ADJUDICATION, APPEAL ->
                all.stream()
                        .filter(m -> m.submitted() && !m.id().equals(marking.id()))
                        .filter(m -> m.role() == MarkingRole.MARKER || m.role() == MarkingRole.ADJUDICATION)
                        .forEach(m -> others.add(otherMark(m)));
            case CALIBRATION -> {
                if (marking.submitted()) {
                    all.stream()
                            .filter(m -> m.role() == MarkingRole.AGREED && m.submitted())
                            .forEach(m -> others.add(otherMark(m)));
                }
            }
            default -> {
                // the agreed mark of a reference script is set alone
            }
        }
        return others;
    }

    private static OtherMark otherMark(Marking m) {
        return new OtherMark(
                m.role(),
                m.criteria(),
                m.overallFeedback().orElse(null),
                m.reason().orElse(null),
                m.totalPoints().orElse(null));
    }
}
