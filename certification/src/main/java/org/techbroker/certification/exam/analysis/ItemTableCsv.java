package org.techbroker.certification.exam.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;

/**
 * The item table of an item analysis as RFC 4180 CSV (comma-separated, CRLF line ends, fields
 * quoted only when they need it), for examiners who review items in a spreadsheet.
 *
 * <p>Numbers are written with a dot and exactly four decimals, whatever the server's locale, so
 * that a column sorts and compares the same everywhere; an absent statistic is an empty cell, never
 * 0, which would read as "no discrimination". Item labels come from authors, so a label that a
 * spreadsheet would run as a formula ({@code =HYPERLINK(…)}, also {@code + - @}, tab and carriage
 * return, as OWASP lists them) is prefixed with a single quote, which spreadsheets show as text.
 */
public class ItemTableCsv {

    /** The header row, in column order. */
    public static final List<String> HEADER =
            List.of("item_id", "item", "candidates", "omitted", "max_points", "facility", "discrimination");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /**
     * Writes the header and one row per item, in the report's order.
     *
     * @param itemLabels what to show for each item (its key or the start of its stem); an item
     *     without a label gets an empty cell
     * @param out where to write; the caller keeps it open or closes it
     */
    public void write(ItemAnalysisReport report, Map<Long, String> itemLabels, Appendable out) throws IOException {
        FORMAT.printRecord(out, HEADER.toArray());
        for (ItemStatistics item : report.items()) {
            List<String> row = new ArrayList<>();
            row.add(Long.toString(item.itemId()));
            row.add(text(itemLabels.getOrDefault(item.itemId(), "")));
            row.add(Integer.toString(item.candidates()));
            row.add(Integer.toString(item.omitted()));
            row.add(decimal(item.maxPoints()));
            row.add(decimal(item.facility()));
            row.add(decimal(item.discrimination()));
            FORMAT.printRecord(out, row.toArray());
        }
    }

    /** The table as one string, for a download of modest size. */
    public String toCsv(ItemAnalysisReport report, Map<Long, String> itemLabels) {
        StringBuilder csv = new StringBuilder();
        try {
            write(report, itemLabels, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not fail", e);
        }
        return csv.toString();
    }

    /** A text cell that a spreadsheet will show rather than evaluate. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : "";
    }

    static String decimal(double value) {
        return decimal(BigDecimal.valueOf(value));
    }

    static String decimal(BigDecimal value) {
        // BigDecimal has no negative zero, so −0.00001 is written 0.0000, not -0.0000.
        return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
