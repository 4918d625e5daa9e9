package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What one candidate did with one item they were shown.
 *
 * <p>Points are decimals because the scoring rules award fractions rounded to two decimals; keeping
 * them exact lets the analysis tell a genuinely constant score from one that only looks different
 * after binary rounding (0.1 + 0.2 ≠ 0.3 in {@code double}), which would otherwise turn a zero
 * variance into a huge, meaningless correlation.
 *
 * @param itemId the item
 * @param awardedPoints the points the candidate was awarded, from 0 to {@code maxPoints}
 * @param maxPoints the item's maximum points; positive, and the same for every candidate
 * @param selectedOptionIds for a choice item, the options the candidate selected (empty when
 *     unanswered); empty for essay and numeric items, which have no options
 * @param answered whether the candidate gave any answer; false makes the response count as omitted
 */
public record ItemResponse(
        long itemId, BigDecimal awardedPoints, BigDecimal maxPoints, Set<Long> selectedOptionIds, boolean answered) {

    public ItemResponse {
        Objects.requireNonNull(awardedPoints, "awardedPoints");
        Objects.requireNonNull(maxPoints, "maxPoints");
        selectedOptionIds = Set.copyOf(Objects.requireNonNull(selectedOptionIds, "selectedOptionIds"));
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("Item " + itemId + " has maximum points " + maxPoints);
        }
        if (awardedPoints.signum() < 0 || awardedPoints.compareTo(maxPoints) > 0) {
            throw new IllegalArgumentException(
                    "Item " + itemId + " awards " + awardedPoints + " outside 0 to " + maxPoints);
        }
        if (!answered && !selectedOptionIds.isEmpty()) {
            throw new IllegalArgumentException("Item " + itemId + " has selected options but is not answered");
        }
    }

    /** A choice item's response: unanswered exactly when no option is selected. */
    public static ItemResponse choice(
            long itemId, BigDecimal awardedPoints, BigDecimal maxPoints, Set<Long> selectedOptionIds) {
        return new ItemResponse(itemId, awardedPoints, maxPoints, selectedOptionIds, !selectedOptionIds.isEmpty());
    }

    /**
     * An essay or numeric item's response, which has no options; whether it was answered must be
     * said, because a blank essay and a poor one may both score 0.
     */
    public static ItemResponse open(long itemId, BigDecimal awardedPoints, BigDecimal maxPoints, boolean answered) {
        return new ItemResponse(itemId, awardedPoints, maxPoints, Set.of(), answered);
    }
}
