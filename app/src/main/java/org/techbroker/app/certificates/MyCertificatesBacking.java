package org.techbroker.app.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.certification.verification.EnterpriseChecks;
import org.techbroker.certification.verification.Verifications;
import org.techbroker.courses.shared.AccountId;

/**
 * The signed-in person's certificates, newest first, for their page ({@code
 * certificates/index.xhtml}) and the dashboard's panel; each downloads from the API ({@code GET
 * /api/v1/me/certificates/{number}/pdf}), which serves the caller's own files only. The page also
 * lists, for each certificate, the enterprises that checked it (by API key, in bulk or signed in on
 * the verification page), and leads to the holder's CPD page and their own broker profile.
 */
@Named
@RequestScoped
public class MyCertificatesBacking {

    /** How many of a certificate's newest checks the page lists. */
    static final int CHECKS_SHOWN = 20;

    /**
     * Checks of a certificate by one enterprise within one window of the log: the enterprise by the
     * name it goes by, the first and last time (equal for a single check), how many, and the
     * channel's name.
     */
    public record Check(String enterprise, String firstCheckedAt, String lastCheckedAt, int count, String channel) {

        public boolean isSingle() {
            return count == 1;
        }
    }

    /** The newest checks of a certificate, and how many rows of checks it has in all. */
    public record Checks(List<Check> shown, long total) {

        public boolean isEmpty() {
            return shown.isEmpty();
        }

        public boolean isCut() {
            return total > shown.size();
        }
    }

    @Inject
    CertificateRegistry registry;

    @Inject
    Verifications verifications;

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    RegistrySettings settings;

    @Inject
    Formats formats;

    private List<CertificateFacts> certificates;
    private final Map<String, Checks> checks = new HashMap<>();
    private final Map<AccountId, String> enterpriseNames = new HashMap<>();

    public List<CertificateFacts> getCertificates() {
        if (certificates == null) {
            certificates = caller.accountId()
                    .map(holder -> registry.certificatesOf(holder).stream()
                            .map(c -> CertificateFacts.of(c, settings.today()))
                            .toList())
                    .orElse(List.of());
        }
        return certificates;
    }

    /** The enterprises' newest checks of one of the caller's certificates, newest first. */
    public Checks checksOf(String number) {
        return checks.computeIfAbsent(number, this::readChecks);
    }

    private Checks readChecks(String number) {
        Optional<AccountId> holder = caller.accountId();
        if (holder.isEmpty()) {
            return new Checks(List.of(), 0);
        }
        EnterpriseChecks found = verifications.checksOf(holder.get(), CertificateNumber.parse(number), 0, CHECKS_SHOWN);
        return new Checks(
                found.checks().stream()
                        .map(c -> new Check(
                                enterpriseNames.computeIfAbsent(c.enterprise(), this::nameOf),
                                formats.dateTime(c.firstCheckedAt()),
                                formats.dateTime(c.lastCheckedAt()),
                                c.count(),
                                c.channel().name()))
                        .toList(),
                found.total());
    }

    /** An enterprise goes by its organisation's name, else its person's Latin name (as in the API). */
    private String nameOf(AccountId enterprise) {
        return accounts.findById(enterprise)
                .map(a -> a.organisation().orElse(a.nameLatin()))
                .orElse("");
    }

    /** The caller's account id, which addresses their broker profile ({@code registry/broker.xhtml?broker=ID}). */
    public Long getOwnAccountId() {
        return caller.accountId().map(AccountId::value).orElse(null);
    }
}
