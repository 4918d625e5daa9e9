package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryChain;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.RegistryEventType;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamFixtures;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;
import org.techbroker.liberty.support.RegistryFixtures;
import org.techbroker.liberty.support.TestAccount;

/**
 * In the server, against the real database: a certificate is issued when a passed result is
 * released (once, and only for a pass); the status moves an administrator may and may not make;
 * and the history's hash chain, which notices an edited or deleted row.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainerWithRegistry(RegistryServiceIT.class);
    }

    @Inject
    ExamFixtures exams;

    @Inject
    RegistryFixtures fixtures;

    @Inject
    ExamAdministration administration;

    @Inject
    CertificateRegistry registry;

    @Test
    void aPassedResultIssuesACertificateAtItsReleaseAndOnlyOnce() {
        SeededExam exam = exams.exam(60, 0, 10, 60);
        TestAccount passing = fixtures.trainee("pass");
        TestAccount failing = fixtures.trainee("fail");
        AccountId passer = exams.accountOf(passing.username());
        AccountId failer = exams.accountOf(failing.username());
        fixtures.sit(passer, exam, true);
        fixtures.sit(failer, exam, false);

        assertThat(registry.certificatesOf(passer))
                .as("nothing before the release")
                .isEmpty();

        administration.releaseResults(exam.sittingId());
        administration.releaseResults(exam.sittingId());

        assertThat(registry.certificatesOf(failer)).isEmpty();
        List<Certificate> held = registry.certificatesOf(passer);
        assertThat(held).hasSize(1);
        Certificate certificate = held.get(0);
        assertThat(CertificateNumber.isValid(certificate.numberText())).isTrue();
        assertThat(certificate.level()).isEqualTo(ExamFixtures.LEVEL);
        assertThat(certificate.recordedStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.holderNames().zh()).isEqualTo(passing.nameZh());
        assertThat(certificate.holderNames().latin()).isEqualTo(passing.nameLatin());
        assertThat(certificate.expiresOn()).isEqualTo(certificate.issuedOn().plusYears(3));
        assertThat(certificate.attemptId()).isPresent();
        assertThat(certificate.pdfSha256()).isPresent();

        byte[] pdf = registry.document(passer, certificate.number());
        assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(RegistryChain.sha256(pdf)).isEqualTo(certificate.pdfSha256().orElseThrow());
        assertThat(registry.checkDocument(pdf).genuine()).isTrue();
        assertThatThrownBy(() -> registry.document(failer, certificate.number()))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("registry.error.certificate_not_found"));

        List<RegistryEvent> history = registry.history(certificate.number());
        assertThat(history).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(RegistryEventType.ISSUED);
            assertThat(event.toStatus()).isEqualTo(CertificateStatus.ACTIVE);
            assertThat(event.actor()).isEmpty();
        });
    }

    @Test
    void aPassWithdrawnByAnAppealsReMarkRevokesWhatWasIssuedFromIt() {
        SeededExam exam = exams.exam(60, 1, 10, 60);
        AccountId candidate = exams.accountOf(fixtures.trainee("appeal").username());
        long attemptId = fixtures.sit(candidate, exam, true);
        int essayMax = administration.attempts(exam.sittingId()).stream()
                .filter(a -> a.id() == attemptId)
                .findFirst()
                .orElseThrow()
                .essayMax();
        administration.recordEssayPoints(attemptId, BigDecimal.valueOf(essayMax));
        administration.releaseResults(exam.sittingId());
        Certificate first =
                registry.certificatesOf(candidate).stream().findFirst().orElseThrow();
        Certificate replacement = registry.reissue(first.number(), fixtures.administrator(), "Name corrected", null);

        administration.recordEssayPoints(attemptId, BigDecimal.ZERO);

        assertThat(registry.find(first.number()).orElseThrow().recordedStatus())
                .as("a superseded certificate stays superseded")
                .isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(registry.find(replacement.number()).orElseThrow().recordedStatus())
                .isEqualTo(CertificateStatus.REVOKED);
        RegistryEvent revocation = registry.history(replacement.number()).get(1);
        assertThat(revocation.type()).isEqualTo(RegistryEventType.REVOKED);
        assertThat(revocation.actor())
                .as("no administrator: the result decided")
                .isEmpty();
        assertThat(revocation.reason()).isEqualTo("registry.reason.result_withdrawn");
        assertThat(registry.checkChain().intact()).isTrue();

        administration.recordEssayPoints(attemptId, BigDecimal.valueOf(essayMax));
        List<Certificate> held = registry.certificatesOf(candidate);
        assertThat(held).as("a pass restored later is issued anew").hasSize(3);
        assertThat(held)
                .filteredOn(c -> c.recordedStatus() == CertificateStatus.ACTIVE)
                .singleElement()
                .satisfies(c -> assertThat(c.attemptId()).hasValue(attemptId));
    }

    @Test
    void administratorsMoveCertificatesOnlyAlongTheAllowedPaths() {
        AccountId admin = fixtures.administrator();
        Certificate issued = issueToSomeone();
        CertificateNumber number = issued.number();

        assertThat(registry.suspend(number, admin, "Complaint under investigation", "Under review")
                        .recordedStatus())
                .isEqualTo(CertificateStatus.SUSPENDED);
        assertRefused(() -> registry.suspend(number, admin, "again", null));
        assertRefused(() -> registry.reissue(number, admin, "name change", null));
        assertThat(registry.reinstate(number, admin, "Complaint dismissed", null)
                        .recordedStatus())
                .isEqualTo(CertificateStatus.ACTIVE);
        assertRefused(() -> registry.reinstate(number, admin, "not suspended", null));
        assertThat(registry.revoke(number, admin, "Fraud proven", "Revoked by the training centre")
                        .recordedStatus())
                .isEqualTo(CertificateStatus.REVOKED);
        assertRefused(() -> registry.reinstate(number, admin, "too late", null));
        assertRefused(() -> registry.suspend(number, admin, "too late", null));
        assertRefused(() -> registry.reissue(number, admin, "too late", null));

        assertThat(registry.history(number))
                .extracting(RegistryEvent::type)
                .containsExactly(
                        RegistryEventType.ISSUED,
                        RegistryEventType.SUSPENDED,
                        RegistryEventType.REINSTATED,
                        RegistryEventType.REVOKED);
        assertThat(registry.history(number).get(3).reason()).isEqualTo("Fraud proven");
        assertThat(registry.history(number).get(3).publicNote()).hasValue("Revoked by the training centre");
        assertThat(registry.history(number).get(3).actor()).hasValue(admin);
        assertThat(registry.checkChain().intact()).isTrue();
    }

    @Test
    void aReasonIsAlwaysRequired() {
        AccountId admin = fixtures.administrator();
        CertificateNumber number = issueToSomeone().number();

        assertThatThrownBy(() -> registry.revoke(number, admin, " ", null))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(registry.find(number).orElseThrow().recordedStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(registry.history(number)).hasSize(1);
    }

    @Test
    void aReissueSupersedesTheOldCertificateAndKeepsItsExpiry() {
        AccountId admin = fixtures.administrator();
        Certificate old = issueToSomeone();

        Certificate replacement = registry.reissue(old.number(), admin, "Name corrected", null);

        assertThat(replacement.numberText()).isNotEqualTo(old.numberText());
        assertThat(replacement.supersedesId()).hasValue(old.id());
        assertThat(replacement.expiresOn()).isEqualTo(old.expiresOn());
        assertThat(replacement.tracks()).isEqualTo(old.tracks());
        assertThat(registry.find(old.number()).orElseThrow().recordedStatus()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(registry.history(old.number())).last().satisfies(event -> assertThat(event.publicNote())
                .hasValue(replacement.numberText()));
    }

    @Test
    void theChainCheckFindsAnEditedEventAndADeletedOne() {
        AccountId admin = fixtures.administrator();
        Certificate certificate = issueToSomeone();
        registry.suspend(certificate.number(), admin, "Checking the chain", "Under review");
        registry.reinstate(certificate.number(), admin, "Chain checked", "Back in force");
        List<Number> sequences = fixtures.sequencesOf(certificate.numberText());
        long middle = sequences.get(1).longValue();
        long last = sequences.get(2).longValue();
        assertThat(registry.checkChain().intact()).isTrue();

        String original = fixtures.reasonOf(middle);
        fixtures.overwriteReason(middle, "Nothing happened");
        try {
            RegistryChain.ChainCheck edited = registry.checkChain();
            assertThat(edited.intact()).isFalse();
            assertThat(edited.brokenAt()).hasValue(middle);
            assertThat(edited.problemKey()).hasValue("registry.chain.event_altered");
        } finally {
            fixtures.overwriteReason(middle, original);
        }

        Object[] deletedMiddle = fixtures.deleteEvent(middle);
        try {
            RegistryChain.ChainCheck deleted = registry.checkChain();
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.brokenAt()).hasValue(middle);
            assertThat(deleted.problemKey()).hasValue("registry.chain.missing_event");
        } finally {
            fixtures.restoreEvent(deletedMiddle);
        }

        Object[] deletedLast = fixtures.deleteEvent(last);
        try {
            RegistryChain.ChainCheck deleted = registry.checkChain();
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.problemKey()).hasValue("registry.chain.head_mismatch");
        } finally {
            fixtures.restoreEvent(deletedLast);
        }

        assertThat(registry.checkChain().intact()).isTrue();
    }

    private Certificate issueToSomeone() {
        return fixtures.certify(exams.accountOf(fixtures.trainee("hold").username()));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                .isEqualTo("registry.error.transition_refused"));
    }
}
