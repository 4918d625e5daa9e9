package org.techbroker.certification.profile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.profile.Disclosure;
import org.techbroker.certification.profile.DisclosureRepository;
import org.techbroker.courses.shared.AccountId;

/** Disclosures in the relational database, through JPA. */
@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public void add(Disclosure disclosure) {
        entityManager.persist(disclosure);
    }

    @Override
    public Optional<Disclosure> find(long id) {
        return Optional.ofNullable(entityManager.find(Disclosure.class, id));
    }

    @Override
    public List<Disclosure> of(AccountId holder) {
        return entityManager
                .createQuery(
                        "select d from Disclosure d where d.holderId = :holder order by d.occurredOn desc, d.id desc",
                        Disclosure.class)
                .setParameter("holder", holder.value())
                .getResultList();
    }
}
