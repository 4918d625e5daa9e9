package org.techbroker.liberty.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdCategory;
import org.techbroker.certification.cpd.CpdEntry;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.cpd.CpdSource;
import org.techbroker.certification.cpd.CpdState;
import org.techbroker.certification.cpd.HolderStanding;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.RegistryFixtures;
import org.techbroker.liberty.support.SeededCourse;

/**
 * In the server, against the real database: a completed Techbroker course is credited on its own;
 * external entries are approved or rejected, an audited one only once it has evidence; bad input
 * changes nothing; renewal is refused below the cycle's credits and, at 40, issues a new
 * certificate that supersedes the old one.
 */
@ExtendWith(ArquillianExtension.class)
class CpdServiceIT {

    private static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainerWithRegistry(CpdServiceIT.class);
    }

    @Inject
    RegistryFixtures fixtures;

    @Inject
    CourseFixtures courses;

    @Inject
    EnrolmentService enrolment;

    @Inject
    CpdService cpd;

    @Inject
    CertificateRegistry registry;

    private AccountId holder(String purpose) {
        return fixtures.accountOf(fixtures.trainee(purpose).username());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private CpdActivity log(AccountId holder, CpdCategory category, String quantity) {
        return cpd.log(holder, new CpdEntry(category, category + " activity", today(), new BigDecimal(quantity)));
    }

    private CpdActivity withEvidence(AccountId holder, CpdActivity activity) {
        return cpd.attachEvidence(holder, activity.id(), "proof.pdf", new ByteArrayInputStream(PDF));
    }

    @Test
    void aCompletedCourseIsCreditedOnItsOwn() {
        AccountId holder = holder("cpdc");
        Certificate certificate = fixtures.certify(holder);
        SeededCourse course = courses.lessonOnlyCourse(EnumSet.of(QualificationLevel.JUNIOR));
        enrolment.enrol(holder, new CourseCode(course.code()));
        enrolment.markLessonDone(holder, course.allLessonIds().get(0));

        assertThat(cpd.activities(holder)).singleElement().satisfies(activity -> {
            assertThat(activity.category()).isEqualTo(CpdCategory.COURSE);
            assertThat(activity.source()).isEqualTo(CpdSource.TECHBROKER_COURSE);
            assertThat(activity.state()).isEqualTo(CpdState.APPROVED);
            assertThat(activity.courseCode()).contains(course.code());
            assertThat(activity.credits()).isEqualByComparingTo(BigDecimal.valueOf(course.creditHours()));
            assertThat(activity.certificateId()).contains(certificate.id());
        });
        HolderStanding standing = cpd.standing(holder).orElseThrow();
        assertThat(standing.standing().total()).isEqualByComparingTo(BigDecimal.valueOf(course.creditHours()));
        assertThat(standing.renewable()).isFalse();
    }

    @Test
    void aCourseCompletedWithoutACertificateIsKeptAgainstThePerson() {
        AccountId person = holder("cpdn");
        SeededCourse course = courses.lessonOnlyCourse(EnumSet.of(QualificationLevel.JUNIOR));
        enrolment.enrol(person, new CourseCode(course.code()));
        enrolment.markLessonDone(person, course.allLessonIds().get(0));

        assertThat(cpd.activities(person)).singleElement().satisfies(activity -> assertThat(activity.certificateId())
                .isEmpty());
        assertThat(cpd.standing(person)).isEmpty();
    }

    @Test
    void administratorsApproveAndRejectExternalEntries() {
        AccountId holder = holder("cpde");
        fixtures.certify(holder);
        AccountId admin = fixtures.administrator();

        CpdActivity talk = withEvidence(holder, log(holder, CpdCategory.SPEAKING, "2"));
        assertThat(talk.state()).isEqualTo(CpdState.PENDING);
        assertThat(talk.credits()).isEqualByComparingTo("6");
        assertThat(cpd.inState(CpdState.PENDING)).extracting(CpdActivity::id).contains(talk.id());

        CpdActivity rejected = log(holder, CpdCategory.PUBLICATION, "1");
        cpd.approve(talk.id(), admin);
        cpd.reject(rejected.id(), admin, "Not peer-reviewed");

        assertThat(cpd.activities(holder))
                .extracting(CpdActivity::state)
                .containsExactlyInAnyOrder(CpdState.APPROVED, CpdState.REJECTED);
        assertThat(cpd.activities(holder).stream()
                        .filter(a -> a.id().equals(rejected.id()))
                        .findFirst()
                        .orElseThrow()
                        .rejectReason())
                .contains("Not peer-reviewed");
        assertThat(cpd.standing(holder).orElseThrow().standing().total()).isEqualByComparingTo("6");
        assertThatThrownBy(() -> cpd.approve(rejected.id(), admin))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.already_decided");
        assertThatThrownBy(() -> cpd.reject(talk.id(), admin, " "))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.reason_missing");
    }

    @Test
    void twoAdministratorsDecidingOneEntryAtOnceMakeOneDecisionAndOneConflict() throws Exception {
        AccountId holder = holder("cpdr");
        fixtures.certify(holder);
        AccountId first = fixtures.administrator();
        AccountId second = fixtures.administrator();
        // The server's own threads, which carry the application's context (transactions, JPA).
        ExecutorService both =
                (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        for (int round = 0; round < 5; round++) {
            long id =
                    withEvidence(holder, log(holder, CpdCategory.SPEAKING, "1")).id();
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Throwable> approving = both.submit(() -> decide(together, () -> cpd.approve(id, first)));
            Future<Throwable> rejecting =
                    both.submit(() -> decide(together, () -> cpd.reject(id, second, "Not relevant")));

            List<Throwable> failures = new ArrayList<>();
            for (Future<Throwable> decision : List.of(approving, rejecting)) {
                Throwable failure = decision.get(60, TimeUnit.SECONDS);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).as("round " + round).singleElement().satisfies(failure -> assertThat(failure)
                    .isInstanceOf(CertificationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "cpd.error.already_decided"));
            CpdState decided = cpd.activities(holder).stream()
                    .filter(a -> a.id() == id)
                    .findFirst()
                    .orElseThrow()
                    .state();
            assertThat(decided).isIn(CpdState.APPROVED, CpdState.REJECTED);
        }
    }

    /** Runs the decision once both threads are ready; answers its failure, or null. */
    private static Throwable decide(CyclicBarrier together, Runnable decision) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            decision.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void anAuditedEntryIsApprovedOnlyWithEvidence() {
        AccountId holder = holder("cpda");
        fixtures.certify(holder);
        AccountId admin = fixtures.administrator();
        CpdActivity audited = null;
        // One entry in ten is drawn; two hundred tries miss one with a chance below one in a billion.
        for (int i = 0; i < 200 && audited == null; i++) {
            CpdActivity entry = log(holder, CpdCategory.OTHER, "0.25");
            if (entry.audited()) {
                audited = entry;
            }
        }
        assertThat(audited).as("an entry drawn for audit").isNotNull();
        long id = audited.id();
        assertThatThrownBy(() -> cpd.approve(id, admin))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.audit_needs_evidence");
        withEvidence(holder, audited);
        assertThat(cpd.evidenceForReview(id).content()).isEqualTo(PDF);
        assertThat(cpd.approve(id, admin).state()).isEqualTo(CpdState.APPROVED);
    }

    @Test
    void badEntriesAndFilesChangeNothing() {
        AccountId holder = holder("cpdb");
        Certificate certificate = fixtures.certify(holder);
        assertThatThrownBy(() -> cpd.log(
                        holder,
                        new CpdEntry(CpdCategory.COURSE, "Tomorrow's seminar", today().plusDays(1), BigDecimal.ONE)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.date_future");
        assertThatThrownBy(() -> cpd.log(
                        holder,
                        new CpdEntry(
                                CpdCategory.COURSE,
                                "Before the cycle",
                                certificate.issuedOn().minusDays(1),
                                BigDecimal.ONE)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.date_before_cycle");
        assertThatThrownBy(() -> cpd.log(holder, new CpdEntry(CpdCategory.COURSE, " ", today(), BigDecimal.ONE)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.title_missing");
        assertThatThrownBy(() -> cpd.log(holder, new CpdEntry(CpdCategory.COURSE, "Zero", today(), BigDecimal.ZERO)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.quantity_range");
        assertThat(cpd.activities(holder)).isEmpty();

        CpdActivity entry = log(holder, CpdCategory.COURSE, "1.5");
        assertThatThrownBy(() -> cpd.attachEvidence(holder, entry.id(), "proof.pdf", new ByteArrayInputStream(PNG)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.evidence_content");
        assertThatThrownBy(() -> cpd.attachEvidence(holder, entry.id(), "proof.exe", new ByteArrayInputStream(PDF)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.evidence_type");
        assertThat(cpd.activities(holder)).singleElement().satisfies(a -> assertThat(a.hasEvidence())
                .isFalse());

        AccountId stranger = holder("cpds");
        assertThatThrownBy(() -> cpd.attachEvidence(stranger, entry.id(), "proof.pdf", new ByteArrayInputStream(PDF)))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.activity_not_found");
        assertThatThrownBy(() -> log(stranger, CpdCategory.COURSE, "1"))
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.no_certificate");
    }

    @Test
    void renewalNeedsFortyCreditsAndSupersedesTheOldCertificate() {
        AccountId holder = holder("cpdr");
        Certificate old = fixtures.certify(holder);
        AccountId admin = fixtures.administrator();

        cpd.approve(
                withEvidence(holder, log(holder, CpdCategory.PUBLICATION, "1")).id(), admin);
        cpd.approve(withEvidence(holder, log(holder, CpdCategory.COURSE, "9.5")).id(), admin);
        cpd.approve(
                withEvidence(holder, log(holder, CpdCategory.EMPLOYMENT, "0.5")).id(), admin);
        assertThat(cpd.standing(holder).orElseThrow().standing().total()).isEqualByComparingTo("42.5");

        AccountId shortHolder = holder("cpdq");
        Certificate shortOne = fixtures.certify(shortHolder);
        cpd.approve(
                withEvidence(shortHolder, log(shortHolder, CpdCategory.COURSE, "39.75"))
                        .id(),
                admin);
        assertThatThrownBy(() -> cpd.renew(shortHolder, shortOne.number()))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.credits_short");
        assertThat(registry.find(shortOne.number()).orElseThrow().recordedStatus())
                .isEqualTo(CertificateStatus.ACTIVE);
        assertThat(registry.certificatesOf(shortHolder)).hasSize(1);

        cpd.approve(
                withEvidence(shortHolder, log(shortHolder, CpdCategory.COURSE, "0.25"))
                        .id(),
                admin);
        assertThat(cpd.standing(shortHolder).orElseThrow().standing().total()).isEqualByComparingTo("40");
        assertThat(cpd.standing(shortHolder).orElseThrow().renewable()).isTrue();
        Certificate renewed = cpd.renew(shortHolder, shortOne.number());

        assertThat(renewed.numberText()).isNotEqualTo(shortOne.numberText());
        assertThat(renewed.supersedesId()).contains(shortOne.id());
        assertThat(renewed.level()).isEqualTo(shortOne.level());
        assertThat(renewed.tracks()).isEqualTo(shortOne.tracks());
        assertThat(renewed.expiresOn()).isEqualTo(shortOne.expiresOn().plusYears(3));
        assertThat(renewed.recordedStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(registry.find(shortOne.number()).orElseThrow().recordedStatus())
                .isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(registry.history(shortOne.number()))
                .last()
                .extracting(RegistryEvent::reason)
                .isEqualTo("registry.reason.renewed");
        assertThat(cpd.standing(shortHolder).orElseThrow().certificate().numberText())
                .isEqualTo(renewed.numberText());
        assertThat(cpd.standing(shortHolder).orElseThrow().standing().total()).isEqualByComparingTo("0");

        assertThatThrownBy(() -> cpd.renew(shortHolder, shortOne.number()))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cpd.error.not_renewable");
        assertThatThrownBy(() -> cpd.renew(holder, shortOne.number()))
                .isInstanceOf(CertificationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "registry.error.certificate_not_found");
        assertThat(cpd.renew(holder, old.number()).supersedesId()).contains(old.id());
    }
}
