package tandem.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression as a pure function. A count under {@link Cell#MINIMUM} is withheld
 * (primary suppression). Where a line of counts adds up to a total that is shown, withholding
 * exactly one of them would let a reader subtract it back, so the smallest other count in that
 * line is withheld too (secondary suppression), repeated until no line has exactly one withheld.
 */
public final class Suppression {

    private Suppression() {
    }

    /** Counts that partition {@code total}; percentages are of {@code total}. */
    public static List<Cell> partition(int total, List<Integer> counts) {
        boolean[][] hidden = new boolean[1][counts.size()];
        int[][] grid = new int[1][counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            grid[0][i] = counts.get(i);
        }
        hideSmall(grid, hidden, total < Cell.MINIMUM);
        settle(grid, hidden, false);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(hidden[0][i] ? Cell.withheld() : Cell.shown(counts.get(i), total));
        }
        return cells;
    }

    /**
     * A cross-table whose rows and columns both add up to shown totals: withheld cells are
     * protected along rows and along columns. Percentages are of the grand total.
     */
    public static List<List<Cell>> grid(int[][] counts) {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        boolean[][] hidden = new boolean[counts.length][counts.length == 0 ? 0 : counts[0].length];
        hideSmall(counts, hidden, total < Cell.MINIMUM);
        settle(counts, hidden, true);
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < counts[r].length; c++) {
                row.add(hidden[r][c] ? Cell.withheld() : Cell.shown(counts[r][c], total));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A single count, withheld under the minimum. */
    public static Cell single(int count, int of) {
        return count < Cell.MINIMUM ? Cell.withheld() : Cell.shown(count, of);
    }

    private static void hideSmall(int[][] grid, boolean[][] hidden, boolean all) {
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                hidden[r][c] = all || grid[r][c] < Cell.MINIMUM;
            }
        }
    }

    private static void settle(int[][] grid, boolean[][] hidden, boolean columnsToo) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < grid.length; r++) {
                changed |= protectLine(grid, hidden, r, true);
            }
            if (columnsToo && grid.length > 0) {
                for (int c = 0; c < grid[0].length; c++) {
                    changed |= protectLine(grid, hidden, c, false);
                }
            }
        }
    }

    /** In one row (or column) with exactly one withheld cell, withholds the smallest shown one. */
    private static boolean protectLine(int[][] grid, boolean[][] hidden, int index, boolean row) {
        int length = row ? grid[index].length : grid.length;
        int withheld = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row ? index : i;
            int c = row ? i : index;
            if (hidden[r][c]) {
                withheld++;
            } else if (smallest < 0 || grid[r][c] < grid[row ? index : smallest][row ? smallest : index]) {
                smallest = i;
            }
        }
        if (withheld == 1 && smallest >= 0) {
            hidden[row ? index : smallest][row ? smallest : index] = true;
            return true;
        }
        return false;
    }
}
