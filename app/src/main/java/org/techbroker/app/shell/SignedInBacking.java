package org.techbroker.app.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;

/** The signed-in person as the header and the dashboard greet them: by name, in the page's language. */
@Named
@RequestScoped
public class SignedInBacking {

    @Inject
    CurrentCaller caller;

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    private String displayName;

    public String getDisplayName() {
        if (displayName == null) {
            displayName = caller.username()
                    .flatMap(accounts::findByUsername)
                    .map(account -> localeSelection.isChinese() ? account.nameZh() : account.nameLatin())
                    .orElse("");
        }
        return displayName;
    }
}
