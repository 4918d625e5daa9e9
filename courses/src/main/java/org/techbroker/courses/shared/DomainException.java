package org.techbroker.courses.shared;

import java.util.List;
import java.util.Objects;

/**
 * The root of every business failure in Techbroker. It carries a message key and its arguments,
 * never English text, so that each boundary (a Faces page, a REST problem body) can say it in the
 * reader's language; and a {@link Kind} so that each boundary can pick the right response without
 * knowing every subclass.
 *
 * <p>Each module has its own unchecked subclass ({@code CoursesException}, {@code
 * CertificationException}, {@code AccountException}); this shared root lives in the lowest module
 * so that the web layer can map all of them in one place.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is, independent of the module that raised it. */
    public enum Kind {
        /** The input breaks a business rule; the caller can correct it. */
        INVALID,
        /** The thing asked for does not exist, or the caller may not know that it exists. */
        NOT_FOUND,
        /** The request clashes with the current state (a duplicate, a stale version, a closed window). */
        CONFLICT,
        /** The caller is known but not allowed to do this. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.of(arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The key in the {@code messages} bundles that describes this failure to a person. */
    public String messageKey() {
        return messageKey;
    }

    /** The values for the placeholders ({@code {0}}, {@code {1}}, …) of the message. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
