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
 * load. Among the rest the fewest open marks go first; chief examiners come after plain
 * examiners, so that a chief is left free to adjudicate; then the fewest marks ever given, then
 * the lowest account id, so that the choice is repeatable.
 */
final class Allocation {

    private Allocation() {}

    static List<AccountId> choose(
            List<ExaminerDirectory.Examiner> pool,
            Set<AccountId> excluded,
            Map<AccountId, Long> openLoad,
            Map<AccountId, Long> totalLoad,
            int places) {
        Comparator<ExaminerDirectory.Examiner> order = Comparator.<ExaminerDirectory.Examiner>comparingLong(
                        e -> openLoad.getOrDefault(e.id(), 0L))
                .thenComparing(ExaminerDirectory.Examiner::chief)
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
