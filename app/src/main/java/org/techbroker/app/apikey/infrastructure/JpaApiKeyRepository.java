package org.techbroker.app.apikey.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.app.apikey.ApiKey;
import org.techbroker.app.apikey.ApiKeyRepository;
import org.techbroker.courses.shared.AccountId;

/** API keys in the relational database, through JPA. */
@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public void add(ApiKey key) {
        entityManager.persist(key);
    }

    @Override
    public Optional<ApiKey> findById(long id) {
        return Optional.ofNullable(entityManager.find(ApiKey.class, id));
    }

    @Override
    public Optional<ApiKey> findBySecretHash(String sha256) {
        return entityManager
                .createQuery("select k from ApiKey k where k.secretSha256 = :hash", ApiKey.class)
                .setParameter("hash", sha256)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<ApiKey> ownedBy(AccountId owner) {
        return entityManager
                .createQuery(
                        "select k from ApiKey k where k.accountId = :owner order by k.createdAt desc, k.id desc",
                        ApiKey.class)
                .setParameter("owner", owner.value())
                .getResultList();
    }

    @Override
    public void recordUse(Map<Long, Instant> lastUses) {
        // An update by id and a comparison, not a read and a write: no version check, no lost race.
        lastUses.forEach((id, at) -> entityManager
                .createQuery("update ApiKey k set k.lastUsedAt = :at where k.id = :id"
                        + " and (k.lastUsedAt is null or k.lastUsedAt < :at)")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate());
    }
}
