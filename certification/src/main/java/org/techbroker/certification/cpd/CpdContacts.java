package org.techbroker.certification.cpd;

import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/** What CPD needs to know about people, answered by the module that keeps accounts: where to write to them. */
public interface CpdContacts {

    /** The person's e-mail address; empty for an unknown account or one without an address. */
    Optional<String> email(AccountId person);
}
