package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Short ways to write a sitting's responses in tests. */
final class Responses {

    private Responses() {}

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** An answered item without options, scored {@code awarded} out of {@code max}. */
    static ItemResponse scored(long itemId, String awarded, String max) {
        return ItemResponse.open(itemId, d(awarded), d(max), true);
    }

    /** An answered one-point item without options: 1 right, 0 wrong. */
    static ItemResponse point(long itemId, int awarded) {
        return scored(itemId, Integer.toString(awarded), "1");
    }

    /** A one-point choice item answered with the given options (none: omitted). */
    static ItemResponse chose(long itemId, int awarded, Long... options) {
        return ItemResponse.choice(itemId, BigDecimal.valueOf(awarded), BigDecimal.ONE, Set.of(options));
    }

    static CandidateResponses candidate(long id, ItemResponse... responses) {
        return new CandidateResponses(id, List.of(responses));
    }

    /** Candidates numbered from 1, each scored 0 or 1 on items 1, 2, … in the order of the row. */
    static List<CandidateResponses> scoreRows(int[]... rows) {
        List<CandidateResponses> candidates = new ArrayList<>();
        for (int row = 0; row < rows.length; row++) {
            List<ItemResponse> responses = new ArrayList<>();
            for (int item = 0; item < rows[row].length; item++) {
                responses.add(point(item + 1, rows[row][item]));
            }
            candidates.add(new CandidateResponses(row + 1, responses));
        }
        return candidates;
    }

    /** A sitting of one-point items without options, one row of 0s and 1s per candidate. */
    static SittingResponses scoreSheet(int[]... rows) {
        return new SittingResponses(scoreRows(rows), List.of());
    }

    static SittingResponses sitting(CandidateResponses... candidates) {
        return new SittingResponses(Arrays.asList(candidates), List.of());
    }
}
