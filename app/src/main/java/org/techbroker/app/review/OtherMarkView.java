package org.techbroker.app.review;

import java.io.Serializable;
import java.util.List;

/**
 * Another mark of the same script as the marking form shows it: a title that says what it is
 * (never who gave it), the points and feedback per criterion, and, once the reader has submitted,
 * how far the reader's own points were from it ("you were +2").
 */
public record OtherMarkView(
        String title, String total, String totalDifference, String overallFeedback, String reason, List<Row> rows)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public OtherMarkView {
        rows = List.copyOf(rows);
    }

    /** One criterion of the other mark. */
    public record Row(String criterion, String points, String difference, String feedback) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
