package org.techbroker.liberty.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.app.apikey.ApiKeySecrets;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.verification.VerificationLog;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * The one way tests seed the registry, in the server ({@link Deployments#inContainerWithRegistry})
 * or from outside through {@link RegistrySupportServlet}: new people of any role, certificates
 * issued to them directly by a new administrator (as an administrator may), status changes, passes
 * that wait for approval, people who pass or fail a seeded exam, and direct access to the
 * history's rows, to play the part of someone editing the database behind the application's back
 * (and to put the rows back afterwards).
 */
@ApplicationScoped
@Transactional
public class RegistryFixtures {

    /** The reason of an issuance when the test names none. */
    public static final String DEFAULT_REASON = "Recognised from the paper register";

    @Inject
    AccountService accounts;

    @Inject
    ExamFixtures exams;

    @Inject
    ExamService examService;

    @Inject
    CertificateRegistry registry;

    @Inject
    VerificationLog verificationLog;

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    /** A certificate issued by a test, and the username of the administrator who issued it. */
    public record Issued(Certificate certificate, String admin) {}

    /** A pass waiting for approval: the request's id and the candidate's username. */
    public record PendingRequest(long id, String candidate) {}

    /** A new person with the role; the purpose (a few letters) only makes the username readable. */
    public TestAccount person(String purpose, Role role) {
        return create(TestAccount.fresh(purpose), role);
    }

    /** A new trainee with an account (and so names to print on a certificate). */
    public TestAccount trainee(String purpose) {
        return person(purpose, Role.TRAINEE);
    }

    /**
     * A new trainee to hold a certificate, whose Latin name nobody else has (so that a search by
     * name finds only their certificates).
     */
    public TestAccount holder() {
        TestAccount fresh = TestAccount.fresh("holder");
        String random = fresh.username().substring(fresh.username().indexOf('-') + 1);
        return create(
                new TestAccount(
                        fresh.username(), fresh.password(), fresh.email(), "测试持证人", "Holder " + lettersOf(random)),
                Role.TRAINEE);
    }

    /** A new administrator's account id. */
    public AccountId administrator() {
        return accountOf(person("radm", Role.ADMIN).username());
    }

    public AccountId accountOf(String username) {
        return exams.accountOf(username);
    }

    /** A certificate issued to the person directly by a new administrator, with this reason. */
    public Issued issue(AccountId holder, QualificationLevel level, Set<Track> tracks, String reason) {
        TestAccount admin = person("issuer", Role.ADMIN);
        Certificate certificate = registry.issue(holder, level, tracks, accountOf(admin.username()), reason);
        return new Issued(certificate, admin.username());
    }

    /** A junior certificate of the service track, issued to the person today by a new administrator. */
    public Certificate certify(AccountId holder) {
        return issue(holder, QualificationLevel.JUNIOR, EnumSet.of(Track.SERVICE), DEFAULT_REASON)
                .certificate();
    }

    /** Gives the API key of this secret a limit of its own, as an operator can in the api_key table. */
    public void limitKey(String secret, int perMinute) {
        int changed = entityManager
                .createNativeQuery("update api_key set per_minute = ?1 where secret_sha256 = ?2")
                .setParameter(1, perMinute)
                .setParameter(2, ApiKeySecrets.hash(secret))
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalArgumentException("No such key");
        }
    }

    /** Writes every tally of the verification log now, rather than when its window closes. */
    public void writeVerificationLog() {
        while (verificationLog.flushAll() > 0) {
            // until no tally is left
        }
    }

    /** A new administrator revokes the certificate. */
    public void revoke(String number) {
        registry.revoke(CertificateNumber.parse(number), administrator(), "Revoked by a test", "Revoked.");
    }

    /** A new administrator suspends the certificate. */
    public void suspend(String number) {
        registry.suspend(CertificateNumber.parse(number), administrator(), "Suspended by a test", "Suspended.");
    }

    /**
     * A pass of a new trainee that waits for an administrator's approval. The server under test
     * issues at once (approval is off by default), so the request is written as the issuance would
     * have written it with approval on: for a real, submitted attempt.
     */
    public PendingRequest pendingRequest() {
        TestAccount candidate = trainee("pending");
        AccountId id = accountOf(candidate.username());
        SeededExam exam = exams.exam(60, 0, 10, 60);
        long attemptId = sit(id, exam, false);
        entityManager
                .createNativeQuery(
                        "insert into issuance_request (attempt_id, sitting_id, candidate_id, level, passed_at,"
                                + " state, version) values (?1, ?2, ?3, ?4, ?5, 'PENDING', 0)")
                .setParameter(1, attemptId)
                .setParameter(2, exam.sittingId())
                .setParameter(3, id.value())
                .setParameter(4, ExamFixtures.LEVEL.name())
                .setParameter(5, Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .executeUpdate();
        long requestId = ((Number) entityManager
                        .createNativeQuery("select id from issuance_request where attempt_id = ?1")
                        .setParameter(1, attemptId)
                        .getSingleResult())
                .longValue();
        return new PendingRequest(requestId, candidate.username());
    }

    /**
     * The person sits the seeded exam (objective items only) and submits it: every answer right
     * when {@code pass}, every answer missing otherwise. Returns the attempt.
     */
    public long sit(AccountId person, SeededExam exam, boolean pass) {
        exams.register(person, exam);
        long attemptId = examService.start(person, exam.sittingId()).attemptId();
        if (pass) {
            JsonObject keys = exams.keys(attemptId);
            for (String itemId : keys.keySet()) {
                JsonObject key = keys.getJsonObject(itemId);
                AnswerInput answer = key.containsKey("value")
                        ? new AnswerInput.NumericValue(
                                key.getJsonNumber("value").bigDecimalValue())
                        : new AnswerInput.Selected(key.getJsonArray("selected").getValuesAs(JsonNumber.class).stream()
                                .map(JsonNumber::longValue)
                                .toList());
                examService.save(person, attemptId, Long.parseLong(itemId), answer);
            }
        }
        examService.submit(person, attemptId);
        return attemptId;
    }

    /** The stored reason of the event with this sequence number. */
    public String reasonOf(long sequence) {
        return (String) entityManager
                .createNativeQuery("select reason from registry_event where seq_no = ?1")
                .setParameter(1, sequence)
                .getSingleResult();
    }

    /** Overwrites an event's reason in the table, as someone with database access could. */
    public void overwriteReason(long sequence, String reason) {
        entityManager
                .createNativeQuery("update registry_event set reason = ?1 where seq_no = ?2")
                .setParameter(1, reason)
                .setParameter(2, sequence)
                .executeUpdate();
    }

    private static final String EVENT_COLUMNS = "id, seq_no, certificate_id, certificate_number, type, from_status,"
            + " to_status, actor_id, occurred_at, reason, public_note, previous_hash, hash";

    /** Deletes an event's row, as someone with database access could; returns the row to put back. */
    public Object[] deleteEvent(long sequence) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select " + EVENT_COLUMNS + " from registry_event where seq_no = ?1")
                .setParameter(1, sequence)
                .getSingleResult();
        entityManager
                .createNativeQuery("delete from registry_event where seq_no = ?1")
                .setParameter(1, sequence)
                .executeUpdate();
        return row;
    }

    /** Puts a deleted event's row back exactly as it was. */
    public void restoreEvent(Object[] row) {
        var insert = entityManager.createNativeQuery("insert into registry_event (" + EVENT_COLUMNS
                + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        for (int i = 0; i < row.length; i++) {
            insert.setParameter(i + 1, row[i]);
        }
        insert.executeUpdate();
    }

    /** The history's sequence numbers of one certificate, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Number> sequencesOf(String number) {
        return entityManager
                .createNativeQuery("select seq_no from registry_event where certificate_number = ?1 order by seq_no")
                .setParameter(1, number)
                .getResultList();
    }

    private TestAccount create(TestAccount person, Role role) {
        accounts.create(person.details(), person.password(), EnumSet.of(role), Actor.system());
        return person;
    }

    /** The random part of a username as Latin letters only (digits 0-9 as g-p). */
    private static String lettersOf(String hex) {
        StringBuilder letters = new StringBuilder(hex.length());
        hex.chars().forEach(c -> letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return letters.toString();
    }
}
