package org.techbroker.app.cpd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.certification.cpd.CpdContacts;
import org.techbroker.courses.shared.AccountId;

/** Answers CPD's question about people from the accounts: the address reminders go to. */
@ApplicationScoped
public class AccountCpdContacts implements CpdContacts {

    @Inject
    AccountService accounts;

    @Override
    public Optional<String> email(AccountId person) {
        return accounts.findById(person).map(Account::email).filter(e -> e != null && !e.isBlank());
    }
}
