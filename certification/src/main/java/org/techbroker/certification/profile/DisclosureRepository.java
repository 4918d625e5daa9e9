package org.techbroker.certification.profile;

import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/** Where disclosures are kept. */
public interface DisclosureRepository {

    void add(Disclosure disclosure);

    Optional<Disclosure> find(long id);

    /** The holder's disclosures, most recent first. */
    List<Disclosure> of(AccountId holder);
}
