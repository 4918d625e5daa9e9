package org.techbroker.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdCategory;
import org.techbroker.certification.cpd.CpdEntry;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.cpd.CpdSource;
import org.techbroker.certification.cpd.HolderStanding;
import org.techbroker.courses.shared.AccountId;

/**
 * Demo CPD for the demo trainee's certificate, so that the holder's page and the review page have
 * something to show: an approved talk (6 credits) and a logged article waiting for the
 * administrator. Skipped when the trainee has logged anything already (a restart changes nothing).
 */
@ApplicationScoped
public class DemoCpd {

    /** A one-page PDF saying what it is, as the evidence of the demo entries. */
    static final byte[] EVIDENCE = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                    + "/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n"
                    + "4 0 obj<</Length 58>>stream\nBT /F1 18 Tf 72 760 Td (Demo evidence of attendance) Tj ET\n"
                    + "endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    DemoData demoData;

    @Inject
    AccountService accounts;

    @Inject
    CpdService cpd;

    @Inject
    DemoTransaction demoTransaction;

    /** After the demo registry, in one transaction; a failure leaves nothing half made. */
    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(DemoData.PRIORITY + 400) DatabaseReady ready) {
        if (!demoData.isWanted()) {
            return;
        }
        demoTransaction.run("Demo CPD", this::load);
    }

    private Optional<String> load() {
        Optional<AccountId> trainee = id(DemoData.TRAINEE);
        Optional<AccountId> admin = id(DemoData.ADMIN);
        if (trainee.isEmpty() || admin.isEmpty()) {
            return Optional.of("Demo CPD skipped: a demo account is missing");
        }
        if (cpd.activities(trainee.get()).stream().anyMatch(a -> a.source() == CpdSource.HOLDER)) {
            return Optional.empty();
        }
        Optional<HolderStanding> standing = cpd.standing(trainee.get());
        if (standing.isEmpty()) {
            return Optional.of("Demo CPD skipped: the trainee holds no current certificate");
        }
        var day = standing.get().cycle().start();
        CpdActivity talk = cpd.log(
                trainee.get(),
                new CpdEntry(
                        CpdCategory.SPEAKING,
                        "技术转移论坛演讲（演示） / Talk at a technology transfer forum (demo)",
                        day,
                        new BigDecimal("2")),
                "forum-programme.pdf",
                new ByteArrayInputStream(EVIDENCE));
        cpd.approve(talk.id(), admin.get());
        cpd.log(
                trainee.get(),
                new CpdEntry(
                        CpdCategory.PUBLICATION,
                        "许可协议中的里程碑付款（演示） / Milestone payments in licence agreements (demo)",
                        day,
                        BigDecimal.ONE),
                "article.pdf",
                new ByteArrayInputStream(EVIDENCE));
        return Optional.of("Demo CPD: one approved talk and one article waiting for review");
    }

    private Optional<AccountId> id(String username) {
        return accounts.findByUsername(username).map(Account::id);
    }
}
