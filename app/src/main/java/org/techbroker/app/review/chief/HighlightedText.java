package org.techbroker.app.review.chief;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An essay cut into plain and matching stretches, so that the page writes each stretch as escaped
 * text and marks the matching ones with an element of its own: the essay itself never becomes
 * markup. The ranges come from the similarity check, as character offsets into the essay; on the
 * second essay's side they may overlap or come out of order, so they are sorted and merged first.
 */
public final class HighlightedText {

    private HighlightedText() {}

    /** A stretch of the essay; {@code matching} when it is part of a passage the two essays share. */
    public record Segment(String text, boolean matching) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A half-open range [start, end) of the essay. */
    public record Range(int start, int end) {}

    /** The essay in order, every character in exactly one segment; ranges beyond the text are cut to it. */
    public static List<Segment> cut(String text, List<Range> ranges) {
        List<Range> merged = merge(text.length(), ranges);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Range range : merged) {
            if (range.start() > position) {
                segments.add(new Segment(text.substring(position, range.start()), false));
            }
            segments.add(new Segment(text.substring(range.start(), range.end()), true));
            position = range.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false));
        }
        return segments;
    }

    private static List<Range> merge(int length, List<Range> ranges) {
        List<Range> sorted = ranges.stream()
                .map(r -> new Range(Math.max(0, Math.min(r.start(), length)), Math.max(0, Math.min(r.end(), length))))
                .filter(r -> r.end() > r.start())
                .sorted(Comparator.comparingInt(Range::start))
                .toList();
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
