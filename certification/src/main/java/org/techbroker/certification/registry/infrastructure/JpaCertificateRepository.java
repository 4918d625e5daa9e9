package org.techbroker.certification.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateDocument;
import org.techbroker.certification.registry.CertificateRepository;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.ChainHead;
import org.techbroker.certification.registry.IssuanceRequest;
import org.techbroker.certification.registry.IssuanceState;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.StatusList;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/** The registry in the relational database, through JPA. */
@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    /** The chain head's one row (see the migration). */
    private static final long CHAIN_HEAD_ID = 1L;

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public void add(Certificate certificate) {
        entityManager.persist(certificate);
    }

    @Override
    public void add(CertificateDocument document) {
        entityManager.persist(document);
    }

    @Override
    public void add(RegistryEvent event) {
        entityManager.persist(event);
    }

    @Override
    public void add(StatusList list) {
        entityManager.persist(list);
    }

    @Override
    public void add(IssuanceRequest request) {
        entityManager.persist(request);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public Optional<Certificate> find(String number) {
        return first(entityManager
                .createQuery("select c from Certificate c where c.number = :number", Certificate.class)
                .setParameter("number", number)
                .getResultList());
    }

    @Override
    public List<Certificate> findAll(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("select c from Certificate c where c.number in :numbers", Certificate.class)
                .setParameter("numbers", numbers)
                .getResultList();
    }

    @Override
    public Optional<Certificate> findById(long id) {
        return Optional.ofNullable(entityManager.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> lock(String number) {
        return first(entityManager
                .createQuery("select c from Certificate c where c.number = :number", Certificate.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    @Override
    public List<Certificate> heldBy(AccountId holder) {
        return entityManager
                .createQuery(
                        "select c from Certificate c where c.holderId = :holder order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("holder", holder.value())
                .getResultList();
    }

    @Override
    public List<Certificate> issuedFromAttempt(long attemptId) {
        return entityManager
                .createQuery(
                        "select c from Certificate c where c.attemptId = :attempt order by c.id", Certificate.class)
                .setParameter("attempt", attemptId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Certificate> search(String text, int limit) {
        String pattern = "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return entityManager
                .createQuery(
                        "select c from Certificate c where lower(c.number) like :p escape '\\'"
                                + " or lower(c.holderNameZh) like :p escape '\\'"
                                + " or lower(c.holderNameLatin) like :p escape '\\'"
                                + " order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("p", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Certificate> issuedBetween(java.util.Set<QualificationLevel> levels, LocalDate from, LocalDate to) {
        return entityManager
                .createQuery(
                        "select c from Certificate c where c.level in :levels and c.issuedOn between :from and :to"
                                + " order by c.issuedOn, c.id",
                        Certificate.class)
                .setParameter("levels", levels)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Certificate> dueToExpire(LocalDate day) {
        return entityManager
                .createQuery(
                        "select c from Certificate c where c.status = :active and c.expiresOn <= :day order by c.id",
                        Certificate.class)
                .setParameter("active", CertificateStatus.ACTIVE)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public int maxSerial(int year, QualificationLevel level) {
        Integer max = entityManager
                .createQuery(
                        "select max(c.serial) from Certificate c where c.issueYear = :year and c.level = :level",
                        Integer.class)
                .setParameter("year", year)
                .setParameter("level", level)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public Optional<CertificateDocument> document(long certificateId) {
        return Optional.ofNullable(entityManager.find(CertificateDocument.class, certificateId));
    }

    @Override
    public Optional<CertificateDocument> documentByHash(String sha256) {
        return first(entityManager
                .createQuery("select d from CertificateDocument d where d.sha256 = :sha256", CertificateDocument.class)
                .setParameter("sha256", sha256)
                .getResultList());
    }

    @Override
    public ChainHead lockChainHead() {
        return entityManager.find(ChainHead.class, CHAIN_HEAD_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public ChainHead chainHead() {
        return entityManager.find(ChainHead.class, CHAIN_HEAD_ID);
    }

    @Override
    public List<RegistryEvent> allEvents() {
        return entityManager
                .createQuery("select e from RegistryEvent e order by e.sequence", RegistryEvent.class)
                .getResultList();
    }

    @Override
    public List<RegistryEvent> events(long certificateId) {
        return entityManager
                .createQuery(
                        "select e from RegistryEvent e where e.certificateId = :id order by e.sequence",
                        RegistryEvent.class)
                .setParameter("id", certificateId)
                .getResultList();
    }

    @Override
    public Optional<StatusList> lockNewestStatusList() {
        return first(entityManager
                .createQuery("select s from StatusList s order by s.id desc", StatusList.class)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    @Override
    public Optional<StatusList> findStatusList(long id) {
        return Optional.ofNullable(entityManager.find(StatusList.class, id));
    }

    @Override
    public boolean statusIndexTaken(long listId, int index) {
        return !entityManager
                .createQuery(
                        "select c.id from Certificate c where c.statusListId = :list and c.statusIndex = :index",
                        Long.class)
                .setParameter("list", listId)
                .setParameter("index", index)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Certificate> placedIn(long listId) {
        return entityManager
                .createQuery("select c from Certificate c where c.statusListId = :list", Certificate.class)
                .setParameter("list", listId)
                .getResultList();
    }

    @Override
    public Optional<IssuanceRequest> findRequest(long id) {
        return Optional.ofNullable(entityManager.find(IssuanceRequest.class, id));
    }

    @Override
    public Optional<IssuanceRequest> requestForAttempt(long attemptId) {
        return first(entityManager
                .createQuery("select r from IssuanceRequest r where r.attemptId = :attempt", IssuanceRequest.class)
                .setParameter("attempt", attemptId)
                .getResultList());
    }

    @Override
    public List<IssuanceRequest> pendingRequests() {
        return entityManager
                .createQuery(
                        "select r from IssuanceRequest r where r.state = :pending order by r.passedAt, r.id",
                        IssuanceRequest.class)
                .setParameter("pending", IssuanceState.PENDING)
                .getResultList();
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
