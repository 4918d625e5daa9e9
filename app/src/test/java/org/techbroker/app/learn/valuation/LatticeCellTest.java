package org.techbroker.app.learn.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.valuation.TwoStageOptionInput;
import org.techbroker.courses.valuation.TwoStageOptionInput.UpDown;
import org.techbroker.courses.valuation.TwoStageOptionResult;
import org.techbroker.courses.valuation.ValuationEngine;

class LatticeCellTest {

    @Test
    void drawsTheTwoStepLatticeAsATreeWithTheRootInTheMiddleRow() {
        // Hull: V = 50, K = 52, u = 1.2, d = 0.8: 50 → 60 / 40 → 72 / 48 / 32.
        TwoStageOptionResult result = new ValuationEngine()
                .twoStageRealOption(new TwoStageOptionInput(
                        BigDecimal.ZERO,
                        new BigDecimal("52"),
                        new BigDecimal("50"),
                        new BigDecimal("0.05"),
                        new BigDecimal("2"),
                        2,
                        new UpDown(new BigDecimal("1.2"), new BigDecimal("0.8"))));

        List<List<LatticeCell>> rows = LatticeCell.rows(result.lattice());

        assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(3));
        assertThat(values(rows.get(0))).containsExactly(null, null, "72.00");
        assertThat(values(rows.get(1))).containsExactly(null, "60.00", null);
        assertThat(values(rows.get(2))).containsExactly("50.00", null, "48.00");
        assertThat(values(rows.get(3))).containsExactly(null, "40.00", null);
        assertThat(values(rows.get(4))).containsExactly(null, null, "32.00");
        assertThat(rows.get(2).get(0).optionValue()).isEqualByComparingTo("7.14");
        assertThat(rows.get(0).get(2).decision()).isTrue();
        assertThat(rows.get(0).get(2).invest()).isTrue();
        assertThat(rows.get(2).get(2).invest()).isFalse();
        assertThat(rows.get(2).get(0).decision()).isFalse();
    }

    @Test
    void aOneStepLatticeHasThreeRows() {
        TwoStageOptionResult result = new ValuationEngine()
                .twoStageRealOption(new TwoStageOptionInput(
                        BigDecimal.ZERO,
                        new BigDecimal("100"),
                        new BigDecimal("100"),
                        new BigDecimal("0.03"),
                        BigDecimal.ONE,
                        1,
                        new TwoStageOptionInput.Volatility(new BigDecimal("0.3"))));

        List<List<LatticeCell>> rows = LatticeCell.rows(result.lattice());

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0).node()).isTrue();
        assertThat(rows.get(1).get(1).node()).isFalse();
        assertThat(rows.get(0).get(1).node()).isTrue();
    }

    private static List<String> values(List<LatticeCell> row) {
        return row.stream()
                .map(cell -> cell.node() ? cell.projectValue().toPlainString() : null)
                .toList();
    }
}
