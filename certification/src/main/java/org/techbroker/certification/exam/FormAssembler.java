package org.techbroker.certification.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Draws a candidate's form from the bank so that it meets the blueprint exactly: the asked number
 * of objective items in every topic × difficulty cell and the asked number of essays, each item
 * at most once, objective items in random order and essays last; options shuffled when the
 * blueprint says so (true/false options keep their order). A blueprint the bank cannot satisfy is
 * refused with every short cell named, before anyone starts.
 */
public final class FormAssembler {

    /** An item the bank can draw: the current, active version of an item of the level. */
    public record PoolItem(long versionId, String course, Difficulty difficulty, ItemType type, List<Long> optionIds) {
        public PoolItem {
            Objects.requireNonNull(course, "course");
            Objects.requireNonNull(difficulty, "difficulty");
            Objects.requireNonNull(type, "type");
            optionIds = List.copyOf(optionIds);
        }
    }

    /** One item of a form, with its options in the order the candidate sees them. */
    public record FormEntry(long versionId, List<Long> optionOrder) {}

    /** A cell the bank is short of: a topic and difficulty (or the essays, with no topic). */
    public record Shortfall(String course, Difficulty difficulty, int needed, int available) {

        public boolean isEssays() {
            return course == null;
        }

        @Override
        public String toString() {
            return isEssays()
                    ? "essays " + available + "/" + needed
                    : course + " " + difficulty + " " + available + "/" + needed;
        }
    }

    private FormAssembler() {}

    /** The cells this pool cannot fill; empty when every form can be assembled. */
    public static List<Shortfall> shortfalls(BlueprintTerms terms, List<PoolItem> pool) {
        Map<String, Long> available = pool.stream()
                .filter(item -> item.type().isObjective())
                .collect(Collectors.groupingBy(
                        item -> cellKey(item.course(), item.difficulty()), Collectors.counting()));
        List<Shortfall> shortfalls = new ArrayList<>();
        for (BlueprintCell cell : terms.cells()) {
            long have = available.getOrDefault(cellKey(cell.course().value(), cell.difficulty()), 0L);
            if (have < cell.itemCount()) {
                shortfalls.add(new Shortfall(cell.course().value(), cell.difficulty(), cell.itemCount(), (int) have));
            }
        }
        long essays =
                pool.stream().filter(item -> item.type() == ItemType.ESSAY).count();
        if (essays < terms.essayCount()) {
            shortfalls.add(new Shortfall(null, null, terms.essayCount(), (int) essays));
        }
        return shortfalls;
    }

    /**
     * A form for one candidate.
     *
     * @throws IllegalArgumentException when the pool cannot satisfy the blueprint (check {@link
     *     #shortfalls} first to tell people why)
     */
    public static List<FormEntry> assemble(BlueprintTerms terms, List<PoolItem> pool, Random random) {
        if (!shortfalls(terms, pool).isEmpty()) {
            throw new IllegalArgumentException("The pool cannot satisfy the blueprint: " + shortfalls(terms, pool));
        }
        Map<String, List<PoolItem>> byCell = new TreeMap<>();
        List<PoolItem> essays = new ArrayList<>();
        // A stable order before drawing, so that a seeded draw is reproducible whatever order the database returned.
        List<PoolItem> ordered = new ArrayList<>(pool);
        ordered.sort(Comparator.comparingLong(PoolItem::versionId));
        for (PoolItem item : ordered) {
            if (item.type().isObjective()) {
                byCell.computeIfAbsent(cellKey(item.course(), item.difficulty()), k -> new ArrayList<>())
                        .add(item);
            } else {
                essays.add(item);
            }
        }
        List<PoolItem> objective = new ArrayList<>();
        for (BlueprintCell cell : terms.cells()) {
            List<PoolItem> candidates =
                    new ArrayList<>(byCell.get(cellKey(cell.course().value(), cell.difficulty())));
            Collections.shuffle(candidates, random);
            objective.addAll(candidates.subList(0, cell.itemCount()));
        }
        Collections.shuffle(objective, random);
        Collections.shuffle(essays, random);
        List<FormEntry> form = new ArrayList<>();
        for (PoolItem item : objective) {
            form.add(new FormEntry(item.versionId(), optionOrder(item, terms.shuffleOptions(), random)));
        }
        for (PoolItem essay : essays.subList(0, terms.essayCount())) {
            form.add(new FormEntry(essay.versionId(), List.of()));
        }
        return form;
    }

    private static List<Long> optionOrder(PoolItem item, boolean shuffle, Random random) {
        List<Long> order = new ArrayList<>(item.optionIds());
        if (shuffle && item.type() != ItemType.TRUE_FALSE) {
            Collections.shuffle(order, random);
        }
        return order;
    }

    private static String cellKey(String course, Difficulty difficulty) {
        return course + "/" + difficulty;
    }
}
