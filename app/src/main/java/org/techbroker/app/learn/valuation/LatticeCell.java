package org.techbroker.app.learn.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.courses.valuation.TwoStageOptionResult.LatticeNode;

/**
 * One cell of the lattice as the page draws it: the classic recombining tree, today on the left
 * and the decision date on the right, each up move one row higher and each down move one row
 * lower. Cells between nodes are empty.
 *
 * @param node whether a node sits here
 * @param projectValue the project value at the node
 * @param optionValue the option value at the node
 * @param decision whether the node is at the decision date
 * @param invest at the decision date, whether the second stage is worth its cost there
 */
public record LatticeCell(
        boolean node, BigDecimal projectValue, BigDecimal optionValue, boolean decision, boolean invest) {

    /** The largest lattice the page draws: 21 rows of 11 columns. */
    public static final int MAX_DRAWN_STEPS = 10;

    private static final LatticeCell EMPTY = new LatticeCell(false, null, null, false, false);

    /**
     * The lattice as rows of cells, top row first: row r holds the nodes whose up moves exceed
     * their down moves by n − r, so the root sits in the middle row.
     */
    static List<List<LatticeCell>> rows(List<List<LatticeNode>> lattice) {
        int n = lattice.size() - 1;
        List<List<LatticeCell>> rows = new ArrayList<>(2 * n + 1);
        for (int height = n; height >= -n; height--) {
            List<LatticeCell> row = new ArrayList<>(n + 1);
            for (int step = 0; step <= n; step++) {
                if (Math.abs(height) <= step && (step + height) % 2 == 0) {
                    LatticeNode node = lattice.get(step).get((step + height) / 2);
                    row.add(new LatticeCell(true, node.projectValue(), node.optionValue(), step == n, node.invest()));
                } else {
                    row.add(EMPTY);
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
