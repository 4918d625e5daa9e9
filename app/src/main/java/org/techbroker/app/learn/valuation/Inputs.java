package org.techbroker.app.learn.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a form's fields and collects what is wrong with them, every field at once, so that the page
 * can show each problem beside its field. A field that cannot be read yields null and a problem;
 * the engine is called only when there are none, and then it judges the values themselves.
 */
final class Inputs {

    static final String REQUIRED = "learn_valuation.error.required";
    static final String NOT_A_NUMBER = "learn_valuation.error.not_a_number";
    static final String NOT_A_PERCENTAGE = "learn_valuation.error.not_a_percentage";
    static final String NOT_A_WHOLE_NUMBER = "learn_valuation.error.not_a_whole_number";
    static final String TOO_LONG = "learn_valuation.error.too_long";

    /**
     * What is wrong with one field.
     *
     * @param field the field's id within its form ("riskFreeRate", "cashFlows:2:amount")
     * @param key the message key; its one argument is the field's label
     * @param label the label's key and arguments, to be said in the page's language
     */
    record Problem(String field, String key, Label label) {}

    /** A field's label: a message key with its arguments ("Cash flow of year {0}"). */
    record Label(String key, List<Object> arguments) {

        Label {
            arguments = List.copyOf(arguments);
        }

        static Label of(String key, Object... arguments) {
            return new Label(key, List.of(arguments));
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    /** A required number of any size and sign (an amount, a factor, a number of years). */
    BigDecimal number(String field, String text, Label label) {
        return read(field, text, label, NumberText::parse, NOT_A_NUMBER);
    }

    /** A required percentage, returned as a decimal rate: "12.5" → 0.125. */
    BigDecimal percent(String field, String text, Label label) {
        return read(field, text, label, NumberText::parsePercent, NOT_A_PERCENTAGE);
    }

    /** A required whole number. */
    Integer whole(String field, String text, Label label) {
        return read(field, text, label, NumberText::parseWhole, NOT_A_WHOLE_NUMBER);
    }

    /** A number that may be left empty (null then, and no problem). */
    BigDecimal optionalNumber(String field, String text, Label label) {
        return NumberText.isBlank(text) ? null : number(field, text, label);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private <T> T read(
            String field, String text, Label label, Function<String, Optional<T>> parser, String notUnderstood) {
        if (NumberText.isBlank(text)) {
            problems.add(new Problem(field, REQUIRED, label));
            return null;
        }
        if (NumberText.isTooLong(text)) {
            problems.add(new Problem(field, TOO_LONG, label));
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            problems.add(new Problem(field, notUnderstood, label));
            return null;
        }
        return value.get();
    }
}
