package org.techbroker.app.api;

import java.time.Instant;
import java.util.List;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.Role;

/** An account as administrators see it through the API; never its password hash. */
public record AccountRepresentation(
        String username,
        String email,
        String nameZh,
        String nameLatin,
        String organisation,
        List<Role> roles,
        boolean locked,
        Instant lockedOutUntil,
        Instant createdAt,
        Instant lastLoginAt,
        long version) {

    static AccountRepresentation of(Account account, Instant now) {
        return new AccountRepresentation(
                account.username(),
                account.email(),
                account.nameZh(),
                account.nameLatin(),
                account.organisation().orElse(null),
                account.roles().stream().sorted().toList(),
                account.isLocked(),
                account.isLockedOutAt(now) ? account.lockedUntil().orElse(null) : null,
                account.createdAt(),
                account.lastLoginAt().orElse(null),
                account.version());
    }
}
