package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

/**
 * A reference script with its agreed mark and how far each examiner's calibration mark was from it.
 *
 * @param agreedMarkingId the chief examiner's marking that sets the agreed mark
 */
public record ReferenceScriptRow(
        String code,
        String promptKey,
        int maxPoints,
        String essayText,
        long agreedMarkingId,
        BigDecimal agreedPoints,
        boolean retired,
        List<CalibrationResult> results) {

    public ReferenceScriptRow {
        results = List.copyOf(results);
    }

    /** An examiner's calibration: their total and its difference from the agreed mark, once submitted. */
    public record CalibrationResult(AccountId examiner, MarkingState state, BigDecimal points, BigDecimal difference) {}
}
