package org.techbroker.certification.registry;

import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * What the registry needs to know about people, answered by the module that keeps accounts: the
 * names to print on a certificate.
 */
public interface HolderDirectory {

    /** The person's names in Chinese characters and Latin letters; empty for an unknown account. */
    Optional<HolderNames> names(AccountId person);
}
