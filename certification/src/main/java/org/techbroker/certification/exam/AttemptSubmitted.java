package org.techbroker.certification.exam;

import java.util.List;
import org.techbroker.courses.shared.AccountId;

/**
 * Fired, in the submitting transaction, once per attempt. Essay review takes the essay answers
 * from here ({@code essayItemIds} are the attempt's items that hold essays).
 */
public record AttemptSubmitted(long attemptId, long sittingId, AccountId account, List<Long> essayItemIds) {

    public AttemptSubmitted {
        essayItemIds = List.copyOf(essayItemIds);
    }
}
