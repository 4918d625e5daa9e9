package org.techbroker.certification.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

/** The candidate's side of essay review: feedback after the release, and appeals. */
public interface CandidateFeedback {

    /** The feedback on each essay of the candidate's attempt; empty until the results are released. */
    List<EssayFeedback> feedback(@NotNull AccountId candidate, long attemptId);

    /**
     * Appeals the final mark of one essay (by its item id, as the attempt shows it), with a reason. Refused before the release, after the
     * appeal period, when the essay was blank, or when it was appealed already; a chief examiner
     * who did not mark it re-marks.
     */
    EssayFeedback appeal(@NotNull AccountId candidate, long attemptId, long itemId, @NotNull String reason);
}
