package org.techbroker.app.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;

class AuditedExamAdministrationTest {

    private static final CourseCode IPL = new CourseCode("IPL-101");
    private static final CourseCode TTM = new CourseCode("TTM-201");
    private static final Instant OPENS = Instant.parse("2026-06-01T01:00:00Z");

    private static BlueprintTerms terms(int minutes, BlueprintCell... cells) {
        return new BlueprintTerms(List.of(cells), 1, minutes, 60, 60, true, Set.of(IPL));
    }

    @Test
    void aBlueprintChangeNamesWhatChangedFromWhatToWhat() {
        BlueprintTerms before =
                terms(60, new BlueprintCell(IPL, Difficulty.EASY, 3), new BlueprintCell(TTM, Difficulty.MEDIUM, 2));
        BlueprintTerms after =
                terms(90, new BlueprintCell(TTM, Difficulty.MEDIUM, 2), new BlueprintCell(IPL, Difficulty.EASY, 4));

        assertThat(AuditedExamAdministration.changes(before, after))
                .isEqualTo("cells: [IPL-101/EASYx3,TTM-201/MEDIUMx2] -> [IPL-101/EASYx4,TTM-201/MEDIUMx2]"
                        + " duration: 60 -> 90");
    }

    @Test
    void reorderedCellsAndEmptyOnesAreNoChange() {
        BlueprintTerms before =
                terms(60, new BlueprintCell(IPL, Difficulty.EASY, 3), new BlueprintCell(TTM, Difficulty.HARD, 1));
        BlueprintTerms after = terms(
                60,
                new BlueprintCell(TTM, Difficulty.HARD, 1),
                new BlueprintCell(IPL, Difficulty.EASY, 3),
                new BlueprintCell(IPL, Difficulty.HARD, 0));

        assertThat(AuditedExamAdministration.changes(before, after)).isEqualTo("unchanged");
    }

    @Test
    void aSittingChangeNamesTheChangedTerms() {
        BilingualText title = new BilingualText("初级考试", "Junior exam");
        SittingTerms before = new SittingTerms(title, OPENS, OPENS.plusSeconds(7200), 30);
        SittingTerms after = new SittingTerms(title, OPENS, OPENS.plusSeconds(10_800), 45);

        assertThat(AuditedExamAdministration.changes(before, after))
                .isEqualTo("closesAt: 2026-06-01T03:00:00Z -> 2026-06-01T04:00:00Z capacity: 30 -> 45");
    }
}
