package org.techbroker.app.account;

import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(AccountId id);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    void add(Account account);

    /** Every account holding the role, locked ones included, in id order. */
    List<Account> withRole(Role role);

    /** Accounts whose username, email or either name contains the text, in username order. */
    List<Account> search(AccountSearch search);

    long count(AccountSearch search);
}
