package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * Another submitted marking of the same script, as the reader may see it: a co-marker's after
 * both have submitted, both markers' for the chief who decides, the agreed mark after a
 * calibration. It never says who gave it.
 */
public record OtherMark(
        MarkingRole role, List<CriterionMark> criteria, String overallFeedback, String reason, BigDecimal total) {

    public OtherMark {
        criteria = List.copyOf(criteria);
    }
}
