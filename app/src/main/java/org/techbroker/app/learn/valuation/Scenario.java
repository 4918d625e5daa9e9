package org.techbroker.app.learn.valuation;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One exercise: the givens (a form filled in by the scenario, numbers in code), the story and the
 * question (in the bundles, under {@code learn_valuation_<page>.scenario.<number>.story} and
 * {@code .question}), and which of the engine's figures answers it. The expected answer is never
 * stored: it is the engine's result for the givens, so exercises and calculator cannot disagree.
 *
 * @param number the scenario's number on its page, from 1
 * @param givens a fresh form holding the givens
 * @param answer the figure of the engine's result that the question asks for
 * @param <F> the page's form
 * @param <R> the engine's result for the page
 */
record Scenario<F, R>(int number, Supplier<F> givens, Function<R, BigDecimal> answer) {

    String storyKey(String page) {
        return "learn_valuation_" + page + ".scenario." + number + ".story";
    }

    String questionKey(String page) {
        return "learn_valuation_" + page + ".scenario." + number + ".question";
    }
}
