package tandem.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression as a pure function. A count under {@link Cell#MINIMUM} is withheld as
 * {@link Withheld#SMALL}. Where a line of counts adds up to a total that is shown, a reader knows
 * the sum of the withheld ones and that each small one is 0 to 4; whenever that pins a small one
 * to a single value (one withheld alone, all of them zero, or every one of them 4), the smallest
 * count still shown in the line is withheld too, as {@link Withheld#SECONDARY}, which says nothing
 * of its size. Repeated until no small count in any line can be worked out. If a line has nothing
 * left to withhold, its small counts are marked secondary as well, so their size is not implied.
 */
public final class Suppression {

    private static final int SHOWN = 0;
    private static final int SMALL = 1;
    private static final int SECONDARY = 2;

    private Suppression() {
    }

    /** Counts that partition {@code total}; percentages are of {@code total}. */
    public static List<Cell> partition(int total, List<Integer> counts) {
        int[][] state = new int[1][counts.size()];
        int[][] grid = new int[1][counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            grid[0][i] = counts.get(i);
        }
        hideSmall(grid, state, total < Cell.MINIMUM);
        if (total >= Cell.MINIMUM) {
            settle(grid, state, false);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(cell(state[0][i], counts.get(i), total));
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
        int[][] state = new int[counts.length][counts.length == 0 ? 0 : counts[0].length];
        hideSmall(counts, state, total < Cell.MINIMUM);
        if (total >= Cell.MINIMUM) {
            settle(counts, state, true);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < counts[r].length; c++) {
                row.add(cell(state[r][c], counts[r][c], total));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A single count, withheld under the minimum. */
    public static Cell single(int count, int of) {
        return count < Cell.MINIMUM ? Cell.small() : Cell.shown(count, of);
    }

    private static Cell cell(int state, int count, int total) {
        return switch (state) {
            case SMALL -> Cell.small();
            case SECONDARY -> Cell.secondary();
            default -> Cell.shown(count, total);
        };
    }

    private static void hideSmall(int[][] grid, int[][] state, boolean all) {
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                state[r][c] = all || grid[r][c] < Cell.MINIMUM ? SMALL : SHOWN;
            }
        }
    }

    private static void settle(int[][] grid, int[][] state, boolean columnsToo) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < grid.length; r++) {
                changed |= protectLine(grid, state, r, true);
            }
            if (columnsToo && grid.length > 0) {
                for (int c = 0; c < grid[0].length; c++) {
                    changed |= protectLine(grid, state, c, false);
                }
            }
        }
    }

    /**
     * In one row (or column) where a small count could be worked out from the shown ones and the
     * line's total, withholds the smallest shown one; with none left, marks the small ones secondary.
     */
    private static boolean protectLine(int[][] grid, int[][] state, int index, boolean row) {
        int length = row ? grid[index].length : grid.length;
        int hiddenSum = 0;
        int smalls = 0;
        int hidden = 0;
        boolean secondary = false;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row ? index : i;
            int c = row ? i : index;
            if (state[r][c] == SHOWN) {
                if (smallest < 0 || grid[r][c] < grid[row ? index : smallest][row ? smallest : index]) {
                    smallest = i;
                }
            } else {
                hiddenSum += grid[r][c];
                hidden++;
                smalls += state[r][c] == SMALL ? 1 : 0;
                secondary |= state[r][c] == SECONDARY;
            }
        }
        boolean alone = hidden == 1 && smallest >= 0;
        if (!alone && (smalls == 0 || !recoverable(hiddenSum, smalls, secondary))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int r = row ? index : i;
            int c = row ? i : index;
            if (smallest < 0 && state[r][c] == SMALL) {
                state[r][c] = SECONDARY;
            }
        }
        if (smallest >= 0) {
            state[row ? index : smallest][row ? smallest : index] = SECONDARY;
        }
        return true;
    }

    /**
     * Whether a reader who knows the withheld counts of a line add up to {@code sum}, that each of
     * {@code smalls} small ones is 0 to 4 and that any secondary ones are 0 or more, can tell a
     * small one's value: its least possible value equals its greatest.
     */
    static boolean recoverable(int sum, int smalls, boolean secondary) {
        int most = Math.min(Cell.MINIMUM - 1, sum);
        int least = secondary ? 0 : Math.max(0, sum - (Cell.MINIMUM - 1) * (smalls - 1));
        return least == most;
    }
}
