package org.techbroker.certification.review.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * Agreement between the two independent marks given to each essay script. The rules:
 *
 * <ul>
 *   <li><b>Exact agreement</b> is the fraction of scripts whose two totals are identical; <b>adjacent
 *       agreement</b> the fraction whose totals differ by at most one point, exact agreement
 *       included.
 *   <li><b>Kappa</b> is Cohen's quadratic-weighted kappa with the points as ordered categories 0..M,
 *       M being the largest maximum among the pairs. Quadratic weights charge a two-point
 *       disagreement four times a one-point one, and make kappa equal to the intraclass correlation
 *       of the points up to a term that vanishes as scripts accumulate (Fleiss and Cohen, 1973).
 *       Categories that no mark uses do not change it, so the choice of M is harmless.
 *   <li><b>ICC</b> is ICC(1,1) of Shrout and Fleiss (1979), case 1: one-way random effects, a single
 *       rater, absolute agreement. One-way because each script is marked by its own pair of
 *       examiners drawn from the panel, not by the same two throughout, so examiner effects cannot be
 *       separated from error. It is computed over marks in percent of each pair's maximum, so that
 *       prompts with different maxima mix.
 *   <li><b>Mean percent</b> is the mean of the marks, each in percent of its maximum: of all marks
 *       for the sitting, of the examiner's own marks for an examiner.
 *   <li><b>Severity</b> of an examiner is the mean of own mark minus co-marker's mark, in percent of
 *       the maximum: negative for an examiner who marks harder than colleagues, positive for one
 *       more lenient. For an examiner's kappa and ICC the own mark is the first rater and the
 *       co-marker's the second.
 *   <li>A statistic that is undefined for the data (no pairs, a single script for ICC, marks that do
 *       not vary) is absent, never NaN, so that a report cannot print or sort a meaningless number.
 * </ul>
 *
 * <p>Inconsistent input (arrays of different lengths, a category out of range, ragged ratings) is a
 * programming error of the caller and raises {@link IllegalArgumentException}.
 */
public final class AgreementStatistics {

    /** A denominator this small relative to the ratings' spread is zero but for rounding. */
    private static final double RELATIVE_ZERO = 1e-12;

    private AgreementStatistics() {}

