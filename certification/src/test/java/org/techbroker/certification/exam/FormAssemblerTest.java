package org.techbroker.certification.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.FormAssembler.FormEntry;
import org.techbroker.certification.exam.FormAssembler.PoolItem;
import org.techbroker.certification.exam.FormAssembler.Shortfall;
import org.techbroker.courses.catalog.CourseCode;

class FormAssemblerTest {

    private static final CourseCode IPL = new CourseCode("IPL-101");
    private static final CourseCode TCL = new CourseCode("TCL-201");

    private long nextId = 1;

    @Test
    void everyFormMeetsTheBlueprintExactlyWhateverTheDraw() {
        List<PoolItem> pool = new ArrayList<>();
        pool.addAll(items(IPL, Difficulty.EASY, ItemType.SINGLE_CHOICE, 7));
        pool.addAll(items(IPL, Difficulty.MEDIUM, ItemType.MULTIPLE_CHOICE, 10));
        pool.addAll(items(IPL, Difficulty.HARD, ItemType.NUMERIC, 5));
        pool.addAll(items(TCL, Difficulty.EASY, ItemType.TRUE_FALSE, 3));
        pool.addAll(items(TCL, Difficulty.HARD, ItemType.SINGLE_CHOICE, 4));
        pool.addAll(items(TCL, Difficulty.MEDIUM, ItemType.ESSAY, 3));
        BlueprintTerms terms = terms(
                2,
                true,
                new BlueprintCell(IPL, Difficulty.EASY, 2),
                new BlueprintCell(IPL, Difficulty.MEDIUM, 4),
                new BlueprintCell(IPL, Difficulty.HARD, 2),
                new BlueprintCell(TCL, Difficulty.EASY, 3),
                new BlueprintCell(TCL, Difficulty.HARD, 1));
        Map<Long, PoolItem> byId = pool.stream().collect(Collectors.toMap(PoolItem::versionId, p -> p));
        Set<List<Long>> distinctForms = new HashSet<>();

        for (long seed = 0; seed < 500; seed++) {
            List<FormEntry> form = FormAssembler.assemble(terms, pool, new Random(seed));

            Map<String, Integer> perCell = new HashMap<>();
            for (FormEntry entry : form) {
                PoolItem item = byId.get(entry.versionId());
                if (item.type() != ItemType.ESSAY) {
                    perCell.merge(item.course() + "/" + item.difficulty(), 1, Integer::sum);
                }
                assertThat(entry.optionOrder()).containsExactlyInAnyOrderElementsOf(item.optionIds());
                if (item.type() == ItemType.TRUE_FALSE) {
                    assertThat(entry.optionOrder()).isEqualTo(item.optionIds());
                }
            }
            assertThat(perCell)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "IPL-101/EASY",
                            2,
                            "IPL-101/MEDIUM",
                            4,
                            "IPL-101/HARD",
                            2,
                            "TCL-201/EASY",
                            3,
                            "TCL-201/HARD",
                            1));
            List<Long> ids = form.stream().map(FormEntry::versionId).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(12 + 2);
            assertThat(ids.subList(12, 14))
                    .allSatisfy(id -> assertThat(byId.get(id).type()).isEqualTo(ItemType.ESSAY));
            distinctForms.add(ids);
        }
        assertThat(distinctForms).as("different candidates get different forms").hasSizeGreaterThan(450);
    }

    @Test
    void optionsKeepTheirOrderWhenTheBlueprintDoesNotShuffle() {
        List<PoolItem> pool = items(IPL, Difficulty.EASY, ItemType.SINGLE_CHOICE, 3);
        BlueprintTerms terms = terms(0, false, new BlueprintCell(IPL, Difficulty.EASY, 3));

        for (long seed = 0; seed < 50; seed++) {
            for (FormEntry entry : FormAssembler.assemble(terms, pool, new Random(seed))) {
                PoolItem item = pool.stream()
                        .filter(p -> p.versionId() == entry.versionId())
                        .findFirst()
                        .orElseThrow();
                assertThat(entry.optionOrder()).isEqualTo(item.optionIds());
            }
        }
    }

    @Test
    void aSeededDrawIsReproducibleWhateverOrderThePoolCameIn() {
        List<PoolItem> pool = items(IPL, Difficulty.MEDIUM, ItemType.SINGLE_CHOICE, 9);
        List<PoolItem> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        BlueprintTerms terms = terms(0, true, new BlueprintCell(IPL, Difficulty.MEDIUM, 5));

        assertThat(FormAssembler.assemble(terms, reversed, new Random(42)))
                .isEqualTo(FormAssembler.assemble(terms, pool, new Random(42)));
    }

    @Test
    void everyShortCellIsNamedAndNoFormIsDrawn() {
        List<PoolItem> pool = new ArrayList<>();
        pool.addAll(items(IPL, Difficulty.EASY, ItemType.SINGLE_CHOICE, 1));
        pool.addAll(items(TCL, Difficulty.HARD, ItemType.SINGLE_CHOICE, 5));
        BlueprintTerms terms = terms(
                1,
                true,
                new BlueprintCell(IPL, Difficulty.EASY, 2),
                new BlueprintCell(IPL, Difficulty.HARD, 1),
                new BlueprintCell(TCL, Difficulty.HARD, 5));

        List<Shortfall> shortfalls = FormAssembler.shortfalls(terms, pool);

        assertThat(shortfalls)
                .containsExactlyInAnyOrder(
                        new Shortfall("IPL-101", Difficulty.EASY, 2, 1),
                        new Shortfall("IPL-101", Difficulty.HARD, 1, 0),
                        new Shortfall(null, null, 1, 0));
        assertThatThrownBy(() -> FormAssembler.assemble(terms, pool, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IPL-101 EASY 1/2");
    }

    @Test
    void essaysAreNotCountedAsObjectiveItems() {
        List<PoolItem> pool = items(IPL, Difficulty.EASY, ItemType.ESSAY, 4);
        BlueprintTerms terms = terms(0, false, new BlueprintCell(IPL, Difficulty.EASY, 1));

        assertThat(FormAssembler.shortfalls(terms, pool))
                .containsExactly(new Shortfall("IPL-101", Difficulty.EASY, 1, 0));
    }

    private List<PoolItem> items(CourseCode course, Difficulty difficulty, ItemType type, int count) {
        List<PoolItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = nextId++;
            List<Long> options =
                    switch (type) {
                        case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                            List.of(id * 10 + 1, id * 10 + 2, id * 10 + 3, id * 10 + 4);
                        case TRUE_FALSE -> List.of(id * 10 + 1, id * 10 + 2);
                        default -> List.of();
                    };
            items.add(new PoolItem(id, course.value(), difficulty, type, options));
        }
        return items;
    }

    private static BlueprintTerms terms(int essays, boolean shuffle, BlueprintCell... cells) {
        return new BlueprintTerms(List.of(cells), essays, 90, 60, 60, shuffle, Set.of());
    }
}
