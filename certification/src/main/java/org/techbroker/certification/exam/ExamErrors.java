package org.techbroker.certification.exam;

import org.techbroker.certification.CertificationException;
import org.techbroker.courses.shared.DomainException.Kind;

/** The exam failures, named once, so that each message key is written in one place. */
final class ExamErrors {

    private ExamErrors() {}

    /**
     * An id as a message argument. Ids are names, not quantities: a message says "attempt 1000001",
     * never "attempt 1,000,001" as a number argument would be formatted.
     */
    static String id(long id) {
        return Long.toString(id);
    }

    static CertificationException sittingNotFound(long id) {
        return new CertificationException(Kind.NOT_FOUND, "exam.error.sitting_not_found", id(id));
    }

    static CertificationException attemptNotFound(long id) {
        return new CertificationException(Kind.NOT_FOUND, "exam.error.attempt_not_found", id(id));
    }

    static CertificationException itemNotInAttempt(long itemId) {
        return new CertificationException(Kind.NOT_FOUND, "exam.error.item_not_in_attempt", id(itemId));
    }

    static CertificationException notRegistered(long sittingId) {
        return new CertificationException(Kind.CONFLICT, "exam.error.not_registered", id(sittingId));
    }
}
