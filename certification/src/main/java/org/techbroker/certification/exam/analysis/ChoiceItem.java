package org.techbroker.certification.exam.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The options of one choice item, declared apart from the responses because an option that nobody
 * chose appears in no response, yet it is exactly what a distractor analysis must show: a
 * distractor nobody finds plausible does no work.
 *
 * @param itemId the item
 * @param options every option of the item, in the order the report should list them; not empty,
 *     no option twice
 */
public record ChoiceItem(long itemId, List<ChoiceOption> options) {

    public ChoiceItem {
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Choice item " + itemId + " has no options");
        }
        Set<Long> seen = new HashSet<>();
        for (ChoiceOption option : options) {
            if (!seen.add(option.optionId())) {
                throw new IllegalArgumentException(
                        "Choice item " + itemId + " lists option " + option.optionId() + " twice");
            }
        }
    }

    /** Whether the item has an option with this id. */
    public boolean hasOption(long optionId) {
        return options.stream().anyMatch(option -> option.optionId() == optionId);
    }
}
