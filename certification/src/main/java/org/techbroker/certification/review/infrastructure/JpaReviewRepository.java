package org.techbroker.certification.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.review.Appeal;
import org.techbroker.certification.review.ConflictDeclaration;
import org.techbroker.certification.review.Marking;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingState;
import org.techbroker.certification.review.PromptSetting;
import org.techbroker.certification.review.ReviewEvent;
import org.techbroker.certification.review.ReviewRepository;
import org.techbroker.certification.review.Script;
import org.techbroker.certification.review.ScriptKind;
import org.techbroker.certification.review.ScriptState;
import org.techbroker.certification.review.SimilarityFlag;
import org.techbroker.courses.shared.AccountId;

/** The review aggregates in the relational database, through JPA. */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    private static final List<MarkingState> OPEN = List.of(MarkingState.ASSIGNED, MarkingState.DRAFT);

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public void add(Script script) {
        entityManager.persist(script);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public boolean codeTaken(String code) {
        return findScript(code).isPresent();
    }

    @Override
    public Optional<Script> findScript(long id) {
        return Optional.ofNullable(entityManager.find(Script.class, id));
    }

    @Override
    public Optional<Script> findScript(String code) {
        return first(entityManager
                .createQuery("select s from Script s where s.code = :code", Script.class)
                .setParameter("code", code)
                .getResultList());
    }

    @Override
    public Optional<Script> lockScript(long id) {
        return Optional.ofNullable(entityManager.find(Script.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Script> liveScripts(long sittingId) {
        return entityManager
                .createQuery(
                        "select s from Script s where s.kind = :kind and s.sittingId = :sitting order by s.id",
                        Script.class)
                .setParameter("kind", ScriptKind.LIVE)
                .setParameter("sitting", sittingId)
                .getResultList();
    }

    @Override
    public List<Script> liveScriptsOfAttempt(long attemptId) {
        return entityManager
                .createQuery("select s from Script s where s.attemptId = :attempt order by s.id", Script.class)
                .setParameter("attempt", attemptId)
                .getResultList();
    }

    @Override
    public Optional<Script> liveScriptOfAttemptItem(long attemptItemId) {
        return first(entityManager
                .createQuery("select s from Script s where s.attemptItemId = :item", Script.class)
                .setParameter("item", attemptItemId)
                .getResultList());
    }

    @Override
    public List<Script> scriptsAwaitingDecision() {
        return entityManager
                .createQuery("select s from Script s where s.state in :states order by s.id", Script.class)
                .setParameter("states", List.of(ScriptState.ADJUDICATION, ScriptState.APPEAL))
                .getResultList();
    }

    @Override
    public List<Script> referenceScripts() {
        return entityManager
                .createQuery("select s from Script s where s.kind = :kind order by s.id desc", Script.class)
                .setParameter("kind", ScriptKind.REFERENCE)
                .getResultList();
    }

    @Override
    public List<ItemVersion> currentEssayPrompts() {
        return entityManager
                .createQuery(
                        "select v from ItemVersion v join v.item i where v.versionNo = i.currentVersionNo"
                                + " and v.type = :type order by i.key",
                        ItemVersion.class)
                .setParameter("type", ItemType.ESSAY)
                .getResultList();
    }

    @Override
    public List<Script> activeReferenceScripts() {
        return entityManager
                .createQuery(
                        "select s from Script s where s.kind = :kind and s.retired = false order by s.id", Script.class)
                .setParameter("kind", ScriptKind.REFERENCE)
                .getResultList();
    }

    @Override
    public void add(Marking marking) {
        entityManager.persist(marking);
    }

    @Override
    public Optional<Marking> findMarking(long id) {
        return Optional.ofNullable(entityManager.find(Marking.class, id));
    }

    @Override
    public Optional<Long> scriptIdOfMarking(long markingId) {
        return first(entityManager
                .createQuery("select m.script.id from Marking m where m.id = :id", Long.class)
                .setParameter("id", markingId)
                .getResultList());
    }

    @Override
    public Optional<Marking> lockMarking(long id) {
        return Optional.ofNullable(entityManager.find(Marking.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Marking> markings(Script script) {
        return entityManager
                .createQuery("select m from Marking m where m.script = :script order by m.id", Marking.class)
                .setParameter("script", script)
                .getResultList();
    }

    @Override
    public List<Marking> markingsHeldBy(AccountId examiner) {
        return entityManager
                .createQuery(
                        "select m from Marking m where m.examinerId = :examiner and m.state <> :withdrawn"
                                + " order by m.id desc",
                        Marking.class)
                .setParameter("examiner", examiner.value())
                .setParameter("withdrawn", MarkingState.WITHDRAWN)
                .getResultList();
    }

    @Override
    public List<Marking> waitingMarkings() {
        return entityManager
                .createQuery(
                        "select m from Marking m where m.examinerId is null and m.state in :open order by m.id",
                        Marking.class)
                .setParameter("open", OPEN)
                .getResultList();
    }

    @Override
    public Map<AccountId, Long> openMarkerLoad() {
        return load("and m.state in :open", true);
    }

    @Override
    public Map<AccountId, Long> totalMarkerLoad() {
        return load("and m.state <> :withdrawn", false);
    }

    private Map<AccountId, Long> load(String condition, boolean open) {
        var query = entityManager.createQuery(
                "select m.examinerId, count(m) from Marking m where m.role = :role and m.examinerId is not null "
                        + condition
                        + " group by m.examinerId",
                Object[].class);
        query.setParameter("role", MarkingRole.MARKER);
        if (open) {
            query.setParameter("open", OPEN);
        } else {
            query.setParameter("withdrawn", MarkingState.WITHDRAWN);
        }
        Map<AccountId, Long> load = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            load.put(new AccountId((Long) row[0]), (Long) row[1]);
        }
        return load;
    }

    @Override
    public List<Marking> submittedMarkerMarkings(long sittingId) {
        return entityManager
                .createQuery(
                        "select m from Marking m join m.script s where s.sittingId = :sitting and m.role = :role"
                                + " and m.state = :submitted order by s.id, m.id",
                        Marking.class)
                .setParameter("sitting", sittingId)
                .setParameter("role", MarkingRole.MARKER)
                .setParameter("submitted", MarkingState.SUBMITTED)
                .getResultList();
    }

    @Override
    public void add(ConflictDeclaration declaration) {
        entityManager.persist(declaration);
    }

    @Override
    public void remove(ConflictDeclaration declaration) {
        entityManager.remove(declaration);
    }

    @Override
    public List<ConflictDeclaration> conflicts(AccountId examiner) {
        return entityManager
                .createQuery(
                        "select c from ConflictDeclaration c where c.examinerId = :examiner order by c.id",
                        ConflictDeclaration.class)
                .setParameter("examiner", examiner.value())
                .getResultList();
    }

    @Override
    public List<ConflictDeclaration> conflicts(Collection<AccountId> examiners) {
        if (examiners.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select c from ConflictDeclaration c where c.examinerId in :examiners",
                        ConflictDeclaration.class)
                .setParameter(
                        "examiners", examiners.stream().map(AccountId::value).toList())
                .getResultList();
    }

    @Override
    public void add(ReviewEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<ReviewEvent> history(Script script) {
        return entityManager
                .createQuery("select e from ReviewEvent e where e.scriptId = :script order by e.id", ReviewEvent.class)
                .setParameter("script", script.id())
                .getResultList();
    }

    @Override
    public void add(Appeal appeal) {
        entityManager.persist(appeal);
    }

    @Override
    public Optional<Appeal> findAppeal(Script script) {
        return first(entityManager
                .createQuery("select a from Appeal a where a.script = :script", Appeal.class)
                .setParameter("script", script)
                .getResultList());
    }

    @Override
    public List<Appeal> appeals() {
        return entityManager
                .createQuery("select a from Appeal a order by a.id desc", Appeal.class)
                .getResultList();
    }

    @Override
    public Optional<PromptSetting> findPromptSetting(long itemId) {
        return Optional.ofNullable(entityManager.find(PromptSetting.class, itemId));
    }

    @Override
    public void add(PromptSetting setting) {
        entityManager.persist(setting);
    }

    @Override
    public void add(SimilarityFlag flag) {
        entityManager.persist(flag);
    }

    @Override
    public List<SimilarityFlag> similarityFlags(long sittingId) {
        return entityManager
                .createQuery(
                        "select f from SimilarityFlag f where f.sittingId = :sitting order by f.similarity desc, f.id",
                        SimilarityFlag.class)
                .setParameter("sitting", sittingId)
                .getResultList();
    }

    @Override
    public Optional<SimilarityFlag> findSimilarityFlag(long id) {
        return Optional.ofNullable(entityManager.find(SimilarityFlag.class, id));
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.stream().findFirst();
    }
}
