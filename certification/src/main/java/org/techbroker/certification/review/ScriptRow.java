package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

/**
 * A script as the chief examiner manages it: who holds its markings and where it stands. Like
 * everything examiners read, it names the script by code and never its candidate.
 */
public record ScriptRow(
        String code,
        String promptKey,
        int maxPoints,
        ScriptState state,
        BigDecimal finalPoints,
        FinalBasis finalBasis,
        BigDecimal divergenceLimit,
        Instant createdAt,
        List<MarkingRow> markings) {

    public ScriptRow {
        markings = List.copyOf(markings);
    }

    /** One marking of the script; {@code examiner} is null while the place waits for one. */
    public record MarkingRow(
            long id,
            MarkingRole role,
            AccountId examiner,
            MarkingState state,
            BigDecimal totalPoints,
            Instant submittedAt) {

        public boolean open() {
            return state == MarkingState.ASSIGNED || state == MarkingState.DRAFT;
        }
    }
}
