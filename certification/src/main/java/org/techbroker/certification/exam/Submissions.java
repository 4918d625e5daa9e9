package org.techbroker.certification.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Submits an attempt whose row the caller has locked: scores every objective item against the
 * version shown, records the total and fires {@link AttemptSubmitted}. The candidate's submission
 * and the overdue job both come through here, so an attempt is scored one way only.
 */
@ApplicationScoped
class Submissions {

    @Inject
    ExamRepository exams;

    @Inject
    Event<AttemptSubmitted> submitted;

    Submission submit(Attempt attempt, Instant now, boolean automatically) {
        if (attempt.state() == AttemptState.SUBMITTED) {
            return new Submission(
                    attempt.id(), attempt.submittedAt().orElseThrow(), attempt.submittedAutomatically(), true);
        }
        Map<Long, AnswerInput> answers = new HashMap<>();
        for (Answer answer : exams.answers(attempt)) {
            answers.put(answer.attemptItem().id(), answer.input());
        }
        BigDecimal objective = BigDecimal.ZERO.setScale(2);
        List<Long> essays = new ArrayList<>();
        for (AttemptItem item : attempt.items()) {
            if (item.itemVersion().type().isObjective()) {
                BigDecimal points = Scoring.points(item.itemVersion(), answers.get(item.id()));
                item.award(points);
                objective = objective.add(points);
            } else {
                essays.add(item.id());
            }
        }
        Sitting sitting = attempt.registration().sitting();
        attempt.submit(now, automatically, objective, sitting.objectivePassPercent());
        submitted.fire(new AttemptSubmitted(attempt.id(), attempt.sittingId(), attempt.account(), essays));
        return new Submission(attempt.id(), attempt.submittedAt().orElseThrow(), automatically, false);
    }
}
