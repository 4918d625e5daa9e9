package org.techbroker.certification.exam;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/** Where the exam aggregates are kept. Methods that lock say so: they must run in a transaction. */
public interface ExamRepository {

    Optional<ExamItem> findItem(String key);

    void add(ExamItem item);

    /** The current, active versions of the level's items: what forms are drawn from. */
    List<ItemVersion> drawableVersions(QualificationLevel level);

    /** Marks these versions seen, touching only rows not yet marked (so that concurrent starts rarely wait). */
    void markSeen(Collection<Long> versionIds);

    /** Locks the current version's row against a concurrent start marking it seen. */
    void lockCurrentVersion(ExamItem item);

    Optional<Blueprint> findBlueprint(QualificationLevel level);

    void add(Blueprint blueprint);

    Optional<Sitting> findSitting(long id);

    /** The sitting, its row locked until the transaction ends (capacity checks). */
    Optional<Sitting> lockSitting(long id);

    List<Sitting> sittings();

    /** Sittings still taking registrations at this moment. */
    List<Sitting> sittingsAcceptingRegistrations(Instant now);

    void add(Sitting sitting);

    Optional<Registration> findRegistration(long sittingId, AccountId account);

    /** The registration, its row locked until the transaction ends (one start at a time). */
    Optional<Registration> lockRegistration(long sittingId, AccountId account);

    List<Registration> registrations(AccountId account);

    List<Registration> registrations(long sittingId);

    long registrationCount(long sittingId);

    void add(Registration registration);

    void add(Attempt attempt);

    Optional<Attempt> findAttempt(long id);

    /** The attempt, its row locked until the transaction ends: saves and the submission take turns. */
    Optional<Attempt> lockAttempt(long id);

    Optional<Attempt> findAttempt(Registration registration);

    List<Attempt> attempts(long sittingId);

    /** Ids of running attempts whose deadline passed before this moment, oldest deadline first. */
    List<Long> overdueAttemptIds(Instant now, int limit);

    Optional<AttemptItem> findAttemptItem(long attemptId, long versionId);

    Optional<Answer> findAnswer(AttemptItem item);

    List<Answer> answers(Attempt attempt);

    void add(Answer answer);
}
