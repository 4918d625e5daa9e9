package org.techbroker.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.apikey.DefaultApiKeyService;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.courses.shared.AccountId;

/**
 * The demo enterprise's API key, whose secret the README shows, so that the verification API can
 * be tried at once with curl. Demo data only (never on a production database); skipped when the
 * account already holds a key.
 */
@ApplicationScoped
public class DemoApiKey {

    static final String ENTERPRISE = "enterprise";

    /** Shown in the README; it opens nothing but the demo installation's verification API. */
    static final String SECRET = "tbk_demo-enterprise-verification-key-2026";

    @Inject
    DemoData demoData;

    @Inject
    AccountService accounts;

    @Inject
    DefaultApiKeyService keys;

    @Inject
    DemoTransaction demoTransaction;

    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(DemoData.PRIORITY + 400) DatabaseReady ready) {
        if (!demoData.isWanted()) {
            return;
        }
        demoTransaction.run("Demo API key", this::load);
    }

    private Optional<String> load() {
        Optional<AccountId> enterprise = accounts.findByUsername(ENTERPRISE).map(Account::id);
        if (enterprise.isEmpty()) {
            return Optional.of("Demo API key skipped: the enterprise account is missing");
        }
        if (!keys.keysOf(enterprise.get()).isEmpty()) {
            return Optional.empty();
        }
        keys.createWithSecret(enterprise.get(), "Demo", SECRET);
        return Optional.of("Demo API key of " + ENTERPRISE + " created");
    }
}
