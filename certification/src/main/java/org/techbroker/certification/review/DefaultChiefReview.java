package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.ExamItem;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.certification.review.similarity.Essay;
import org.techbroker.certification.review.similarity.SimilarPair;
import org.techbroker.certification.review.similarity.SimilarityDetector;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/** The chief examiner's use cases; see {@link ChiefReview}. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultChiefReview implements ChiefReview {

    public static final int MAX_REFERENCE_TEXT_LENGTH = 60_000;

    @Inject
    ReviewRepository reviews;

    @Inject
    ExamRepository exams;

    @Inject
    Allocator allocator;

    @Inject
    ScriptIntake intake;

    @Inject
    MarkPairs markPairs;

    @Inject
    ReviewSettings settings;

    @Inject
    ReviewHistory history;

    @Override
    public List<ScriptRow> scripts(long sittingId) {
        return reviews.liveScripts(sittingId).stream().map(this::row).toList();
    }

    @Override
    public List<ScriptRow> awaitingDecision() {
        return reviews.scriptsAwaitingDecision().stream().map(this::row).toList();
    }

    @Override
    public List<ReviewEvent> history(String scriptCode) {
        return reviews.history(script(scriptCode));
    }

    @Override
    public List<AccountId> eligibleExaminers(long markingId) {
        Marking marking = reviews.findMarking(markingId).orElseThrow(() -> markingNotFound(markingId));
        return allocator.eligible(marking.script(), marking.role());
    }

    @Override
    public ScriptRow reassign(AccountId chief, long markingId, AccountId examiner) {
        long scriptId = reviews.scriptIdOfMarking(markingId).orElseThrow(() -> markingNotFound(markingId));
        Script script = reviews.lockScript(scriptId).orElseThrow();
        Marking marking = reviews.lockMarking(markingId).orElseThrow();
        if (!marking.open()) {
            throw new CertificationException(Kind.CONFLICT, "review.error.marking_not_open");
        }
        if (!allocator.eligible(script, marking.role()).contains(examiner)) {
            throw new CertificationException(Kind.INVALID, "review.error.examiner_not_eligible");
        }
        allocator.reassign(marking, examiner, chief);
        return row(script);
    }

    @Override
    public int allocateWaiting(AccountId chief) {
        int filled = 0;
        for (Marking waiting : reviews.waitingMarkings()) {
            reviews.lockScript(waiting.script().id());
            if (allocator.fill(waiting)) {
                filled++;
            }
        }
        return filled;
    }

    @Override
    public List<PromptRow> prompts() {
        List<PromptRow> rows = new ArrayList<>();
        for (ItemVersion version : reviews.currentEssayPrompts()) {
            Optional<PromptSetting> setting =
                    reviews.findPromptSetting(version.item().id());
            rows.add(new PromptRow(
                    version.item().key(),
                    version.stem(),
                    version.points(),
                    setting.map(PromptSetting::divergencePercent).orElse(settings.divergencePercent()),
                    setting.isPresent()));
        }
        return rows;
    }

    @Override
    public PromptRow setDivergencePercent(String itemKey, int percent) {
        if (percent < PromptSetting.MIN_DIVERGENCE_PERCENT || percent > PromptSetting.MAX_DIVERGENCE_PERCENT) {
            throw new CertificationException(
                    Kind.INVALID,
                    "review.error.divergence_out_of_range",
                    PromptSetting.MIN_DIVERGENCE_PERCENT,
                    PromptSetting.MAX_DIVERGENCE_PERCENT);
        }
        ExamItem item = essayItem(itemKey);
        reviews.findPromptSetting(item.id())
                .ifPresentOrElse(s -> s.change(percent), () -> reviews.add(new PromptSetting(item.id(), percent)));
        return prompts().stream()
                .filter(p -> p.itemKey().equals(itemKey))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<ReferenceScriptRow> referenceScripts() {
        return reviews.referenceScripts().stream().map(this::referenceRow).toList();
    }

    @Override
    public ReferenceScriptRow addReferenceScript(AccountId chief, String itemKey, String text) {
        if (text.isBlank()) {
            throw new CertificationException(Kind.INVALID, "review.error.reference_text_required");
        }
        if (text.length() > MAX_REFERENCE_TEXT_LENGTH) {
            throw new CertificationException(
                    Kind.INVALID, "review.error.reference_text_too_long", MAX_REFERENCE_TEXT_LENGTH);
        }
        ExamItem item = essayItem(itemKey);
        Script script = Script.reference(intake.newCode(), item.current(), text.strip(), history.now());
        reviews.add(script);
        reviews.add(new Marking(script, MarkingRole.AGREED, chief, history.now()));
        return referenceRow(script);
    }

    @Override
    public void retireReferenceScript(String code) {
        Script script = script(code);
        if (script.kind() != ScriptKind.REFERENCE) {
            throw new CertificationException(Kind.NOT_FOUND, "review.error.script_not_found", code);
        }
        script.retire();
    }

    @Override
    public AgreementReport statistics(long sittingId) {
        return markPairs.report(sittingId);
    }

    @Override
    public List<SimilarityFlag> similarityFlags(long sittingId) {
        return reviews.similarityFlags(sittingId);
    }

    @Override
    public List<SimilarityFlag> detectSimilarity(long sittingId) {
        Map<String, Script> byCode = new HashMap<>();
        List<Essay> essays = new ArrayList<>();
        for (Script script : reviews.liveScripts(sittingId)) {
            byCode.put(script.code(), script);
            essays.add(new Essay(script.code(), script.essayText()));
        }
        Map<String, SimilarityFlag> existing = new HashMap<>();
        for (SimilarityFlag flag : reviews.similarityFlags(sittingId)) {
            existing.put(flag.first().code() + "/" + flag.second().code(), flag);
        }
        SimilarityDetector detector = new SimilarityDetector(settings.similarityThreshold());
        for (SimilarPair pair : detector.similarPairs(essays)) {
            SimilarityFlag flag = existing.get(pair.keyA() + "/" + pair.keyB());
            if (flag == null) {
                reviews.add(new SimilarityFlag(
                        sittingId,
                        byCode.get(pair.keyA()),
                        byCode.get(pair.keyB()),
                        pair.similarity(),
                        pair.passages(),
                        history.now()));
            } else {
                flag.redetect(pair.similarity(), pair.passages(), history.now());
            }
        }
        return reviews.similarityFlags(sittingId);
    }

    @Override
    public SimilarityFlag reviewFlag(AccountId chief, long flagId, FlagState verdict, String note) {
        if (verdict == FlagState.OPEN) {
            throw new CertificationException(Kind.INVALID, "review.error.flag_verdict_required");
        }
        if (note != null && note.length() > SimilarityFlag.MAX_NOTE_LENGTH) {
            throw new CertificationException(
                    Kind.INVALID, "review.error.note_too_long", SimilarityFlag.MAX_NOTE_LENGTH);
        }
        SimilarityFlag flag = reviews.findSimilarityFlag(flagId)
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "review.error.flag_not_found", flagId));
        flag.review(verdict, note, chief, history.now());
        return flag;
    }

    @Override
    public List<Appeal> appeals() {
        return reviews.appeals();
    }

    private ScriptRow row(Script script) {
        List<ScriptRow.MarkingRow> markings = reviews.markings(script).stream()
                .map(m -> new ScriptRow.MarkingRow(
                        m.id(),
                        m.role(),
                        m.examiner().orElse(null),
                        m.state(),
                        m.totalPoints().orElse(null),
                        m.submittedAt().orElse(null)))
                .toList();
        return new ScriptRow(
                script.code(),
                script.prompt().item().key(),
                script.maxPoints(),
                script.state(),
                script.finalPoints().orElse(null),
                script.finalBasis().orElse(null),
                script.divergenceLimit(),
                script.createdAt(),
                markings);
    }

    private ReferenceScriptRow referenceRow(Script script) {
        List<Marking> markings = reviews.markings(script);
        Marking agreed = markings.stream()
                .filter(m -> m.role() == MarkingRole.AGREED)
                .findFirst()
                .orElseThrow();
        BigDecimal agreedPoints = script.finalPoints().orElse(null);
        List<ReferenceScriptRow.CalibrationResult> results = markings.stream()
                .filter(m -> m.role() == MarkingRole.CALIBRATION)
                .sorted(Comparator.comparing(
                        m -> m.examiner().map(AccountId::value).orElse(0L)))
                .map(m -> new ReferenceScriptRow.CalibrationResult(
                        m.examiner().orElse(null),
                        m.state(),
                        m.totalPoints().orElse(null),
                        m.totalPoints()
                                .filter(p -> agreedPoints != null)
                                .map(p -> p.subtract(agreedPoints))
                                .orElse(null)))
                .toList();
        return new ReferenceScriptRow(
                script.code(),
                script.prompt().item().key(),
                script.maxPoints(),
                script.essayText(),
                agreed.id(),
                agreedPoints,
                script.retired(),
                results);
    }

    private Script script(String code) {
        return reviews.findScript(code)
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "review.error.script_not_found", code));
    }

    private ExamItem essayItem(String itemKey) {
        return exams.findItem(itemKey)
                .filter(i -> i.current().type() == ItemType.ESSAY)
                .orElseThrow(
                        () -> new CertificationException(Kind.NOT_FOUND, "review.error.prompt_not_found", itemKey));
    }

    private static CertificationException markingNotFound(long markingId) {
        return new CertificationException(Kind.NOT_FOUND, "review.error.assignment_not_found", markingId);
    }
}
