package org.techbroker.app.admin.registry;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * What the registry pages share: naming the people of the history and of requests, saying the
 * registry's failures with its statuses in the page's language, and keeping messages across the
 * redirect that follows every change.
 */
final class RegistryPages {

    /** Reasons the registry records by key (an expiry, an issue on a pass) start with this. */
    private static final String REASON_KEY_PREFIX = "registry.reason.";

    private RegistryPages() {}

    /** "王伟 / Wang Wei (wangwei)", or the system's name when nobody acted. */
    static String person(AccountService accounts, Optional<AccountId> id) {
        if (id.isEmpty()) {
            return FacesMessages.text("admin_registry.actor.system");
        }
        return accounts.findById(id.get())
                .map(RegistryPages::named)
                .orElseGet(() -> FacesMessages.text(
                        "admin_registry.actor.unknown", id.get().value()));
    }

    static String named(Account account) {
        return account.nameZh() + " / " + account.nameLatin() + " (" + account.username() + ")";
    }

    /** A reason as an administrator typed it, or, for the registry's own, in the page's language. */
    static String reason(String reason) {
        if (reason != null && reason.startsWith(REASON_KEY_PREFIX) && !reason.contains(" ")) {
            return FacesMessages.text(reason);
        }
        return reason;
    }

    /** The failure for the whole page, with any status or other enum among its arguments labelled. */
    static void failure(DomainException failure) {
        Object[] arguments = Arrays.stream(failure.arguments())
                .map(argument -> argument instanceof Enum<?> value
                        ? FacesMessages.text(value.getDeclaringClass().getSimpleName() + "." + value.name())
                        : argument)
                .toArray();
        FacesMessages.error(null, failure.messageKey(), arguments);
    }

    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
