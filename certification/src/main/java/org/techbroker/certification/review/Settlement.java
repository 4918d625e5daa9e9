package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.courses.shared.AccountId;

/**
 * Sets a script's final mark and, once every essay of the attempt has one, hands their sum to
 * the exam, which settles the candidate's result. An appeal that changes a mark comes through
 * here too, so the result is recomputed the same way.
 */
@ApplicationScoped
class Settlement {

    @Inject
    ReviewRepository reviews;

    @Inject
    ExamAdministration exams;

    @Inject
    ReviewHistory history;

    void finalise(
            Script script, BigDecimal points, FinalBasis basis, AccountId actor, ReviewEventKind kind, String detail) {
        script.finalise(points, basis, history.now());
        history.record(script, null, kind, actor, points, detail);
        script.attemptId().ifPresent(this::settleAttempt);
    }

    private void settleAttempt(long attemptId) {
        List<Script> scripts = reviews.liveScriptsOfAttempt(attemptId);
        if (scripts.stream().allMatch(s -> s.finalPoints().isPresent())) {
            BigDecimal sum =
                    scripts.stream().map(s -> s.finalPoints().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            exams.recordEssayPoints(attemptId, sum);
        }
    }
}
