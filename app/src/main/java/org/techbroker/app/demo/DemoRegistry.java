package org.techbroker.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The demo registry, so that a verifier and an administrator have something to look at: the demo
 * trainee's junior certificate (issued when the essay-review demo released its results, or
 * carried over here when that result was not a pass), an intermediate certificate of {@code
 * candidate3} that is suspended, and a junior one of {@code candidate4} that is revoked. Skipped
 * when {@code candidate3} already holds a certificate (a restart changes nothing).
 */
@ApplicationScoped
public class DemoRegistry {

    static final String SUSPENDED_HOLDER = "candidate3";
    static final String REVOKED_HOLDER = "candidate4";

    private static final String CARRIED_OVER = "从纸质登记册转入（演示） / Carried over from the paper register (demo)";

    @Inject
    DemoData demoData;

    @Inject
    AccountService accounts;

    @Inject
    CertificateRegistry registry;

    @Inject
    DemoTransaction demoTransaction;

    /** One transaction, after the essay-review demo; a failure leaves nothing half made and never stops the server. */
    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(DemoData.PRIORITY + 300) DatabaseReady ready) {
        if (!demoData.isWanted()) {
            return;
        }
        demoTransaction.run("Demo registry", this::load);
    }

    private Optional<String> load() {
        Optional<AccountId> trainee = id(DemoData.TRAINEE);
        Optional<AccountId> suspended = id(SUSPENDED_HOLDER);
        Optional<AccountId> revoked = id(REVOKED_HOLDER);
        Optional<AccountId> admin = id(DemoData.ADMIN);
        if (trainee.isEmpty() || suspended.isEmpty() || revoked.isEmpty() || admin.isEmpty()) {
            return Optional.of("Demo registry skipped: a demo account is missing");
        }
        if (!registry.certificatesOf(suspended.get()).isEmpty()) {
            return Optional.empty();
        }
        if (registry.certificatesOf(trainee.get()).isEmpty()) {
            registry.issue(
                    trainee.get(), QualificationLevel.JUNIOR, EnumSet.of(Track.SERVICE), admin.get(), CARRIED_OVER);
        }
        Certificate toSuspend = registry.issue(
                suspended.get(),
                QualificationLevel.INTERMEDIATE,
                EnumSet.of(Track.SERVICE, Track.MANAGEMENT),
                admin.get(),
                CARRIED_OVER);
        registry.suspend(
                toSuspend.number(),
                admin.get(),
                "客户投诉调查中（演示） / Client complaint under investigation (demo)",
                "暂停，待复核 / Suspended pending review");
        Certificate toRevoke = registry.issue(
                revoked.get(), QualificationLevel.JUNIOR, EnumSet.of(Track.SERVICE), admin.get(), CARRIED_OVER);
        registry.revoke(
                toRevoke.number(),
                admin.get(),
                "申请材料不实（演示） / False statements in the application (demo)",
                "由培训中心撤销 / Revoked by the training centre");
        String traineeNumber = registry.certificatesOf(trainee.get()).get(0).numberText();
        return Optional.of("Demo registry: trainee holds " + traineeNumber + ", " + toSuspend.numberText()
                + " suspended, " + toRevoke.numberText() + " revoked");
    }

    private Optional<AccountId> id(String username) {
        return accounts.findByUsername(username).map(Account::id);
    }
}
