package org.techbroker.app.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.techbroker.certification.verification.BulkCheck;

/**
 * Reads the body of a bulk check, {@code {"certificates": [{"number": "…", "holderName": "…"}, …]}},
 * by hand, so that every way it can be wrong comes back as a field error naming the member (as
 * {@code certificates[3].number}), with a bundle key for the caller's language. A number that is
 * not a certificate number is not an error of the body: its result says so.
 */
final class VerificationsBody {

    static final String CERTIFICATES = "certificates";
    static final String NUMBER = "number";
    static final String HOLDER_NAME = "holderName";

    /** Longer texts than this are refused rather than compared. */
    static final int TEXT_MAX = 200;

    private VerificationsBody() {}

    /** The entries, or the errors; never both. */
    record Parsed(List<BulkCheck.Entry> entries, List<Error> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** One error: the member, the bundle key, its arguments. */
    record Error(String field, String key, Object... arguments) {}

    static Parsed parse(JsonValue body, int max) {
        List<Error> errors = new ArrayList<>();
        if (!(body instanceof JsonObject object)) {
            return invalid(new Error("body", "api.problem.body.body_object"));
        }
        object.keySet().stream()
                .filter(member -> !CERTIFICATES.equals(member))
                .sorted()
                .forEach(member -> errors.add(new Error(member, "api.problem.body.unknown_member")));
        JsonValue list = object.get(CERTIFICATES);
        if (list == null || list.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new Error(CERTIFICATES, "api.problem.body.member_required"));
            return new Parsed(List.of(), errors);
        }
        if (!(list instanceof JsonArray array)) {
            errors.add(new Error(CERTIFICATES, "api.problem.body.list"));
            return new Parsed(List.of(), errors);
        }
        if (array.isEmpty() || array.size() > max) {
            errors.add(new Error(CERTIFICATES, "verification.error.count", max));
            return new Parsed(List.of(), errors);
        }
        List<BulkCheck.Entry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String prefix = CERTIFICATES + "[" + i + "].";
            if (!(array.get(i) instanceof JsonObject entry)) {
                errors.add(new Error(CERTIFICATES + "[" + i + "]", "api.problem.body.body_object"));
                continue;
            }
            entry.keySet().stream()
                    .filter(member -> !Set.of(NUMBER, HOLDER_NAME).contains(member))
                    .sorted()
                    .forEach(member -> errors.add(new Error(prefix + member, "api.problem.body.unknown_member")));
            String number = text(entry, NUMBER, true, prefix, errors);
            String holderName = text(entry, HOLDER_NAME, false, prefix, errors);
            entries.add(new BulkCheck.Entry(number, holderName));
        }
        return errors.isEmpty() ? new Parsed(List.copyOf(entries), List.of()) : new Parsed(List.of(), errors);
    }

    private static String text(JsonObject entry, String member, boolean required, String prefix, List<Error> errors) {
        JsonValue value = entry.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(new Error(prefix + member, "api.problem.body.member_required"));
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.add(new Error(prefix + member, "api.problem.body.text"));
            return null;
        }
        if (string.getString().length() > TEXT_MAX) {
            errors.add(new Error(prefix + member, "verification.error.text_too_long", TEXT_MAX));
            return null;
        }
        return string.getString();
    }

    private static Parsed invalid(Error error) {
        return new Parsed(List.of(), List.of(error));
    }
}
