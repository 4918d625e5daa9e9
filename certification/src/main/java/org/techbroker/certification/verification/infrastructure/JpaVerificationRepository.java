package org.techbroker.certification.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.StatusList;
import org.techbroker.certification.verification.VerificationRecord;
import org.techbroker.certification.verification.VerificationRepository;

/** Verification's reads and the verification log, through JPA. */
@ApplicationScoped
public class JpaVerificationRepository implements VerificationRepository {

    static final int ROWS_PER_INSERT = 200;

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public Optional<CertificateWithHistory> certificateWithHistory(String number) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "select c, e from Certificate c left join RegistryEvent e on e.certificateId = c.id"
                                + " where c.number = :number order by e.sequence",
                        Object[].class)
                .setParameter("number", number)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Certificate certificate = (Certificate) rows.get(0)[0];
        List<RegistryEvent> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[1] != null) {
                events.add((RegistryEvent) row[1]);
            }
        }
        return Optional.of(new CertificateWithHistory(certificate, List.copyOf(events)));
    }

    @Override
    public long lastEventSequence() {
        Long last = entityManager
                .createQuery("select max(e.sequence) from RegistryEvent e", Long.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public ChangesSince changesSince(long sequence) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "select e.sequence, e.certificateNumber from RegistryEvent e where e.sequence > :after"
                                + " order by e.sequence",
                        Object[].class)
                .setParameter("after", sequence)
                .getResultList();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        long upTo = sequence;
        for (Object[] row : rows) {
            upTo = Math.max(upTo, (Long) row[0]);
            numbers.add((String) row[1]);
        }
        return new ChangesSince(numbers, upTo);
    }

    @Override
    public List<Integer> indexesWithStatus(long statusListId, java.util.Set<CertificateStatus> statuses) {
        return entityManager
                .createQuery(
                        "select c.statusIndex from Certificate c where c.statusListId = :list and c.status in :statuses",
                        Integer.class)
                .setParameter("list", statusListId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public Optional<Integer> statusListLength(long statusListId) {
        return Optional.ofNullable(entityManager.find(StatusList.class, statusListId))
                .map(StatusList::length);
    }

    /**
     * One multi-row INSERT per {@value #ROWS_PER_INSERT} rows: generated ids keep Hibernate from
     * batching persists.
     */
    @Override
    @Transactional
    public void addAll(List<VerificationRecord> records) {
        for (int from = 0; from < records.size(); from += ROWS_PER_INSERT) {
            List<VerificationRecord> chunk = records.subList(from, Math.min(records.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO verification_log (certificate_id, certificate_number, enterprise_id, api_key_id,"
                            + " channel, checked_at, last_checked_at, check_count) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                VerificationRecord record = chunk.get(i);
                // Absent ids are written as NULL literals: untyped null parameters bind differently per driver.
                sql.append(i == 0 ? "(" : ", (")
                        .append("?, ?, ")
                        .append(record.enterprise().isPresent() ? "?" : "NULL")
                        .append(", ")
                        .append(record.apiKeyId().isPresent() ? "?" : "NULL")
                        .append(", ?, ?, ?, ?)");
            }
            Query insert = entityManager.createNativeQuery(sql.toString());
            int p = 1;
            for (VerificationRecord record : chunk) {
                insert.setParameter(p++, record.certificateId());
                insert.setParameter(p++, record.certificateNumber());
                if (record.enterprise().isPresent()) {
                    insert.setParameter(p++, record.enterprise().get().value());
                }
                if (record.apiKeyId().isPresent()) {
                    insert.setParameter(p++, record.apiKeyId().get());
                }
                insert.setParameter(p++, record.channel().name());
                insert.setParameter(p++, record.checkedAt());
                insert.setParameter(p++, record.lastCheckedAt());
                insert.setParameter(p++, record.checkCount());
            }
            insert.executeUpdate();
        }
    }

    @Override
    public List<VerificationRecord> enterpriseChecksOf(long certificateId, int first, int size) {
        return entityManager
                .createQuery(
                        "select v from VerificationRecord v where v.certificateId = :certificate"
                                + " and v.enterpriseId is not null order by v.lastCheckedAt desc, v.id desc",
                        VerificationRecord.class)
                .setParameter("certificate", certificateId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countEnterpriseChecks(long certificateId) {
        return entityManager
                .createQuery(
                        "select count(v) from VerificationRecord v where v.certificateId = :certificate"
                                + " and v.enterpriseId is not null",
                        Long.class)
                .setParameter("certificate", certificateId)
                .getSingleResult();
    }
}
