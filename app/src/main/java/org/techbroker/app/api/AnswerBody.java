package org.techbroker.app.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.techbroker.certification.exam.AnswerInput;

/**
 * Reads the body of an answer save: exactly one of {@code selected} (option ids), {@code value} (a
 * number) and {@code text} (an essay). Read by hand rather than bound, so that every way a body
 * can be wrong (no member, two, an unknown one, a member of the wrong type, an essay too long)
 * comes back as a field error that names the member, before anything is saved.
 */
final class AnswerBody {

    static final String SELECTED = "selected";
    static final String VALUE = "value";
    static final String TEXT = "text";
    static final String BODY = "body";

    private static final Set<String> MEMBERS = Set.of(SELECTED, VALUE, TEXT);

    /** Either the answer, or what is wrong with the body. */
    record Reading(AnswerInput answer, String member, List<Problem.FieldError> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    private AnswerBody() {}

    static Reading read(JsonStructure body, Problems problems) {
        if (!(body instanceof JsonObject object)) {
            return invalid(BODY, problems.message("api.exam.answer.object"));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String member : object.keySet()) {
            if (!MEMBERS.contains(member)) {
                errors.add(new Problem.FieldError(member, problems.message("api.exam.answer.unknown_member")));
            }
        }
        List<String> given =
                MEMBERS.stream().filter(object::containsKey).sorted().toList();
        if (given.size() != 1) {
            errors.add(new Problem.FieldError(BODY, problems.message("api.exam.answer.one_member")));
        }
        if (!errors.isEmpty()) {
            return new Reading(null, null, sorted(errors));
        }
        String member = given.get(0);
        JsonValue value = object.get(member);
        return switch (member) {
            case SELECTED -> selected(value, problems);
            case VALUE -> number(value, problems);
            default -> text(value, problems);
        };
    }

    private static Reading selected(JsonValue value, Problems problems) {
        if (!(value instanceof JsonArray array)) {
            return invalid(SELECTED, problems.message("api.exam.answer.selected_ids"));
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue element : array) {
            if (!(element instanceof JsonNumber number) || !number.isIntegral()) {
                return invalid(SELECTED, problems.message("api.exam.answer.selected_ids"));
            }
            try {
                ids.add(number.longValueExact());
            } catch (ArithmeticException e) {
                return invalid(SELECTED, problems.message("api.exam.answer.selected_ids"));
            }
        }
        return new Reading(new AnswerInput.Selected(ids), SELECTED, List.of());
    }

    private static Reading number(JsonValue value, Problems problems) {
        if (!(value instanceof JsonNumber number)) {
            return invalid(VALUE, problems.message("api.exam.answer.value_number"));
        }
        BigDecimal decimal = number.bigDecimalValue();
        return new Reading(new AnswerInput.NumericValue(decimal), VALUE, List.of());
    }

    private static Reading text(JsonValue value, Problems problems) {
        if (!(value instanceof JsonString string)) {
            return invalid(TEXT, problems.message("api.exam.answer.text_string"));
        }
        String text = string.getString();
        if (text.codePointCount(0, text.length()) > AnswerInput.EssayText.MAX_LENGTH) {
            return invalid(TEXT, problems.message("exam.error.answer_text_too_long", AnswerInput.EssayText.MAX_LENGTH));
        }
        return new Reading(new AnswerInput.EssayText(text), TEXT, List.of());
    }

    private static Reading invalid(String field, String message) {
        return new Reading(null, null, List.of(new Problem.FieldError(field, message)));
    }

    private static List<Problem.FieldError> sorted(List<Problem.FieldError> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }
}
