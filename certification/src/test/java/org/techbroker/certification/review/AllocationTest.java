package org.techbroker.certification.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.review.ExaminerDirectory.Examiner;
import org.techbroker.courses.shared.AccountId;

class AllocationTest {

    private static final AccountId A = new AccountId(1);
    private static final AccountId B = new AccountId(2);
    private static final AccountId C = new AccountId(3);
    private static final AccountId CHIEF = new AccountId(4);

    private static final List<Examiner> POOL =
            List.of(new Examiner(A, false), new Examiner(B, false), new Examiner(C, false), new Examiner(CHIEF, true));

    @Test
    void theLeastLoadedExaminersTakeTheTwoPlaces() {
        Map<AccountId, Long> open = Map.of(A, 5L, B, 1L, C, 2L);
        assertThat(Allocation.choose(POOL, Set.of(), open, Map.of(), 2)).containsExactly(B, C);
    }

    @Test
    void chiefExaminersMarkOnlyWhenPlainExaminersAreNotEnough() {
        assertThat(Allocation.choose(POOL, Set.of(), Map.of(), Map.of(), 2)).containsExactly(A, B);
        assertThat(Allocation.choose(POOL, Set.of(A, B), Map.of(), Map.of(), 2)).containsExactly(C, CHIEF);
    }

    @Test
    void aLessLoadedChiefExaminerStillComesAfterEveryEligiblePlainExaminer() {
        Map<AccountId, Long> open = Map.of(A, 7L, B, 9L, C, 8L);
        assertThat(Allocation.choose(POOL, Set.of(), open, Map.of(), 2)).containsExactly(A, C);
    }

    @Test
    void equalOpenLoadsFallBackOnTheMarksEverGiven() {
        Map<AccountId, Long> total = Map.of(A, 40L, B, 10L, C, 20L);
        assertThat(Allocation.choose(POOL, Set.of(), Map.of(), total, 2)).containsExactly(B, C);
    }

    @Test
    void anExcludedExaminerIsNeverChosenWhateverTheLoad() {
        Map<AccountId, Long> open = Map.of(A, 0L, B, 9L, C, 9L, CHIEF, 9L);
        assertThat(Allocation.choose(POOL, Set.of(A), open, Map.of(), 2)).containsExactly(B, C);
    }

    @Test
    void fewerEligibleExaminersThanPlacesFillWhatTheyCan() {
        assertThat(Allocation.choose(POOL, Set.of(A, B, C), Map.of(), Map.of(), 2))
                .containsExactly(CHIEF);
        assertThat(Allocation.choose(POOL, Set.of(A, B, C, CHIEF), Map.of(), Map.of(), 2))
                .isEmpty();
    }

    /**
     * A thousand scripts with random conflicts, allocated one after the other as at submission:
     * no script ever has an excluded examiner or one examiner twice, every script with two
     * eligible examiners gets two, and the open loads stay within one of each other among
     * examiners nobody excluded.
     */
    @Test
    void manyAllocationsNeverBreakAConflictOrTheTwoExaminerRule() {
        Random random = new Random(5);
        List<Examiner> pool = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            pool.add(new Examiner(new AccountId(id), id == 6));
        }
        Map<AccountId, Long> open = new HashMap<>();
        for (int script = 0; script < 1000; script++) {
            Set<AccountId> excluded = new HashSet<>();
            for (Examiner examiner : pool) {
                if (random.nextInt(10) == 0) {
                    excluded.add(examiner.id());
                }
            }
            List<AccountId> chosen = Allocation.choose(pool, excluded, open, Map.of(), 2);
            long eligible =
                    pool.stream().filter(e -> !excluded.contains(e.id())).count();
            assertThat(chosen).hasSize((int) Math.min(2, eligible));
            assertThat(chosen).doesNotHaveDuplicates();
            assertThat(chosen).allMatch(id -> !excluded.contains(id));
            chosen.forEach(id -> open.merge(id, 1L, Long::sum));
        }
        long most = open.entrySet().stream()
                .filter(e -> e.getKey().value() != 6)
                .mapToLong(Map.Entry::getValue)
                .max()
                .orElseThrow();
        long least = open.entrySet().stream()
                .filter(e -> e.getKey().value() != 6)
                .mapToLong(Map.Entry::getValue)
                .min()
                .orElseThrow();
        assertThat(most - least).isLessThanOrEqualTo(3);
        assertThat(open.getOrDefault(new AccountId(6), 0L)).isLessThan(least);
    }
}
