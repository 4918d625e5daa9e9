package org.techbroker.app.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.techbroker.courses.shared.AccountId;

/**
 * Everything done to accounts, apart from signing in. Every change is written to the audit log
 * in the same transaction, naming the {@link Actor}. Business failures are {@link
 * AccountException}s with message keys; malformed details fail Bean Validation.
 */
public interface AccountService {

    /** A trainee registers themselves; the new account has the TRAINEE role. */
    Account register(
            @NotNull @Valid PersonalDetails details, @NotNull String password, Locale locale, @NotNull Actor actor);

    /** An administrator creates an account with the given roles and an initial password. */
    Account create(
            @NotNull @Valid PersonalDetails details,
            @NotNull String password,
            @NotNull Set<Role> roles,
            @NotNull Actor actor);

    Optional<Account> findByUsername(String username);

    /** The account of this id: how other modules, which know people only by id, name them. */
    Optional<Account> findById(@NotNull AccountId id);

    /** The account, or an {@link AccountException} of kind NOT_FOUND. */
    Account getByUsername(String username);

    /** The holder changes their own details; the username stays. */
    Account updateDetails(
            @NotNull String username,
            @NotNull @Valid PersonalDetails details,
            long expectedVersion,
            @NotNull Actor actor);

    /** The holder changes their password, proving they know the current one. */
    void changePassword(
            @NotNull String username,
            @NotNull String currentPassword,
            @NotNull String newPassword,
            @NotNull Actor actor);

    void changePreferredLocale(@NotNull String username, Locale locale);

    Account grantRole(@NotNull String username, @NotNull Role role, @NotNull Actor actor);

    Account revokeRole(@NotNull String username, @NotNull Role role, @NotNull Actor actor);

    /** Grants and revokes so that the account holds exactly these roles; each change is audited. */
    Account changeRoles(@NotNull String username, @NotNull Set<Role> roles, @NotNull Actor actor);

    Account lock(@NotNull String username, @NotNull Actor actor);

    Account unlock(@NotNull String username, @NotNull Actor actor);

    List<Account> search(@NotNull AccountSearch search);

    long count(@NotNull AccountSearch search);
}
