package org.techbroker.certification;

import org.techbroker.courses.shared.DomainException;

/** A business failure raised by the certification module; it names a message key, never English text. */
public class CertificationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CertificationException(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
