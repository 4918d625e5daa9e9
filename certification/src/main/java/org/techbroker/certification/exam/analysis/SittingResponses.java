package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the item analysis of one sitting reads. It is checked whole on construction, so that
 * the statistics never have to guess what contradictory data meant.
 *
 * @param candidates every candidate of the sitting, each once
 * @param choiceItems the options of the choice items; an item not listed here has no options
 *     (essay, numeric), and a listed item that no candidate saw is ignored, so the caller may pass
 *     the options of a whole exam's items
 */
public record SittingResponses(List<CandidateResponses> candidates, List<ChoiceItem> choiceItems) {

    public SittingResponses {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        choiceItems = List.copyOf(Objects.requireNonNull(choiceItems, "choiceItems"));
        Map<Long, ChoiceItem> choices = new HashMap<>();
        for (ChoiceItem item : choiceItems) {
            if (choices.put(item.itemId(), item) != null) {
                throw new IllegalArgumentException("The options of item " + item.itemId() + " are given twice");
            }
        }
        Set<Long> candidateIds = new HashSet<>();
        Map<Long, BigDecimal> maxPoints = new HashMap<>();
        for (CandidateResponses candidate : candidates) {
            if (!candidateIds.add(candidate.candidate())) {
                throw new IllegalArgumentException("Candidate " + candidate.candidate() + " appears twice");
            }
            for (ItemResponse response : candidate.responses()) {
                checkMaxPoints(maxPoints, response);
                checkSelection(choices.get(response.itemId()), response);
            }
        }
    }

    /** The options of an item, if it is a choice item. */
    public Optional<ChoiceItem> choiceItem(long itemId) {
        return choiceItems.stream().filter(item -> item.itemId() == itemId).findFirst();
    }

    private static void checkMaxPoints(Map<Long, BigDecimal> maxPoints, ItemResponse response) {
        BigDecimal known = maxPoints.putIfAbsent(response.itemId(), response.maxPoints());
        if (known != null && known.compareTo(response.maxPoints()) != 0) {
            throw new IllegalArgumentException(
                    "Item " + response.itemId() + " is scored out of both " + known + " and " + response.maxPoints());
        }
    }

    private static void checkSelection(ChoiceItem item, ItemResponse response) {
        for (long option : response.selectedOptionIds()) {
            if (item == null || !item.hasOption(option)) {
                throw new IllegalArgumentException("Item " + response.itemId() + " has no declared option " + option);
            }
        }
    }
}
