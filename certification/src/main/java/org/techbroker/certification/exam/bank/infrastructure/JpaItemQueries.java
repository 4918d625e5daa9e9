package org.techbroker.certification.exam.bank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.exam.bank.ItemQueries;
import org.techbroker.certification.exam.bank.ItemSearch;
import org.techbroker.courses.shared.LikePattern;

/** The bank's queries through JPA: filters on each item's current version. */
@ApplicationScoped
public class JpaItemQueries implements ItemQueries {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public List<ItemVersion> search(ItemSearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(search, parameters);
        TypedQuery<ItemVersion> query = entityManager
                .createQuery(
                        "select v from ItemVersion v join fetch v.item i" + where + " order by i.key",
                        ItemVersion.class)
                .setFirstResult(search.first())
                .setMaxResults(search.pageSize());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public long count(ItemSearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(search, parameters);
        TypedQuery<Long> query =
                entityManager.createQuery("select count(v) from ItemVersion v join v.item i" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private static String where(ItemSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where v.versionNo = i.currentVersionNo");
        if (search.text() != null) {
            where.append(" and (lower(i.key) like :text escape '!' or lower(v.stem.zh) like :text escape '!'"
                    + " or lower(v.stem.en) like :text escape '!')");
            parameters.put("text", LikePattern.containing(search.text()));
        }
        if (search.course() != null) {
            where.append(" and v.courseCode = :course");
            parameters.put("course", search.course().value());
        }
        if (search.level() != null) {
            where.append(" and v.level = :level");
            parameters.put("level", search.level());
        }
        if (search.type() != null) {
            where.append(" and v.type = :type");
            parameters.put("type", search.type());
        }
        if (search.difficulty() != null) {
            where.append(" and v.difficulty = :difficulty");
            parameters.put("difficulty", search.difficulty());
        }
        if (search.status() != null) {
            where.append(" and v.status = :status");
            parameters.put("status", search.status());
        }
        return where.toString();
    }
}
