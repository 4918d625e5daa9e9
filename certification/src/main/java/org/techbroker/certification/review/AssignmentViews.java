package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

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

    AssignmentSummary summary(Marking marking) {
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
                waitsForCalibration(marking));
    }

    /** A live marking waits while its examiner has not submitted a calibration of the same prompt. */
    boolean waitsForCalibration(Marking marking) {
        if (marking.role() != MarkingRole.MARKER || !marking.open()) {
            return false;
        }
        AccountId examiner = marking.examiner().orElse(null);
        if (examiner == null) {
            return false;
        }
        long item = marking.script().prompt().item().id();
        return reviews.markingsHeldBy(examiner).stream()
                .anyMatch(m -> m.role() == MarkingRole.CALIBRATION
                        && m.open()
                        && !m.script().retired()
                        && m.script().prompt().item().id() == item);
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
