package org.techbroker.certification.exam;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

/**
 * What a trainee does with exams: find sittings, register, start or resume the attempt, save
 * answers, submit, and read the released result. An attempt that is not the caller's is reported
 * as not found, never as forbidden, so that ids reveal nothing.
 */
public interface ExamService {

    /** Sittings the person is registered for, and those still taking registrations, with eligibility. */
    List<CandidateSitting> sittings(@NotNull AccountId account);

    CandidateSitting sitting(@NotNull AccountId account, long sittingId);

    /** Registers the person when eligible and there is room; registering again changes nothing. */
    CandidateSitting register(@NotNull AccountId account, long sittingId);

    /** Starts the attempt inside the sitting's window, or resumes the one already started. */
    AttemptStart start(@NotNull AccountId account, long sittingId);

    AttemptView attempt(@NotNull AccountId account, long attemptId);

    /** Saves an answer; saving the same answer again changes nothing. Refused after the deadline or the submission. */
    SaveReceipt save(@NotNull AccountId account, long attemptId, long itemId, @NotNull AnswerInput answer);

    /** Submits the attempt; a repeated submission reports the one that counted. */
    Submission submit(@NotNull AccountId account, long attemptId);
}
