package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.courses.shared.AccountId;

/**
 * Names people by username for the review API, which receives them from the review services as
 * account ids: an id is a database key that says nothing to a reader and should not leave the
 * server. Each account is looked up once per request, since a list names the same examiners
 * again and again.
 */
@RequestScoped
public class Usernames implements Function<AccountId, String> {

    @Inject
    AccountService accounts;

    private final Map<AccountId, Optional<String>> known = new HashMap<>();

    /** The username, or null for an account that no longer exists. */
    @Override
    public String apply(AccountId account) {
        return known.computeIfAbsent(account, id -> accounts.findById(id).map(Account::username))
                .orElse(null);
    }
}