    /**
     * Quadratic-weighted Cohen's kappa of two raters on ordered categories 0..maxCategory: one
     * minus the observed over the chance-expected sum of squared category differences, chance being
     * the two raters' own category frequencies combined independently. Empty when there are no pairs
     * or the expected disagreement is zero (both raters always chose the same single category).
     */
    public static OptionalDouble quadraticWeightedKappa(int[] first, int[] second, int maxCategory) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("Unpaired ratings: " + first.length + " and " + second.length);
        }
        if (maxCategory < 0) {
            throw new IllegalArgumentException("Negative maximum category: " + maxCategory);
        }
        int categories = maxCategory + 1;
        long[][] table = new long[categories][categories];
        long[] firstCounts = new long[categories];
        long[] secondCounts = new long[categories];
        for (int i = 0; i < first.length; i++) {
            int a = category(first[i], maxCategory);
            int b = category(second[i], maxCategory);
            table[a][b]++;
            firstCounts[a]++;
            secondCounts[b]++;
        }
        // Both sums are scaled by n so that they stay whole numbers: n·Σ w·observed and Σ w·r·c.
        long observed = 0;
        long expected = 0;
        for (int a = 0; a < categories; a++) {
            for (int b = 0; b < categories; b++) {
                long weight = (long) (a - b) * (a - b);
                observed += weight * table[a][b];
                expected += weight * firstCounts[a] * secondCounts[b];
            }
        }
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (double) observed * first.length / expected);
    }

    private static int category(int value, int maxCategory) {
        if (value < 0 || value > maxCategory) {
            throw new IllegalArgumentException("Category " + value + " not within 0.." + maxCategory);
        }
        return value;
    }

    /**
     * ICC(1,1) of Shrout and Fleiss (1979), case 1: one-way random effects, single rater, absolute
     * agreement, (BMS − WMS) ÷ (BMS + (k − 1)·WMS). One-way because each script is marked by a
     * different pair of examiners. Ratings are {@code ratings[subject][rater]}; empty with fewer than
     * two subjects or raters, or when it is undefined because no rating differs from another.
     */
    public static OptionalDouble intraclassCorrelation(double[][] ratings) {
        return MeanSquares.of(ratings)
                .map(squares -> squares.ratio(
                        squares.between() - squares.within(),
                        squares.between() + (squares.raters() - 1) * squares.within()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * ICC(2,1), case 2: two-way random effects, single rater, absolute agreement, (BMS − EMS) ÷
     * (BMS + (k − 1)·EMS + k·(JMS − EMS) ÷ n). For the same raters rating every subject; the reports
     * do not use it.
     */
    public static OptionalDouble icc21(double[][] ratings) {
        return MeanSquares.of(ratings)
                .map(squares -> squares.ratio(
                        squares.between() - squares.error(),
                        squares.between()
                                + (squares.raters() - 1) * squares.error()
                                + squares.raters() * (squares.judges() - squares.error()) / squares.subjects()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * ICC(3,1), case 3: two-way mixed effects, single rater, consistency, (BMS − EMS) ÷ (BMS + (k −
     * 1)·EMS). For the same fixed raters rating every subject; the reports do not use it.
     */
    public static OptionalDouble icc31(double[][] ratings) {
        return MeanSquares.of(ratings)
                .map(squares -> squares.ratio(
                        squares.between() - squares.error(),
                        squares.between() + (squares.raters() - 1) * squares.error()))
                .orElse(OptionalDouble.empty());
    }

    /** The report for a sitting: overall and per examiner, by the rules of the class documentation. */
    public static AgreementReport report(List<MarkPair> pairs) {
        int maxCategory = pairs.stream().mapToInt(MarkPair::maxPoints).max().orElse(0);
        List<Marks> sitting = new ArrayList<>();
        Map<Long, List<Marks>> byExaminer = new TreeMap<>();
        for (MarkPair pair : pairs) {
            Marks marks = new Marks(pair.firstPoints(), pair.secondPoints(), pair.maxPoints());
            sitting.add(marks);
            byExaminer
                    .computeIfAbsent(pair.firstExaminer(), id -> new ArrayList<>())
                    .add(marks);
            byExaminer
                    .computeIfAbsent(pair.secondExaminer(), id -> new ArrayList<>())
                    .add(marks.reversed());
        }
        AgreementSummary summary = new AgreementSummary(
                sitting.size(),
                sitting.stream()
                        .flatMapToDouble(marks -> DoubleStream.of(marks.ownPercent(), marks.otherPercent()))
                        .average(),
                mean(sitting, Marks::exact),
                mean(sitting, Marks::adjacent),
                kappa(sitting, maxCategory),
                icc(sitting));
        List<ExaminerAgreement> examiners = new ArrayList<>();
        byExaminer.forEach((examiner, marks) -> examiners.add(new ExaminerAgreement(
                examiner,
                marks.size(),
                mean(marks, Marks::ownPercent),
                mean(marks, m -> m.ownPercent() - m.otherPercent()),
                mean(marks, Marks::exact),
                mean(marks, Marks::adjacent),
                kappa(marks, maxCategory),
                icc(marks))));
        return new AgreementReport(summary, examiners);
    }

    /** The two marks of a script seen from one side: the own (or first) mark and the other. */
    private record Marks(int own, int other, int maxPoints) {

        Marks reversed() {
            return new Marks(other, own, maxPoints);
        }

        double ownPercent() {
            return 100.0 * own / maxPoints;
        }

        double otherPercent() {
            return 100.0 * other / maxPoints;
        }

        /** 1 when the totals are identical, else 0, so that the mean is the fraction agreeing. */
        double exact() {
            return own == other ? 1 : 0;
        }

        /** 1 when the totals differ by at most one point, else 0. */
        double adjacent() {
            return Math.abs(own - other) <= 1 ? 1 : 0;
        }
    }

    private static OptionalDouble mean(List<Marks> marks, ToDoubleFunction<Marks> value) {
        return marks.stream().mapToDouble(value).average();
    }

    private static OptionalDouble kappa(List<Marks> marks, int maxCategory) {
        return quadraticWeightedKappa(
                marks.stream().mapToInt(Marks::own).toArray(),
                marks.stream().mapToInt(Marks::other).toArray(),
                maxCategory);
    }

    private static OptionalDouble icc(List<Marks> marks) {
        return intraclassCorrelation(marks.stream()
                .map(m -> new double[] {m.ownPercent(), m.otherPercent()})
                .toArray(double[][]::new));
    }

    /**
     * The mean squares of the subjects × raters analysis of variance (Shrout and Fleiss's BMS, WMS,
     * JMS and EMS), with n subjects and k raters.
     */
    private record MeanSquares(
            int subjects, int raters, double between, double within, double judges, double error, double total) {

        static Optional<MeanSquares> of(double[][] ratings) {
            int n = ratings.length;
            int k = n == 0 ? 0 : ratings[0].length;
            for (double[] row : ratings) {
                if (row.length != k) {
                    throw new IllegalArgumentException("Ragged ratings: rows of " + k + " and " + row.length);
                }
            }
            // Equal ratings would leave rounding noise for sums of squares that are zero; decided exactly.
            if (n < 2 || k < 2 || !varies(ratings)) {
                return Optional.empty();
            }
            double grand = 0;
            double[] subjectMeans = new double[n];
            double[] raterMeans = new double[k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    grand += ratings[i][j];
                    subjectMeans[i] += ratings[i][j] / k;
                    raterMeans[j] += ratings[i][j] / n;
                }
            }
            grand /= n * k;
            double subjectSquares = 0;
            double raterSquares = 0;
            double withinSquares = 0;
            double errorSquares = 0;
            for (int i = 0; i < n; i++) {
                subjectSquares += k * square(subjectMeans[i] - grand);
                for (int j = 0; j < k; j++) {
                    withinSquares += square(ratings[i][j] - subjectMeans[i]);
                    errorSquares += square(ratings[i][j] - subjectMeans[i] - raterMeans[j] + grand);
                }
            }
            for (int j = 0; j < k; j++) {
                raterSquares += n * square(raterMeans[j] - grand);
            }
            return Optional.of(new MeanSquares(
                    n,
                    k,
                    subjectSquares / (n - 1),
                    withinSquares / (n * (k - 1)),
                    raterSquares / (k - 1),
                    errorSquares / ((n - 1) * (k - 1)),
                    (subjectSquares + withinSquares) / (n * k - 1)));
        }

        /** The ratio, absent when the denominator is zero but for rounding. */
        OptionalDouble ratio(double numerator, double denominator) {
            if (denominator <= RELATIVE_ZERO * total) {
                return OptionalDouble.empty();
            }
            double value = numerator / denominator;
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        }

        private static boolean varies(double[][] ratings) {
            for (double[] row : ratings) {
                for (double rating : row) {
                    if (rating != ratings[0][0]) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static double square(double value) {
            return value * value;
        }
    }
}
