package org.techbroker.certification.cpd.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdEvidence;
import org.techbroker.certification.cpd.CpdReminder;
import org.techbroker.certification.cpd.CpdRepository;
import org.techbroker.certification.cpd.CpdState;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.courses.shared.AccountId;

/** CPD in the relational database, through JPA. */
@ApplicationScoped
public class JpaCpdRepository implements CpdRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public void add(CpdActivity activity) {
        entityManager.persist(activity);
    }

    @Override
    public void add(CpdEvidence evidence) {
        entityManager.persist(evidence);
    }

    @Override
    public void add(CpdReminder reminder) {
        entityManager.persist(reminder);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public Optional<CpdActivity> find(long id) {
        return Optional.ofNullable(entityManager.find(CpdActivity.class, id));
    }

    @Override
    public Optional<CpdActivity> lock(long id) {
        return Optional.ofNullable(entityManager.find(CpdActivity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CpdActivity> ofHolder(AccountId holder) {
        return entityManager
                .createQuery(
                        "select a from CpdActivity a where a.holderId = :holder order by a.activityDate desc, a.id desc",
                        CpdActivity.class)
                .setParameter("holder", holder.value())
                .getResultList();
    }

    @Override
    public List<CpdActivity> ofCertificate(long certificateId) {
        return entityManager
                .createQuery(
                        "select a from CpdActivity a where a.certificateId = :certificate order by a.activityDate, a.id",
                        CpdActivity.class)
                .setParameter("certificate", certificateId)
                .getResultList();
    }

    @Override
    public List<CpdActivity> inState(CpdState state, int limit) {
        return entityManager
                .createQuery("select a from CpdActivity a where a.state = :state order by a.id", CpdActivity.class)
                .setParameter("state", state)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<CpdEvidence> evidence(long activityId) {
        return Optional.ofNullable(entityManager.find(CpdEvidence.class, activityId));
    }

    @Override
    public boolean courseCredited(AccountId holder, String courseCode, Long certificateId) {
        String certificate = certificateId == null ? "a.certificateId is null" : "a.certificateId = :certificate";
        var query = entityManager
                .createQuery(
                        "select count(a) from CpdActivity a where a.holderId = :holder and a.courseCode = :course and "
                                + certificate,
                        Long.class)
                .setParameter("holder", holder.value())
                .setParameter("course", courseCode);
        if (certificateId != null) {
            query.setParameter("certificate", certificateId);
        }
        return query.getSingleResult() > 0;
    }

    @Override
    public List<Certificate> activeExpiringBetween(LocalDate after, LocalDate until) {
        return entityManager
                .createQuery(
                        "select c from Certificate c where c.status = :active and c.expiresOn > :after"
                                + " and c.expiresOn <= :until order by c.id",
                        Certificate.class)
                .setParameter("active", CertificateStatus.ACTIVE)
                .setParameter("after", after)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public Optional<Certificate> certificate(long id) {
        return Optional.ofNullable(entityManager.find(Certificate.class, id));
    }

    @Override
    public boolean reminderSent(long certificateId, int daysBefore) {
        return entityManager
                        .createQuery(
                                "select count(r) from CpdReminder r where r.certificateId = :certificate"
                                        + " and r.daysBefore = :days",
                                Long.class)
                        .setParameter("certificate", certificateId)
                        .setParameter("days", daysBefore)
                        .getSingleResult()
                > 0;
    }
}
