package org.techbroker.liberty.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/** Seeds what CPD tests need: holders of a fresh junior certificate, and administrators. */
@ApplicationScoped
@Transactional
public class CpdFixtures {

    @Inject
    AccountService accounts;

    @Inject
    CertificateRegistry registry;

    /** A new trainee with an account, and so names to print on a certificate. */
    public TestAccount trainee(String purpose) {
        TestAccount trainee = TestAccount.fresh(purpose);
        accounts.create(trainee.details(), trainee.password(), EnumSet.of(Role.TRAINEE), Actor.system());
        return trainee;
    }

    /** A new administrator's account id. */
    public AccountId administrator() {
        TestAccount admin = TestAccount.fresh("cadm");
        accounts.create(admin.details(), admin.password(), EnumSet.of(Role.ADMIN), Actor.system());
        return accountOf(admin.username());
    }

    public AccountId accountOf(String username) {
        return accounts.findByUsername(username).map(Account::id).orElseThrow();
    }

    /** Issues the person a junior certificate today, as an administrator's direct issuance. */
    public Certificate certify(AccountId holder) {
        return registry.issue(
                holder,
                QualificationLevel.JUNIOR,
                EnumSet.of(Track.SERVICE),
                administrator(),
                "Carried over from the paper register for a CPD test");
    }
}
