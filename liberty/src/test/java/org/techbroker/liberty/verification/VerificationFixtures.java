package org.techbroker.liberty.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.verification.VerificationLog;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.TestAccount;

/** Seeds what verification tests need: holders with certificates, enterprises, status changes. */
@ApplicationScoped
public class VerificationFixtures {

    @Inject
    AccountService accounts;

    @Inject
    CertificateRegistry registry;

    @Inject
    VerificationLog log;

    /** A certificate and its holder, who can sign in. */
    public record Issued(String number, TestAccount holder) {}

    /** A new trainee with a junior certificate of the service track, issued directly by a new administrator. */
    @Transactional
    public Issued certificate() {
        TestAccount holder = TestAccount.fresh("holder");
        AccountId holderId = accounts.create(
                        holder.details(), holder.password(), EnumSet.of(Role.TRAINEE), Actor.system())
                .id();
        Certificate certificate = registry.issue(
                holderId, QualificationLevel.JUNIOR, Set.of(Track.SERVICE), administrator(), "Carried over for a test");
        return new Issued(certificate.numberText(), holder);
    }

    /** A new enterprise account. */
    public TestAccount enterprise() {
        TestAccount enterprise = TestAccount.fresh("ent");
        accounts.create(enterprise.details(), enterprise.password(), EnumSet.of(Role.ENTERPRISE), Actor.system());
        return enterprise;
    }

    public void revoke(String number) {
        registry.revoke(CertificateNumber.parse(number), administrator(), "Revoked by a test", "Revoked.");
    }

    public void suspend(String number) {
        registry.suspend(CertificateNumber.parse(number), administrator(), "Suspended by a test", "Suspended.");
    }

    /** Writes the verification log's queue now rather than within the second. */
    public void flushLog() {
        while (log.flush() > 0) {
            // until the queue is empty
        }
    }

    private AccountId administrator() {
        TestAccount admin = TestAccount.fresh("vadm");
        return accounts.create(admin.details(), admin.password(), EnumSet.of(Role.ADMIN), Actor.system())
                .id();
    }
}
