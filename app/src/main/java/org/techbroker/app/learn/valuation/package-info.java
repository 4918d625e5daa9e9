/**
 * The valuation workbench (技术评估练习) under {@code /learn/valuation}: one page per approach of the
 * valuation course, each with a calculator that shows the engine's working for the trainee's own
 * inputs and exercises that check the trainee's answer against the same engine. Inputs are kept as
 * the text typed and read by {@link org.techbroker.app.learn.valuation.NumberText}, so that every
 * mistake is reported beside its field in the page's language.
 */
package org.techbroker.app.learn.valuation;
