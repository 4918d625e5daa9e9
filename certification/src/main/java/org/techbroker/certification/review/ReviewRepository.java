package org.techbroker.certification.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.courses.shared.AccountId;

/** Where review aggregates are kept. Methods that lock say so: they must run in a transaction. */
public interface ReviewRepository {

    void add(Script script);

    /** Writes pending changes now, so that versions read back are the ones stored. */
    void flush();

    boolean codeTaken(String code);

    Optional<Script> findScript(long id);

    Optional<Script> findScript(String code);

    /** The script, its row locked until the transaction ends: the second mark and a reassignment take turns. */
    Optional<Script> lockScript(long id);

    List<Script> liveScripts(long sittingId);

    List<Script> liveScriptsOfAttempt(long attemptId);

    Optional<Script> liveScriptOfAttemptItem(long attemptItemId);

    /** Live scripts waiting for a chief examiner: adjudications and appeals, oldest first. */
    List<Script> scriptsAwaitingDecision();

    /** Every reference script, newest first. */
    List<Script> referenceScripts();

    /** The current versions of the bank's essay items: the prompts scripts are written to. */
    List<ItemVersion> currentEssayPrompts();

    /** Reference scripts still offered for calibration, oldest first. */
    List<Script> activeReferenceScripts();

    void add(Marking marking);

    Optional<Marking> findMarking(long id);

    /** The script a marking belongs to, read without loading the marking (so it can be locked first). */
    Optional<Long> scriptIdOfMarking(long markingId);

    /** The marking, its row locked until the transaction ends: saves of one marking take turns. */
    Optional<Marking> lockMarking(long id);

    List<Marking> markings(Script script);

    /** Every marking the examiner holds, newest script first. */
    List<Marking> markingsHeldBy(AccountId examiner);

    /** Open places that wait for an examiner because nobody could take them. */
    List<Marking> waitingMarkings();

    /** First and second marks not yet submitted, by examiner: the load allocation balances. */
    Map<AccountId, Long> openMarkerLoad();

    /** Every first and second mark ever given, by examiner: breaks ties in the open load. */
    Map<AccountId, Long> totalMarkerLoad();

    /** Submitted first and second marks of a sitting's scripts. */
    List<Marking> submittedMarkerMarkings(long sittingId);

    void add(ConflictDeclaration declaration);

    void remove(ConflictDeclaration declaration);

    List<ConflictDeclaration> conflicts(AccountId examiner);

    List<ConflictDeclaration> conflicts(Collection<AccountId> examiners);

    void add(ReviewEvent event);

    List<ReviewEvent> history(Script script);

    void add(Appeal appeal);

    Optional<Appeal> findAppeal(Script script);

    List<Appeal> appeals();

    Optional<PromptSetting> findPromptSetting(long itemId);

    void add(PromptSetting setting);

    void add(SimilarityFlag flag);

    List<SimilarityFlag> similarityFlags(long sittingId);

    Optional<SimilarityFlag> findSimilarityFlag(long id);
}
