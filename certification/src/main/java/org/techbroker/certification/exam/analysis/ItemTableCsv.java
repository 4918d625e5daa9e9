package org.techbroker.certification.exam.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * The item table of an item analysis as RFC 4180 CSV (comma-separated, CRLF line ends, fields
 * quoted only when they need it), for examiners who review items in a spreadsheet: one row per
 * item version with its label, its statistics, its review flags, and how many candidates chose
 * each option.
 *
 * <p>Options are named by letter in the order the author wrote them (A, B, C…), the same for every
 * candidate whatever order their form showed; column {@code key} lists the keys' letters, and
 * {@code option_A}, {@code option_B}… how many candidates chose each, as many columns as the item
 * with the most options needs (empty cells for items with fewer, or none). The stems come last,
 * being the longest cells.
 *
 * <p>Numbers are written with a dot and exactly four decimals, whatever the server's locale, so
 * that a column sorts and compares the same everywhere; an absent statistic is an empty cell, never
 * 0, which would read as "no discrimination". Labels come from authors, so a text that a
 * spreadsheet would run as a formula ({@code =HYPERLINK(…)}, also {@code + - @}, tab and carriage
 * return, as OWASP lists them) is prefixed with a single quote, which spreadsheets show as text.
 *
 * <p>Excel on Windows reads a CSV file without a byte order mark in the system's legacy code page
 * (GBK on a Chinese Windows), which garbles every Chinese stem; with the UTF-8 byte order mark it
 * reads UTF-8, and LibreOffice and Google Sheets skip the mark. A file meant to be opened in a
 * spreadsheet therefore starts with {@link #BYTE_ORDER_MARK}; a program reading the table over the
 * API gets it without, the media type's charset saying UTF-8.
 */
public class ItemTableCsv {

    /** U+FEFF, written first in a file for spreadsheets. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The columns before the option columns, in order. */
    public static final List<String> LEADING_COLUMNS = List.of(
            "version_id",
            "item_key",
            "version",
            "type",
            "topic",
            "difficulty",
            "candidates",
            "omitted",
            "max_points",
            "facility",
            "discrimination",
            "review",
            "key");

    /** The columns after the option columns. */
    public static final List<String> TRAILING_COLUMNS = List.of("stem_zh", "stem_en");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** The header row for a report: the option columns depend on its items. */
    public static List<String> header(ItemAnalysisReport report) {
        List<String> header = new ArrayList<>(LEADING_COLUMNS);
        for (int i = 0; i < optionColumns(report); i++) {
            header.add("option_" + letter(i));
        }
        header.addAll(TRAILING_COLUMNS);
        return header;
    }

    /** The letter of the option at this position (0: A); after Z come AA, AB… */
    public static String letter(int position) {
        String letter = String.valueOf((char) ('A' + position % 26));
        return position < 26 ? letter : letter(position / 26 - 1) + letter;
    }

    /**
     * Writes the header and one row per item, in the report's order.
     *
     * @param labels the description of each item; an item without one gets empty label cells
     * @param out where to write; the caller keeps it open or closes it
     */
    public void write(ItemAnalysisReport report, Map<Long, ItemLabel> labels, Appendable out) throws IOException {
        int optionColumns = optionColumns(report);
        FORMAT.printRecord(out, header(report).toArray());
        for (ItemStatistics item : report.items()) {
            ItemLabel label = labels.getOrDefault(item.itemId(), ItemLabel.NONE);
            List<String> row = new ArrayList<>();
            row.add(Long.toString(item.itemId()));
            row.add(text(label.key()));
            row.add(label.version() == 0 ? "" : Integer.toString(label.version()));
            row.add(text(label.type()));
            row.add(text(label.topic()));
            row.add(text(label.difficulty()));
            row.add(Integer.toString(item.candidates()));
            row.add(Integer.toString(item.omitted()));
            row.add(decimal(item.maxPoints()));
            row.add(decimal(item.facility()));
            row.add(decimal(item.discrimination()));
            row.add(ReviewFlag.of(item).stream().map(Enum::name).collect(Collectors.joining(";")));
            row.add(keys(item.options()));
            for (int i = 0; i < optionColumns; i++) {
                row.add(
                        i < item.options().size()
                                ? Integer.toString(item.options().get(i).chosenBy())
                                : "");
            }
            row.add(text(label.stemZh()));
            row.add(text(label.stemEn()));
            FORMAT.printRecord(out, row.toArray());
        }
    }

    /** The table as one string, for a download of modest size; with the byte order mark if asked. */
    public String toCsv(ItemAnalysisReport report, Map<Long, ItemLabel> labels, boolean byteOrderMark) {
        StringBuilder csv = new StringBuilder();
        if (byteOrderMark) {
            csv.append(BYTE_ORDER_MARK);
        }
        try {
            write(report, labels, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not fail", e);
        }
        return csv.toString();
    }

    private static int optionColumns(ItemAnalysisReport report) {
        return report.items().stream()
                .mapToInt(item -> item.options().size())
                .max()
                .orElse(0);
    }

    private static String keys(List<OptionStatistics> options) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).key()) {
                keys.add(letter(i));
            }
        }
        return String.join(";", keys);
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
