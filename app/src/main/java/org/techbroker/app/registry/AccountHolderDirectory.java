package org.techbroker.app.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.techbroker.app.account.AccountRepository;
import org.techbroker.certification.registry.HolderDirectory;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.shared.AccountId;

/** Answers the registry's questions about holders from the accounts: the names in both scripts. */
@ApplicationScoped
public class AccountHolderDirectory implements HolderDirectory {

    @Inject
    AccountRepository accounts;

    @Override
    public Optional<HolderNames> names(AccountId person) {
        return accounts.findById(person).map(account -> new HolderNames(account.nameZh(), account.nameLatin()));
    }
}
