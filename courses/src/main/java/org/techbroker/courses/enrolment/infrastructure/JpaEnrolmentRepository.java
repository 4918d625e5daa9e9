package org.techbroker.courses.enrolment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.Enrolment;
import org.techbroker.courses.enrolment.EnrolmentRepository;
import org.techbroker.courses.enrolment.QuizAttempt;
import org.techbroker.courses.shared.AccountId;

/** Enrolments and quiz attempts in the relational database, through JPA. */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public Optional<Enrolment> find(AccountId account, CourseCode course) {
        return entityManager
                .createQuery(
                        "select e from Enrolment e where e.accountId = :account and e.course.code = :code",
                        Enrolment.class)
                .setParameter("account", account.value())
                .setParameter("code", course.value())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Enrolment> findByAccount(AccountId account) {
        return entityManager
                .createQuery(
                        "select e from Enrolment e join fetch e.course where e.accountId = :account"
                                + " order by e.enrolledAt desc",
                        Enrolment.class)
                .setParameter("account", account.value())
                .getResultList();
    }

    @Override
    public void add(Enrolment enrolment) {
        entityManager.persist(enrolment);
    }

    @Override
    public void add(QuizAttempt attempt) {
        entityManager.persist(attempt);
    }

    @Override
    public List<QuizAttempt> attempts(Enrolment enrolment) {
        return entityManager
                .createQuery(
                        "select a from QuizAttempt a where a.enrolment = :enrolment order by a.submittedAt",
                        QuizAttempt.class)
                .setParameter("enrolment", enrolment)
                .getResultList();
    }

    @Override
    public long countEnrolled(Course course) {
        return entityManager
                .createQuery("select count(e) from Enrolment e where e.course = :course", Long.class)
                .setParameter("course", course)
                .getSingleResult();
    }
}
