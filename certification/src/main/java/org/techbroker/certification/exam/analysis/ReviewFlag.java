package org.techbroker.certification.exam.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A reason for an examiner to look at an item before results are released. The thresholds are the
 * usual rules of thumb of classical item analysis; with few candidates every statistic is noisy, so
 * a flag asks for a look, never for a verdict.
 */
public enum ReviewFlag {
    /** Fewer than {@link #HARD_BELOW} of the points were scored: too hard, or mis-keyed. */
    HARD,
    /** More than {@link #EASY_ABOVE} of the points were scored: it tells candidates apart hardly at all. */
    EASY,
    /** Discrimination from 0 up to (excluding) {@link #DISCRIMINATION_BELOW}: it barely follows the rest of the exam. */
    LOW_DISCRIMINATION,
    /** Discrimination below 0: stronger candidates did worse on it than weaker ones; often a wrong key. */
    NEGATIVE_DISCRIMINATION,
    /**
     * A distractor drew candidates whose mean total is higher than that of every key's choosers: a
     * wrong key, or a defensible second answer.
     */
    DISTRACTOR_OUTSCORES_KEY;

    public static final double HARD_BELOW = 0.2;
    public static final double EASY_ABOVE = 0.95;
    public static final double DISCRIMINATION_BELOW = 0.2;

    /** The flags the item's statistics raise, in declaration order. */
    public static Set<ReviewFlag> of(ItemStatistics item) {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (item.facility() < HARD_BELOW) {
            flags.add(HARD);
        }
        if (item.facility() > EASY_ABOVE) {
            flags.add(EASY);
        }
        OptionalDouble discrimination = item.discrimination();
        if (discrimination.isPresent()) {
            double r = discrimination.getAsDouble();
            if (r < 0) {
                flags.add(NEGATIVE_DISCRIMINATION);
            } else if (r < DISCRIMINATION_BELOW) {
                flags.add(LOW_DISCRIMINATION);
            }
        }
        if (distractorOutscoresKey(item.options())) {
            flags.add(DISTRACTOR_OUTSCORES_KEY);
        }
        return flags;
    }

    private static boolean distractorOutscoresKey(List<OptionStatistics> options) {
        double bestKey = Double.NEGATIVE_INFINITY;
        double bestDistractor = Double.NEGATIVE_INFINITY;
        for (OptionStatistics option : options) {
            if (option.meanTotalOfChoosers().isEmpty()) {
                continue;
            }
            double mean = option.meanTotalOfChoosers().getAsDouble();
            if (option.key()) {
                bestKey = Math.max(bestKey, mean);
            } else {
                bestDistractor = Math.max(bestDistractor, mean);
            }
        }
        // A key that nobody chose counts as lower than any distractor that somebody chose.
        return bestDistractor > bestKey;
    }
}
