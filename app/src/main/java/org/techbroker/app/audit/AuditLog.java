package org.techbroker.app.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of security events. It only ever adds events; nothing in the
 * application updates or deletes one.
 *
 * <p>{@link #record} joins the caller's transaction, so that an event and the change it describes
 * are committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public void record(AuditEventType type, String actor, String subject, String clientAddress, String detail) {
        entityManager.persist(new AuditEvent(clock.instant(), type, actor, subject, clientAddress, detail));
    }

    /** How many events of the type came from the address since the instant. */
    @Transactional
    public long countFromAddress(AuditEventType type, String clientAddress, Instant since) {
        return entityManager
                .createQuery("""
                        select count(e) from AuditEvent e
                        where e.clientAddress = :address and e.type = :type and e.occurredAt >= :since""", Long.class)
                .setParameter("address", clientAddress)
                .setParameter("type", type)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The newest events first. */
    @Transactional
    public List<AuditEvent> find(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(matching(filter, cb, event)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        TypedQuery<AuditEvent> typed = entityManager.createQuery(query);
        return typed.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(500, max)))
                .getResultList();
    }

    @Transactional
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(matching(filter, cb, event));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEvent> event) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.type() != null) {
            predicates.add(cb.equal(event.get("type"), filter.type()));
        }
        if (filter.person() != null) {
            String person = filter.person().toLowerCase(java.util.Locale.ROOT);
            predicates.add(cb.or(cb.equal(event.get("actor"), person), cb.equal(event.get("subject"), person)));
        }
        if (filter.clientAddress() != null) {
            predicates.add(cb.equal(event.get("clientAddress"), filter.clientAddress()));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            predicates.add(cb.lessThan(event.get("occurredAt"), filter.until()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
