package org.techbroker.certification.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits attempts whose deadline has passed. Safe to run on every server at once and after any
 * restart: each attempt is claimed under its row lock and submitted only if it is still running
 * and still overdue, so a second server (or a second sweep) finds it submitted and moves on. An
 * attempt that ran out while every server was down is submitted at its deadline by the first
 * sweep after start-up.
 */
@ApplicationScoped
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());
    static final int BATCH = 100;

    @Inject
    ExamRepository exams;

    @Inject
    Submissions submissions;

    @Inject
    Clock clock;

    @Inject
    OverdueAttempts self;

    /** Submits every overdue attempt, each in its own transaction; returns how many this call submitted. */
    public int sweep() {
        int submitted = 0;
        List<Long> due;
        do {
            due = self.due();
            for (long attemptId : due) {
                try {
                    if (self.submitIfOverdue(attemptId)) {
                        submitted++;
                    }
                } catch (RuntimeException e) {
                    // One broken attempt must not keep the others from being submitted; the next sweep retries it.
                    LOG.log(Level.WARNING, e, () -> "Could not submit overdue attempt " + attemptId);
                }
            }
        } while (due.size() == BATCH && submitted > 0);
        return submitted;
    }

    @Transactional
    public List<Long> due() {
        return exams.overdueAttemptIds(ExamTime.now(clock), BATCH);
    }

    /** Submits the attempt if it is still running and past its deadline; false if someone else did. */
    @Transactional
    public boolean submitIfOverdue(long attemptId) {
        Instant now = ExamTime.now(clock);
        return exams.lockAttempt(attemptId)
                .filter(attempt -> attempt.isOverdueAt(now))
                .map(attempt -> !submissions.submit(attempt, now, true).alreadySubmitted())
                .orElse(false);
    }
}
