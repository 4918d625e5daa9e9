package org.techbroker.certification.exam.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One candidate's responses in a sitting: one for every item the candidate was shown, answered or
 * not. An item missing here is one the candidate never saw (another form), which is different from
 * an item they left blank.
 *
 * @param candidate an opaque identity (an attempt id or an index); the analysis only keeps
 *     candidates apart by it and never reports it
 * @param responses the candidate's responses, at most one per item
 */
public record CandidateResponses(long candidate, List<ItemResponse> responses) {

    public CandidateResponses {
        responses = List.copyOf(Objects.requireNonNull(responses, "responses"));
        Set<Long> items = new HashSet<>();
        for (ItemResponse response : responses) {
            if (!items.add(response.itemId())) {
                throw new IllegalArgumentException(
                        "Candidate " + candidate + " has two responses to item " + response.itemId());
            }
        }
    }
}
