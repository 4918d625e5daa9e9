package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

/**
 * What follows a submitted marking. The caller holds the script's row lock. The second of two
 * markers' marks settles the script (their mean) or sends it to a chief examiner (divergence
 * beyond the limit); a chief's adjudication or appeal re-mark sets the final mark; the agreed
 * mark of a reference script opens it for calibration.
 */
@ApplicationScoped
class Decisions {

    @Inject
    ReviewRepository reviews;

    @Inject
    Allocator allocator;

    @Inject
    Settlement settlement;

    @Inject
    ReviewHistory history;

    void submit(Marking marking, AccountId examiner) {
        BigDecimal total = marking.criteria().stream()
                .map(c -> c.points().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        marking.submit(total, history.now());
        history.markSubmitted(marking, examiner);
        Script script = marking.script();
        switch (marking.role()) {
            case MARKER -> reconcile(script);
            case ADJUDICATION ->
                settlement.finalise(
                        script,
                        total,
                        FinalBasis.ADJUDICATED,
                        examiner,
                        ReviewEventKind.ADJUDICATED,
                        marking.reason().orElse(null));
            case APPEAL ->
                decideAppeal(script, total, examiner, marking.reason().orElse(null));
            case AGREED -> {
                script.finalise(total, FinalBasis.AGREED, history.now());
                for (ExaminerDirectory.Examiner other : allocator.pool(MarkingRole.MARKER)) {
                    if (!other.id().equals(examiner)) {
                        allocator.offerCalibration(script, other.id());
                    }
                }
            }
            default -> {
                // a calibration mark changes nothing but the examiner's own comparison
            }
        }
    }

    private void reconcile(Script script) {
        List<Marking> markers = reviews.markings(script).stream()
                .filter(m -> m.role() == MarkingRole.MARKER && m.state() != MarkingState.WITHDRAWN)
                .toList();
        if (markers.size() < 2 || !markers.stream().allMatch(Marking::submitted)) {
            return;
        }
        BigDecimal first = markers.get(0).totalPoints().orElseThrow();
        BigDecimal second = markers.get(1).totalPoints().orElseThrow();
        var agreed = Reconciliation.agreedMark(first, second, script.divergenceLimit());
        if (agreed.isPresent()) {
            settlement.finalise(
                    script,
                    agreed.get(),
                    FinalBasis.MEAN,
                    null,
                    ReviewEventKind.FINALISED,
                    first.toPlainString() + " / " + second.toPlainString());
        } else {
            script.sendToAdjudication();
            history.record(
                    script,
                    null,
                    ReviewEventKind.SENT_TO_ADJUDICATION,
                    null,
                    first.subtract(second).abs(),
                    first.toPlainString() + " / " + second.toPlainString() + " > "
                            + script.divergenceLimit().toPlainString());
            allocator.allocate(script, MarkingRole.ADJUDICATION, 1);
        }
    }

    private void decideAppeal(Script script, BigDecimal total, AccountId chief, String reason) {
        Appeal appeal = reviews.findAppeal(script).orElseThrow();
        appeal.decide(total, chief, history.now());
        ReviewEventKind kind =
                appeal.state() == AppealState.UPHELD ? ReviewEventKind.APPEAL_UPHELD : ReviewEventKind.APPEAL_CHANGED;
        settlement.finalise(script, total, FinalBasis.APPEAL, chief, kind, reason);
    }
}
