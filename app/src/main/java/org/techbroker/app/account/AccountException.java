package org.techbroker.app.account;

import org.techbroker.courses.shared.DomainException;

/** A business failure about accounts; it names a message key, never English text. */
public class AccountException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccountException(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    public static AccountException notFound(String username) {
        return new AccountException(Kind.NOT_FOUND, "account.error.not_found", username);
    }
}
