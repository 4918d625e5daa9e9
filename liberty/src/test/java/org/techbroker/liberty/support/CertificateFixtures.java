package org.techbroker.liberty.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * A pass that waits for an administrator's approval, for the registry page's tests. The server
 * under test issues at once (approval is off by default), so the request is written as the
 * issuance would have written it with approval on: for a real, submitted attempt of a new trainee.
 */
@ApplicationScoped
@Transactional
public class CertificateFixtures {

    @Inject
    AccountService accounts;

    @Inject
    ExamFixtures exams;

    @Inject
    ExamService examService;

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    /** The pending request's id and the candidate's username. */
    public record PendingRequest(long id, String candidate) {}

    public PendingRequest pendingRequest() {
        TestAccount candidate = TestAccount.fresh("pending");
        accounts.create(candidate.details(), candidate.password(), EnumSet.of(Role.TRAINEE), Actor.system());
        AccountId id = exams.accountOf(candidate.username());
        SeededExam exam = exams.exam(60, 0, 10, 60);
        exams.register(id, exam);
        long attemptId = examService.start(id, exam.sittingId()).attemptId();
        examService.submit(id, attemptId);
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
}
