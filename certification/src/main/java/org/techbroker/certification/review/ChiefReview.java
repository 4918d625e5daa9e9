package org.techbroker.certification.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.courses.shared.AccountId;

/**
 * What the chief examiner does beyond marking: watches allocation and reassigns, sets prompts'
 * thresholds, keeps the reference scripts for calibration, reads agreement statistics and
 * similarity flags, and follows appeals. Adjudications and appeal re-marks are markings, done
 * through {@link MarkingService}.
 */
public interface ChiefReview {

    List<ScriptRow> scripts(long sittingId);

    /** Scripts waiting for a chief examiner's decision (adjudication or appeal), oldest first. */
    List<ScriptRow> awaitingDecision();

    List<ReviewEvent> history(@NotNull String scriptCode);

    /** Who could take this open marking, best first (never someone the rules exclude). */
    List<AccountId> eligibleExaminers(long markingId);

    /** Gives an open marking to another eligible examiner; the old one stays, withdrawn. */
    ScriptRow reassign(@NotNull AccountId chief, long markingId, @NotNull AccountId examiner);

    /** Gives places that waited for an examiner to whoever can now take them; returns how many. */
    int allocateWaiting(@NotNull AccountId chief);

    List<PromptRow> prompts();

    /** Sets the divergence threshold of a prompt's future scripts, in percent of the maximum. */
    PromptRow setDivergencePercent(@NotNull String itemKey, int percent);

    List<ReferenceScriptRow> referenceScripts();

    /** Writes a reference script for an essay prompt; the chief then gives its agreed mark as a marking. */
    ReferenceScriptRow addReferenceScript(@NotNull AccountId chief, @NotNull String itemKey, @NotNull String text);

    void retireReferenceScript(@NotNull String code);

    AgreementReport statistics(long sittingId);

    List<SimilarityFlag> similarityFlags(long sittingId);

    /** Compares every pair of the sitting's scripts and flags the alike; verdicts already given stay. */
    List<SimilarityFlag> detectSimilarity(long sittingId);

    SimilarityFlag reviewFlag(@NotNull AccountId chief, long flagId, @NotNull FlagState verdict, String note);

    List<Appeal> appeals();
}
