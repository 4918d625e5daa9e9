package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.ItemType;

/**
 * Turns submitted attempts, as plain values, into the analysis' input: a choice item's response is
 * the options chosen; a numeric item's is answered when a number was saved; an essay's is answered
 * when its text is not blank.
 *
 * <p>An essay scores the points examiners gave it. Essay review records one mark per attempt, so
 * an essay takes its own points when an item-level mark exists, else the attempt's essay mark when
 * it is the attempt's only essay. An essay with neither (not marked yet, or one of several essays
 * marked only as a whole) is left out of the analysis and counted, rather than scored 0, which
 * would make it look impossibly hard; the candidate's total then lacks those points.
 */
public final class ResponseSheets {

    private ResponseSheets() {}

    /**
     * One submitted attempt.
     *
     * @param candidate the attempt's id
     * @param essayPoints the attempt's essay mark; null while not marked
     * @param items every item of the form
     */
    public record Sheet(long candidate, BigDecimal essayPoints, List<Shown> items) {
        public Sheet {
            items = List.copyOf(items);
        }
    }

    /**
     * One item of a form.
     *
     * @param versionId the version shown: the analysis' item identity
     * @param maxPoints the version's points
     * @param pointsAwarded the points scored at submission (objective items) or by examiners (an
     *     essay marked on its own); null for an essay without its own mark
     * @param answer the saved answer; null when the candidate saved none
     */
    public record Shown(long versionId, ItemType type, int maxPoints, BigDecimal pointsAwarded, AnswerInput answer) {
        public Shown {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * The analysis' input and what was left out of it.
     *
     * @param unmarkedEssays essay responses left out because they have no mark of their own
     */
    public record Built(SittingResponses responses, int unmarkedEssays) {}

    /**
     * Builds the input from the sheets and the options of the choice items shown.
     *
     * @throws IllegalArgumentException when an objective item of a submitted attempt has no points,
     *     or an answer names an option its item does not have: data no submission can produce
     */
    public static Built build(List<Sheet> sheets, List<ChoiceItem> choiceItems) {
        List<CandidateResponses> candidates = new ArrayList<>();
        int unmarkedEssays = 0;
        for (Sheet sheet : sheets) {
            long essays = sheet.items().stream()
                    .filter(item -> item.type() == ItemType.ESSAY)
                    .count();
            List<ItemResponse> responses = new ArrayList<>();
            for (Shown item : sheet.items()) {
                BigDecimal max = BigDecimal.valueOf(item.maxPoints());
                if (item.type() == ItemType.ESSAY) {
                    BigDecimal points = item.pointsAwarded() != null
                            ? item.pointsAwarded()
                            : essays == 1 ? sheet.essayPoints() : null;
                    if (points == null) {
                        unmarkedEssays++;
                    } else {
                        responses.add(ItemResponse.open(item.versionId(), points, max, wroteSomething(item.answer())));
                    }
                    continue;
                }
                if (item.pointsAwarded() == null) {
                    throw new IllegalArgumentException("Item " + item.versionId() + " of submitted attempt "
                            + sheet.candidate() + " has no score");
                }
                if (item.type().hasOptions()) {
                    Set<Long> selected = item.answer() instanceof AnswerInput.Selected chosen
                            ? Set.copyOf(chosen.optionIds())
                            : Set.of();
                    responses.add(ItemResponse.choice(item.versionId(), item.pointsAwarded(), max, selected));
                } else {
                    responses.add(ItemResponse.open(
                            item.versionId(),
                            item.pointsAwarded(),
                            max,
                            item.answer() instanceof AnswerInput.NumericValue));
                }
            }
            candidates.add(new CandidateResponses(sheet.candidate(), responses));
        }
        return new Built(new SittingResponses(candidates, choiceItems), unmarkedEssays);
    }

    private static boolean wroteSomething(AnswerInput answer) {
        return answer instanceof AnswerInput.EssayText essay && !essay.text().isBlank();
    }
}
