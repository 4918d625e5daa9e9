package org.techbroker.liberty.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * Seeds what registry tests need: people with accounts who pass or fail a seeded exam, and
 * direct access to the history's rows, to play the part of someone editing the database behind
 * the application's back (and to put the rows back afterwards).
 */
@ApplicationScoped
@Transactional
public class RegistryFixtures {

    @Inject
    AccountService accounts;

    @Inject
    ExamFixtures exams;

    @Inject
    ExamService examService;

    @Inject
    CertificateRegistry registry;

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    /** A new trainee with an account (and so names to print on a certificate). */
    public TestAccount trainee(String purpose) {
        TestAccount trainee = TestAccount.fresh(purpose);
        accounts.create(trainee.details(), trainee.password(), EnumSet.of(Role.TRAINEE), Actor.system());
        return trainee;
    }

    /** A new enterprise verifier; the test logs in with it. */
    public TestAccount enterprise() {
        TestAccount enterprise = TestAccount.fresh("ent");
        accounts.create(enterprise.details(), enterprise.password(), EnumSet.of(Role.ENTERPRISE), Actor.system());
        return enterprise;
    }

    /** A certificate of the level issued directly to the account, as an administrator may. */
    public Certificate certificate(String username, QualificationLevel level, Set<Track> tracks) {
        return registry.issue(
                exams.accountOf(username), level, tracks, administrator(), "Recognised qualification (test)");
    }

    /** A new administrator, who changes certificates' statuses. */
    public AccountId administrator() {
        TestAccount admin = TestAccount.fresh("radm");
        accounts.create(admin.details(), admin.password(), EnumSet.of(Role.ADMIN), Actor.system());
        return exams.accountOf(admin.username());
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
}
