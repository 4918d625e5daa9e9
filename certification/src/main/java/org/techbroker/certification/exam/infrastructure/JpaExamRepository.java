package org.techbroker.certification.exam.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.exam.Answer;
import org.techbroker.certification.exam.Attempt;
import org.techbroker.certification.exam.AttemptItem;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.Blueprint;
import org.techbroker.certification.exam.ExamItem;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.exam.Registration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/** The exam aggregates in the relational database, through JPA. */
@ApplicationScoped
public class JpaExamRepository implements ExamRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public Optional<ExamItem> findItem(String key) {
        return first(entityManager
                .createQuery("select i from ExamItem i where i.key = :key", ExamItem.class)
                .setParameter("key", key)
                .getResultList());
    }

    @Override
    public void add(ExamItem item) {
        entityManager.persist(item);
    }

    @Override
    public List<ItemVersion> drawableVersions(QualificationLevel level) {
        return entityManager
                .createQuery(
                        "select v from ItemVersion v join v.item i where v.versionNo = i.currentVersionNo"
                                + " and v.level = :level and v.status = :status",
                        ItemVersion.class)
                .setParameter("level", level)
                .setParameter("status", ItemStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public void markSeen(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return;
        }
        List<Long> unseen = new ArrayList<>(entityManager
                .createQuery("select v.id from ItemVersion v where v.id in :ids and v.seen = false", Long.class)
                .setParameter("ids", versionIds)
                .getResultList());
        if (unseen.isEmpty()) {
            return;
        }
        // Ascending ids: concurrent starts lock the rows in the same order and cannot deadlock.
        unseen.sort(null);
        entityManager
                .createQuery("update ItemVersion v set v.seen = true where v.id in :ids")
                .setParameter("ids", unseen)
                .executeUpdate();
    }

    @Override
    public void lockCurrentVersion(ExamItem item) {
        entityManager.lock(item.current(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(item.current());
    }

    @Override
    public Optional<Blueprint> findBlueprint(QualificationLevel level) {
        return first(entityManager
                .createQuery("select b from Blueprint b where b.level = :level", Blueprint.class)
                .setParameter("level", level)
                .getResultList());
    }

    @Override
    public void add(Blueprint blueprint) {
        entityManager.persist(blueprint);
    }

    @Override
    public Optional<Sitting> findSitting(long id) {
        return Optional.ofNullable(entityManager.find(Sitting.class, id));
    }

    @Override
    public Optional<Sitting> lockSitting(long id) {
        return Optional.ofNullable(entityManager.find(Sitting.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Sitting> sittings() {
        return entityManager
                .createQuery("select s from Sitting s order by s.opensAt desc, s.id desc", Sitting.class)
                .getResultList();
    }

    @Override
    public List<Sitting> sittingsAcceptingRegistrations(Instant now) {
        return entityManager
                .createQuery(
                        "select s from Sitting s where s.closesAt > :now and s.resultsReleasedAt is null"
                                + " order by s.opensAt, s.id",
                        Sitting.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void add(Sitting sitting) {
        entityManager.persist(sitting);
    }

    @Override
    public Optional<Registration> findRegistration(long sittingId, AccountId account) {
        return first(registrationQuery(sittingId, account).getResultList());
    }

    @Override
    public Optional<Registration> lockRegistration(long sittingId, AccountId account) {
        return first(registrationQuery(sittingId, account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    private jakarta.persistence.TypedQuery<Registration> registrationQuery(long sittingId, AccountId account) {
        return entityManager
                .createQuery(
                        "select r from Registration r where r.sitting.id = :sitting and r.accountId = :account",
                        Registration.class)
                .setParameter("sitting", sittingId)
                .setParameter("account", account.value());
    }

    @Override
    public List<Registration> registrations(AccountId account) {
        return entityManager
                .createQuery(
                        "select r from Registration r join fetch r.sitting where r.accountId = :account"
                                + " order by r.sitting.opensAt desc",
                        Registration.class)
                .setParameter("account", account.value())
                .getResultList();
    }

    @Override
    public List<Registration> registrations(long sittingId) {
        return entityManager
                .createQuery(
                        "select r from Registration r where r.sitting.id = :sitting order by r.registeredAt, r.id",
                        Registration.class)
                .setParameter("sitting", sittingId)
                .getResultList();
    }

    @Override
    public long registrationCount(long sittingId) {
        return entityManager
                .createQuery("select count(r) from Registration r where r.sitting.id = :sitting", Long.class)
                .setParameter("sitting", sittingId)
                .getSingleResult();
    }

    @Override
    public void add(Registration registration) {
        entityManager.persist(registration);
    }

    @Override
    public void add(Attempt attempt) {
        entityManager.persist(attempt);
    }

    @Override
    public Optional<Attempt> findAttempt(long id) {
        return Optional.ofNullable(entityManager.find(Attempt.class, id));
    }

    @Override
    public Optional<Attempt> lockAttempt(long id) {
        return Optional.ofNullable(entityManager.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Attempt> findAttempt(Registration registration) {
        return first(entityManager
                .createQuery("select a from Attempt a where a.registration = :registration", Attempt.class)
                .setParameter("registration", registration)
                .getResultList());
    }

    @Override
    public List<Attempt> attempts(long sittingId) {
        return entityManager
                .createQuery("select a from Attempt a where a.sittingId = :sitting order by a.id", Attempt.class)
                .setParameter("sitting", sittingId)
                .getResultList();
    }

    @Override
    public List<Long> overdueAttemptIds(Instant now, int limit) {
        return entityManager
                .createQuery(
                        "select a.id from Attempt a where a.state = :state and a.deadline < :now order by a.deadline",
                        Long.class)
                .setParameter("state", AttemptState.IN_PROGRESS)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<AttemptItem> findAttemptItem(long attemptId, long versionId) {
        return first(entityManager
                .createQuery(
                        "select i from AttemptItem i where i.attempt.id = :attempt and i.itemVersion.id = :version",
                        AttemptItem.class)
                .setParameter("attempt", attemptId)
                .setParameter("version", versionId)
                .getResultList());
    }

    @Override
    public Optional<Answer> findAnswer(AttemptItem item) {
        return first(entityManager
                .createQuery("select a from Answer a where a.attemptItem = :item", Answer.class)
                .setParameter("item", item)
                .getResultList());
    }

    @Override
    public List<Answer> answers(Attempt attempt) {
        return entityManager
                .createQuery("select a from Answer a where a.attemptItem.attempt = :attempt", Answer.class)
                .setParameter("attempt", attempt)
                .getResultList();
    }

    @Override
    public void add(Answer answer) {
        entityManager.persist(answer);
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
