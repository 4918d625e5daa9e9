package org.techbroker.app.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Says a Bean Validation failure in a given language and names the field it concerns. Services
 * validate with the server's default locale; the page or the API response re-interpolates the
 * message template in the reader's language here.
 */
public final class ViolationMessages {

    private ViolationMessages() {}

    public static String message(MessageInterpolator interpolator, ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("Cannot unwrap to " + type);
            }
        };
        return interpolator.interpolate(violation.getMessageTemplate(), context, locale);
    }

    /**
     * The property path without method and parameter nodes: "register.arg0.details.email" becomes
     * "details.email"; empty when the violation concerns a parameter as a whole.
     */
    public static String field(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .collect(Collectors.joining("."));
    }

    /** The last name of the field: "details.email" becomes "email", as form inputs are named. */
    public static String leafField(ConstraintViolation<?> violation) {
        String field = field(violation);
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
