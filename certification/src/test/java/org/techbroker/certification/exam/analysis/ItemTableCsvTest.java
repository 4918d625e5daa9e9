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

    private final ItemTableCsv csv = new ItemTableCsv();

    private static ItemStatistics item(
            long id, String max, int candidates, int omitted, double facility, OptionalDouble r) {
        return new ItemStatistics(id, d(max), candidates, omitted, facility, r, List.of());
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
        Map<Long, String> labels = Map.of(
                1L, "=HYPERLINK(\"http://evil.example\",\"Click\")",
                2L, "-5 % royalty, or +2?",
                3L, "估值方法的选择与论证",
                4L, "@SUM(A1:A9)");

        String text = csv.toCsv(REPORT, labels);

        // RFC 4180: CRLF after every record; a field is quoted when it holds a comma or a quote, and
        // a quote inside is doubled. Labels starting = - @ get a leading ' and so cannot run as
        // formulas; numbers are never prefixed, so -0.2500 stays a number. Item 3's discrimination
        // is absent and stays an empty cell; item 4's −0.00001 rounds to 0.0000, not -0.0000;
        // item 5 has no label. Facility 0.12345 rounds half up to 0.1235.
        assertThat(text)
                .isEqualTo("item_id,item,candidates,omitted,max_points,facility,discrimination\r\n"
                        + "1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",4,0,1.0000,0.5000,0.7071\r\n"
                        + "2,\"'-5 % royalty, or +2?\",4,1,1.0000,0.1235,-0.2500\r\n"
                        + "3,估值方法的选择与论证,4,0,25.0000,0.6667,\r\n"
                        + "4,'@SUM(A1:A9),4,0,1.0000,1.0000,0.0000\r\n"
                        + "5,,3,0,2.0000,0.0000,1.0000\r\n");
    }

    @Test
    void writesToTheCallersWriterAndLeavesItOpen() throws IOException {
        StringWriter out = new StringWriter();
        csv.write(new ItemAnalysisReport(REPORT.sitting(), List.of()), Map.of(), out);
        out.write("more");

        assertThat(out.toString())
                .isEqualTo("item_id,item,candidates,omitted,max_points,facility,discrimination\r\nmore");
    }

    @Test
    void guardsEveryCharacterThatStartsAFormula() {
        assertThat(List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "a=1", "'quoted", ""))
                .map(ItemTableCsv::text)
                .containsExactly("'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "a=1", "'quoted", "");
    }

    @Test
    void analysedResultsGoStraightIntoTheTable() {
        // The hand example of ItemAnalysisTest: facilities 0.5, 0.75, 0.25; r = 0.7071, 0.5222, 0.5222.
        var report = new ItemAnalysis().analyse(Responses.scoreSheet(ItemAnalysisTest.HAND_EXAMPLE));

        assertThat(csv.toCsv(report, Map.of(1L, "Q1", 2L, "Q2", 3L, "Q3")))
                .isEqualTo("item_id,item,candidates,omitted,max_points,facility,discrimination\r\n"
                        + "1,Q1,4,0,1.0000,0.5000,0.7071\r\n"
                        + "2,Q2,4,0,1.0000,0.7500,0.5222\r\n"
                        + "3,Q3,4,0,1.0000,0.2500,0.5222\r\n");
    }
}
