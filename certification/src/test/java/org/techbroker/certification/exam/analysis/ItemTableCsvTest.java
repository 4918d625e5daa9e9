package org.techbroker.certification.exam.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.certification.exam.analysis.Responses.d;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ItemTableCsvTest {

    private static final String HEADER_WITHOUT_OPTIONS = "version_id,item_key,version,type,topic,difficulty,"
            + "candidates,omitted,max_points,facility,discrimination,review,key,stem_zh,stem_en\r\n";

    private final ItemTableCsv csv = new ItemTableCsv();

    private static ItemStatistics item(
            long id, String max, int candidates, int omitted, double facility, OptionalDouble r) {
        return new ItemStatistics(id, d(max), candidates, omitted, facility, r, List.of());
    }

    private static ItemLabel label(String key, String stem) {
        return new ItemLabel(key, 1, "NUMERIC", "VAL-101", "MEDIUM", stem, stem);
    }

    private static final ItemAnalysisReport REPORT = new ItemAnalysisReport(
            new SittingStatistics(
                    4,
                    OptionalDouble.of(1.5),
                    OptionalDouble.of(1.118),
                    5,
                    OptionalDouble.of(0.75),
                    OptionalDouble.of(0.559)),
            List.of(
                    item(1, "1", 4, 0, 0.5, OptionalDouble.of(Math.sqrt(0.5))),
                    item(2, "1", 4, 1, 0.12345, OptionalDouble.of(-0.25)),
                    item(3, "25", 4, 0, 2.0 / 3, OptionalDouble.empty()),
                    item(4, "1", 4, 0, 1.0, OptionalDouble.of(-0.00001)),
                    item(5, "2", 3, 0, 0.0, OptionalDouble.of(1.0))));

    @Test
    void writesAHeaderAndOneRowPerItemWithFourDecimalsAndGuardedLabels() {
        Map<Long, ItemLabel> labels = Map.of(
                1L, label("K-1", "=HYPERLINK(\"http://evil.example\",\"Click\")"),
                2L, label("K-2", "-5 % royalty, or +2?"),
                3L, label("K-3", "估值方法的选择与论证"),
                4L, label("@K-4", "@SUM(A1:A9)"));

        String text = csv.toCsv(REPORT, labels, false);

        // RFC 4180: CRLF after every record; a field is quoted when it holds a comma or a quote, and
        // a quote inside is doubled. Texts starting = - @ get a leading ' and so cannot run as
        // formulas; numbers are never prefixed, so -0.2500 stays a number. Item 3's discrimination
        // is absent and stays an empty cell; item 4's −0.00001 rounds to 0.0000, not -0.0000;
        // item 5 has no label. Facility 0.12345 rounds half up to 0.1235. Review flags: item 2 is
        // hard (< 0.2) and discriminates negatively, item 4 is easy (> 0.95) with a discrimination
        // below 0 by a hair, item 5 is hard.
        assertThat(text)
                .isEqualTo(HEADER_WITHOUT_OPTIONS
                        + "1,K-1,1,NUMERIC,VAL-101,MEDIUM,4,0,1.0000,0.5000,0.7071,,,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"\r\n"
                        + "2,K-2,1,NUMERIC,VAL-101,MEDIUM,4,1,1.0000,0.1235,-0.2500,HARD;NEGATIVE_DISCRIMINATION,,"
                        + "\"'-5 % royalty, or +2?\",\"'-5 % royalty, or +2?\"\r\n"
                        + "3,K-3,1,NUMERIC,VAL-101,MEDIUM,4,0,25.0000,0.6667,,,,估值方法的选择与论证,估值方法的选择与论证\r\n"
                        + "4,'@K-4,1,NUMERIC,VAL-101,MEDIUM,4,0,1.0000,1.0000,0.0000,EASY;NEGATIVE_DISCRIMINATION,,"
                        + "'@SUM(A1:A9),'@SUM(A1:A9)\r\n"
                        + "5,,,,,,3,0,2.0000,0.0000,1.0000,HARD,,,\r\n");
    }

    @Test
    void choiceItemsGetTheirKeysAndOneCountPerOptionByLetter() {
        ItemStatistics threeOptions = new ItemStatistics(
                7,
                d("1"),
                5,
                1,
                0.4,
                OptionalDouble.of(0.88),
                List.of(
                        new OptionStatistics(70, true, 2, OptionalDouble.of(5.25)),
                        new OptionStatistics(71, false, 1, OptionalDouble.of(2.5)),
                        new OptionStatistics(72, false, 1, OptionalDouble.of(1))));
        ItemStatistics twoKeysOfFour = new ItemStatistics(
                8,
                d("2"),
                5,
                0,
                0.5,
                OptionalDouble.of(0.18),
                List.of(
                        new OptionStatistics(80, true, 4, OptionalDouble.of(3.5)),
                        new OptionStatistics(81, false, 2, OptionalDouble.of(1.75)),
                        new OptionStatistics(82, true, 2, OptionalDouble.of(3.5)),
                        new OptionStatistics(83, false, 0, OptionalDouble.empty())));
        ItemAnalysisReport report = new ItemAnalysisReport(
                REPORT.sitting(),
                List.of(threeOptions, twoKeysOfFour, item(9, "1", 5, 0, 0.4, OptionalDouble.empty())));

        String text = csv.toCsv(
                report,
                Map.of(
                        7L, new ItemLabel("TC-1", 2, "SINGLE_CHOICE", "LAW-101", "EASY", "哪一部法律？", "Which law?"),
                        8L, new ItemLabel("TC-2", 1, "MULTIPLE_CHOICE", "LAW-101", "HARD", "哪些？", "Which ones?")),
                true);

        // As many option columns as the item with the most options; empty cells where an item has
        // fewer, or none. The byte order mark comes first, before the header.
        assertThat(text)
                .isEqualTo(ItemTableCsv.BYTE_ORDER_MARK
                        + "version_id,item_key,version,type,topic,difficulty,candidates,omitted,max_points,facility,"
                        + "discrimination,review,key,option_A,option_B,option_C,option_D,stem_zh,stem_en\r\n"
                        + "7,TC-1,2,SINGLE_CHOICE,LAW-101,EASY,5,1,1.0000,0.4000,0.8800,,A,2,1,1,,哪一部法律？,Which law?\r\n"
                        + "8,TC-2,1,MULTIPLE_CHOICE,LAW-101,HARD,5,0,2.0000,0.5000,0.1800,LOW_DISCRIMINATION,A;C,"
                        + "4,2,2,0,哪些？,Which ones?\r\n"
                        + "9,,,,,,5,0,1.0000,0.4000,,,,,,,,,\r\n");
    }

    @Test
    void writesToTheCallersWriterAndLeavesItOpen() throws IOException {
        StringWriter out = new StringWriter();
        csv.write(new ItemAnalysisReport(REPORT.sitting(), List.of()), Map.of(), out);
        out.write("more");

        assertThat(out.toString()).isEqualTo(HEADER_WITHOUT_OPTIONS + "more");
    }

    @Test
    void guardsEveryCharacterThatStartsAFormula() {
        assertThat(List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "a=1", "'quoted", ""))
                .map(ItemTableCsv::text)
                .containsExactly("'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "a=1", "'quoted", "");
    }

    @Test
    void optionLettersGoOnAfterZ() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52))
                .map(ItemTableCsv::letter)
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA");
    }

    @Test
    void analysedResultsGoStraightIntoTheTable() {
        // The hand example of ItemAnalysisTest: facilities 0.5, 0.75, 0.25; r = 0.7071, 0.5222, 0.5222.
        var report = new ItemAnalysis().analyse(Responses.scoreSheet(ItemAnalysisTest.HAND_EXAMPLE));

        assertThat(csv.toCsv(report, Map.of(1L, label("Q1", "一"), 2L, label("Q2", "二"), 3L, label("Q3", "三")), false))
                .isEqualTo(HEADER_WITHOUT_OPTIONS
                        + "1,Q1,1,NUMERIC,VAL-101,MEDIUM,4,0,1.0000,0.5000,0.7071,,,一,一\r\n"
                        + "2,Q2,1,NUMERIC,VAL-101,MEDIUM,4,0,1.0000,0.7500,0.5222,,,二,二\r\n"
                        + "3,Q3,1,NUMERIC,VAL-101,MEDIUM,4,0,1.0000,0.2500,0.5222,,,三,三\r\n");
    }
}
