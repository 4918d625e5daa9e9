package org.techbroker.app.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.courses.shared.AccountId;

/**
 * The person behind the current request, as the web layer sees them. Services receive an {@link
 * Actor} built here rather than looking at the request themselves. The client address is the
 * connection's, which Liberty's {@code remoteIp} setting corrects behind a trusted proxy.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private AccountId accountId;

    /** The signed-in person's account id, as other modules know people; looked up once per request. */
    public Optional<AccountId> accountId() {
        if (accountId == null) {
            accountId = username()
                    .flatMap(accounts::findByUsername)
                    .map(Account::id)
                    .orElse(null);
        }
        return Optional.ofNullable(accountId);
    }

    /** The account id; only for pages and endpoints that require a signed-in caller. */
    public AccountId requireAccountId() {
        return accountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public Optional<String> username() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    /** The signed-in username; only for pages and endpoints that require a signed-in caller. */
    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public boolean isInRole(String role) {
        return request.isUserInRole(role);
    }

    public String clientAddress() {
        return request.getRemoteAddr();
    }

    public Actor actor() {
        return new Actor(username().orElse(null), clientAddress());
    }
}
