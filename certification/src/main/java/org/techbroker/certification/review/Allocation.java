package org.techbroker.certification.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techbroker.courses.shared.AccountId;

/**
 * Chooses examiners for the places of a script. Whoever is excluded (the candidate, a declared
 * conflict, an examiner who already holds a marking of the script) is never chosen, whatever the
 * load. Among the rest plain examiners come before chief examiners, who mark live scripts only
 * when too few plain examiners can, so that they stay free to adjudicate; then the fewest open
 * marks, then the fewest marks ever given, then the lowest account id, so that the choice is
 * repeatable.
 */
final class Allocation {

    private Allocation() {}

    static List<AccountId> choose(
            List<ExaminerDirectory.Examiner> pool,
            Set<AccountId> excluded,
            Map<AccountId, Long> openLoad,
            Map<AccountId, Long> totalLoad,
            int places) {
        Comparator<ExaminerDirectory.Examiner> order = Comparator.comparing(ExaminerDirectory.Examiner::chief)
                .thenComparingLong(e -> openLoad.getOrDefault(e.id(), 0L))
                .thenComparingLong(e -> totalLoad.getOrDefault(e.id(), 0L))
                .thenComparingLong(e -> e.id().value());
        List<AccountId> chosen = new ArrayList<>();
        pool.stream()
                .filter(e -> !excluded.contains(e.id()))
                .sorted(order)
                .limit(places)
                .forEach(e -> chosen.add(e.id()));
        return chosen;
    }
}
