package org.techbroker.app.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body of the API member by member. Read by hand rather than bound, so that
 * every way a body can be wrong (not an object, an unknown member, a missing one, a member of the
 * wrong type) comes back as a field error that names the member, in the caller's language, before
 * anything changes. Members absent or null read as null, unless required.
 */
final class JsonBody {

    static final String BODY = "body";

    private final String prefix;
    private final Problems problems;
    private final List<Problem.FieldError> errors;

    /** Null when what was sent is not an object: its members are then neither read nor reported. */
    private final JsonObject object;

    private JsonBody(JsonObject object, String prefix, Problems problems, List<Problem.FieldError> errors) {
        this.object = object;
        this.prefix = prefix;
        this.problems = problems;
        this.errors = errors;
    }

    /** The body, which must be an object of at most these members. */
    static JsonBody read(JsonStructure body, Problems problems, String... members) {
        return read(body, "", problems, new ArrayList<>(), members);
    }

    /** An object inside a body (an element of a list, say), whose errors join the body's. */
    JsonBody nested(JsonValue value, String field, String... members) {
        return read(value, field + ".", problems, errors, members);
    }

    private static JsonBody read(
            JsonValue body, String prefix, Problems problems, List<Problem.FieldError> errors, String... members) {
        if (!(body instanceof JsonObject object)) {
            String field = prefix.isEmpty() ? BODY : prefix.substring(0, prefix.length() - 1);
            errors.add(new Problem.FieldError(field, problems.message("api.problem.body.body_object")));
            return new JsonBody(null, prefix, problems, errors);
        }
        Set<String> known = Set.of(members);
        object.keySet().stream()
                .filter(member -> !known.contains(member))
                .sorted()
                .forEach(member -> errors.add(
                        new Problem.FieldError(prefix + member, problems.message("api.problem.body.unknown_member"))));
        return new JsonBody(object, prefix, problems, errors);
    }

    String text(String member, boolean required) {
        JsonValue value = value(member, required);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return error(member, "api.problem.body.text");
    }

    Long wholeNumber(String member, boolean required) {
        JsonValue value = value(member, required);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                return error(member, "api.problem.body.whole_number");
            }
        }
        return error(member, "api.problem.body.whole_number");
    }

    /** A whole number that fits an int; larger ones are refused like any other wrong value. */
    Integer integer(String member, boolean required) {
        Long value = wholeNumber(member, required);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return error(member, "api.problem.body.whole_number");
        }
        return value.intValue();
    }

    BigDecimal number(String member) {
        JsonValue value = value(member, false);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        return error(member, "api.problem.body.number");
    }

    boolean flag(String member) {
        JsonValue value = value(member, false);
        if (value == null || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        error(member, "api.problem.body.boolean");
        return false;
    }

    /** One of these constants, by name (any case). */
    @SafeVarargs
    final <E extends Enum<E>> E choice(String member, boolean required, E... allowed) {
        String text = text(member, required);
        if (text == null) {
            return null;
        }
        for (E constant : allowed) {
            if (constant.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        String names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "));
        return error(member, "api.problem.body.one_of", names);
    }

    /** The elements of a list member; empty when absent. */
    List<JsonValue> list(String member) {
        JsonValue value = value(member, false);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        error(member, "api.problem.body.list");
        return List.of();
    }

    String field(String member) {
        return prefix + member;
    }

    /** Adds an error of the body as a whole, or of a member; answers null for the caller to return. */
    <T> T error(String member, String key, Object... arguments) {
        String field = member == null ? BODY : prefix + member;
        errors.add(new Problem.FieldError(field, problems.message(key, arguments)));
        return null;
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    List<Problem.FieldError> errors() {
        return errors.stream()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** The 400 problem naming every member that is wrong. */
    Response invalid() {
        return problems.response(
                ProblemType.INVALID_REQUEST, problems.message("api.problem.invalid-request.detail"), errors());
    }

    private JsonValue value(String member, boolean required) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                error(member, "api.problem.body.member_required");
            }
            return null;
        }
        return value;
    }
}
