package org.techbroker.app.exam;

import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.CandidateSitting;

/**
 * Where a trainee stands with one sitting, as "My exams" says it: one stage decides the label and
 * the one action the row offers (register, start, resume, or a link to the submitted attempt).
 */
public enum SittingStage {
    /** Registration is open but required courses are missing: the row names them. */
    NOT_ELIGIBLE,
    /** Eligible, but every place is taken. */
    FULL,
    /** Eligible and there is room: the row offers registration. */
    MAY_REGISTER,
    /** Not registered, and the sitting takes no more registrations. */
    REGISTRATION_CLOSED,
    /** Registered; the window has not opened yet. */
    NOT_OPEN_YET,
    /** Registered and the window is open: the row offers to start. */
    OPEN,
    /** The attempt runs: the row offers to resume it. */
    IN_PROGRESS,
    /** Submitted; the result is not released yet. */
    SUBMITTED,
    /** Submitted and the result is released. */
    RESULT_RELEASED,
    /** Registered, never started, and the window has closed. */
    MISSED;

    static SittingStage of(CandidateSitting sitting) {
        if (!sitting.registered()) {
            if (!sitting.acceptsRegistrations()) {
                return REGISTRATION_CLOSED;
            }
            if (!sitting.eligible()) {
                return NOT_ELIGIBLE;
            }
            return sitting.full() ? FULL : MAY_REGISTER;
        }
        if (sitting.attemptId() != null) {
            if (sitting.attemptState() == AttemptState.SUBMITTED) {
                return sitting.resultsReleased() ? RESULT_RELEASED : SUBMITTED;
            }
            return IN_PROGRESS;
        }
        if (sitting.open()) {
            return OPEN;
        }
        // Registrations run until the window closes: a closed window takes none, an unopened one does.
        return sitting.acceptsRegistrations() ? NOT_OPEN_YET : MISSED;
    }

    /** Whether the row links to the attempt (to resume it, or to read it after submission). */
    public boolean linksToAttempt() {
        return this == IN_PROGRESS || this == SUBMITTED || this == RESULT_RELEASED;
    }
}
