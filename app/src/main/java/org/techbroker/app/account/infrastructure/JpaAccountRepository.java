package org.techbroker.app.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountRepository;
import org.techbroker.app.account.AccountSearch;
import org.techbroker.app.account.Role;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.LikePattern;

/** Accounts in the relational database, through JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public Optional<Account> findByUsername(String username) {
        // A list, not getResultStream(): an unclosed stream keeps its JDBC result set, and so the
        // connection, until the persistence context ends, which outside a transaction is too late.
        return entityManager
                .createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(entityManager.find(Account.class, id.value()));
    }

    @Override
    public List<Account> withRole(Role role) {
        return entityManager
                .createQuery("select a from Account a where :role member of a.roles order by a.id", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public boolean existsByUsername(String username) {
        return exists("select count(a) from Account a where a.username = :value", username);
    }

    @Override
    public boolean existsByEmail(String email) {
        return exists("select count(a) from Account a where a.email = :value", email);
    }

    private boolean exists(String jpql, String value) {
        return entityManager
                        .createQuery(jpql, Long.class)
                        .setParameter("value", value)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void add(Account account) {
        entityManager.persist(account);
    }

    @Override
    public List<Account> search(AccountSearch search) {
        return matching(search, "select distinct a", " order by a.username", Account.class)
                .setFirstResult(search.first())
                .setMaxResults(search.pageSize())
                .getResultList();
    }

    @Override
    public long count(AccountSearch search) {
        return matching(search, "select count(distinct a)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> matching(AccountSearch search, String select, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from Account a");
        if (search.role() != null) {
            jpql.append(" join a.roles r");
        }
        jpql.append(" where 1 = 1");
        if (search.text() != null) {
            jpql.append(" and (lower(a.username) like :text escape '!' or lower(a.email) like :text escape '!'"
                    + " or lower(a.nameLatin) like :text escape '!' or a.nameZh like :text escape '!')");
        }
        if (search.role() != null) {
            jpql.append(" and r = :role");
        }
        TypedQuery<T> query = entityManager.createQuery(jpql + orderBy, type);
        if (search.text() != null) {
            query.setParameter("text", LikePattern.containing(search.text()));
        }
        if (search.role() != null) {
            query.setParameter("role", search.role());
        }
        return query;
    }
}
