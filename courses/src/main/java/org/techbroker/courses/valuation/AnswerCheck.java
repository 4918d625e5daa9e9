package org.techbroker.courses.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a trainee's numeric answer is right: it may differ from the expected figure by at most
 * the larger of a relative tolerance (a share of the expected figure) and an absolute one.
 *
 * <p>A tolerance is needed because a trainee works by hand with rounded discount factors or
 * four-decimal tables and so lands a little off the engine's exact result; the relative part
 * scales with the size of the answer, and the absolute part keeps small answers (near zero, where a
 * share of the answer would be nothing) from demanding exactness. The valuation exercises use
 * {@link #VALUATION}; a numeric practice item with a fixed tolerance is {@link #absolute}.
 *
 * @param relativeTolerance the accepted difference as a share of the expected figure's size (0.005
 *     is 0.5 %); not negative
 * @param absoluteTolerance the accepted difference in the answer's unit, whatever the size of the
 *     expected figure; not negative
 */
public record AnswerCheck(BigDecimal relativeTolerance, BigDecimal absoluteTolerance) {

    /**
     * The valuation exercises' rule: right when within 0.5 % of the engine's result or within 1
     * (one yuan), whichever is larger. 0.5 % accepts the rounding of hand working (a four-decimal
     * discount factor moves an answer by far less) but not a wrong method: a year too many, the
     * wrong timing convention or a nominal rate on real cash flows move it by several per cent.
     */
    public static final AnswerCheck VALUATION = new AnswerCheck(new BigDecimal("0.005"), BigDecimal.ONE);

    public AnswerCheck {
        Objects.requireNonNull(relativeTolerance, "relativeTolerance");
        Objects.requireNonNull(absoluteTolerance, "absoluteTolerance");
        if (relativeTolerance.signum() < 0 || absoluteTolerance.signum() < 0) {
            throw new IllegalArgumentException("A tolerance cannot be negative");
        }
    }

    /** A fixed tolerance in the answer's unit, as a numeric practice item states it. */
    public static AnswerCheck absolute(BigDecimal tolerance) {
        return new AnswerCheck(BigDecimal.ZERO, tolerance);
    }

    /** How far an answer may be from this expected figure and still count as right. */
    public BigDecimal toleranceFor(BigDecimal expected) {
        Objects.requireNonNull(expected, "expected");
        return expected.abs().multiply(relativeTolerance).max(absoluteTolerance);
    }

    /** Compares the answer with the expected figure; a difference equal to the tolerance is right. */
    public Verdict check(BigDecimal answer, BigDecimal expected) {
        Objects.requireNonNull(answer, "answer");
        BigDecimal tolerance = toleranceFor(expected);
        BigDecimal difference = answer.subtract(expected).abs();
        return new Verdict(answer, expected, difference, tolerance, difference.compareTo(tolerance) <= 0);
    }

    /** Whether the answer is right. */
    public boolean accepts(BigDecimal answer, BigDecimal expected) {
        return check(answer, expected).correct();
    }

    /**
     * The outcome of one check, with what a page needs to explain it.
     *
     * @param answer the trainee's answer
     * @param expected the expected figure
     * @param difference the distance between them, never negative
     * @param tolerance the distance allowed for this expected figure
     * @param correct whether the difference is within the tolerance
     */
    public record Verdict(
            BigDecimal answer, BigDecimal expected, BigDecimal difference, BigDecimal tolerance, boolean correct) {}
}
