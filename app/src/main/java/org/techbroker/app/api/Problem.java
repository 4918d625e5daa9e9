package org.techbroker.app.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code errors} lists the
 * fields of a rejected request body, each with a localised message.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private String type;
    private String title;
    private int status;
    private String detail;
    private String instance;
    private List<FieldError> errors;

    public Problem() {}

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** One rejected field: where it is in the body, and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
