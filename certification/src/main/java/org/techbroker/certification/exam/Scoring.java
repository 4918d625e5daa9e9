package org.techbroker.certification.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The points an objective answer earns (docs/exam-item-format.md §6):
 *
 * <ul>
 *   <li>single choice, true/false, numeric: all or nothing; numeric answers are right within the
 *       item's tolerance, bounds included;
 *   <li>multiple choice: {@code points × max(0, r − w) / c} for r right and w wrong choices out of c
 *       keys, rounded half-up to two decimals: each wrong choice cancels a right one, so ticking
 *       every box earns nothing unless most options are keys.
 * </ul>
 */
public final class Scoring {

    private Scoring() {}

    /** The points for this answer (none: unanswered) to this version. Essays are not scored here. */
    public static BigDecimal points(ItemVersion version, AnswerInput answer) {
        if (!version.type().isObjective()) {
            throw new IllegalArgumentException("Essays are marked by examiners");
        }
        BigDecimal full = BigDecimal.valueOf(version.points()).setScale(2);
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        if (answer == null) {
            return none;
        }
        return switch (version.type()) {
            case NUMERIC ->
                answer instanceof AnswerInput.NumericValue number
                                && withinTolerance(
                                        number.value(),
                                        version.numericAnswer().orElseThrow(),
                                        version.numericTolerance())
                        ? full
                        : none;
            case SINGLE_CHOICE, TRUE_FALSE ->
                answer instanceof AnswerInput.Selected chosen
                                && chosen.optionIds().size() == 1
                                && version.option(chosen.optionIds().get(0))
                                        .map(ItemOption::isCorrect)
                                        .orElse(false)
                        ? full
                        : none;
            case MULTIPLE_CHOICE ->
                answer instanceof AnswerInput.Selected chosen
                        ? partialCredit(version.points(), keys(version), wrongOptions(version), chosen.optionIds())
                        : none;
            case ESSAY -> throw new IllegalArgumentException("Essays are marked by examiners");
        };
    }

    static boolean withinTolerance(BigDecimal value, BigDecimal key, BigDecimal tolerance) {
        return value.subtract(key).abs().compareTo(tolerance) <= 0;
    }

    static BigDecimal partialCredit(int points, Set<Long> keys, Set<Long> wrong, List<Long> chosen) {
        Set<Long> distinct = new HashSet<>(chosen);
        long right = distinct.stream().filter(keys::contains).count();
        long mistaken = distinct.stream().filter(wrong::contains).count();
        long net = Math.max(0, right - mistaken);
        return BigDecimal.valueOf(points * net).divide(BigDecimal.valueOf(keys.size()), 2, RoundingMode.HALF_UP);
    }

    private static Set<Long> keys(ItemVersion version) {
        Set<Long> keys = new HashSet<>();
        version.options().stream().filter(ItemOption::isCorrect).forEach(o -> keys.add(o.id()));
        return keys;
    }

    private static Set<Long> wrongOptions(ItemVersion version) {
        Set<Long> wrong = new HashSet<>();
        version.options().stream().filter(o -> !o.isCorrect()).forEach(o -> wrong.add(o.id()));
        return wrong;
    }
}
