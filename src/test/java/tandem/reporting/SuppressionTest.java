package tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static tandem.support.Theories.intLists;
import static tandem.support.Theories.qt;

class SuppressionTest {

    @Test
    void countsUnderFiveAreShownAsFewerThanFive() {
        List<Cell> cells = Suppression.partition(30, List.of(20, 7, 3));
        assertThat(cells.get(2).text()).isEqualTo("fewer than 5");
        assertThat(cells.get(0).text()).isEqualTo("20");
        assertThat(cells.get(0).withPercent()).isEqualTo("20 (67%)");
    }

    @Test
    void aSecondCountIsWithheldSoTheFirstCannotBeWorkedOutBySubtraction() {
        List<Cell> cells = Suppression.partition(30, List.of(20, 7, 3));
        // 30 - 20 - 7 would give away the 3, so the 7 (the smallest shown) is withheld too
        assertThat(cells.get(1).fewerThan5()).isTrue();
        assertThat(cells.get(0).fewerThan5()).isFalse();
    }

    @Test
    void aWholeLineIsWithheldWhenItsTotalIsUnderFive() {
        assertThat(Suppression.partition(4, List.of(4, 0))).allMatch(Cell::fewerThan5);
    }

    @Test
    void crossTablesProtectRowsAndColumns() {
        List<List<Cell>> grid = Suppression.grid(new int[][] {{10, 12, 2}, {9, 8, 20}, {6, 7, 30}});
        assertThat(grid.get(0).get(2).fewerThan5()).isTrue();
        assertNoLineHasExactlyOneWithheld(grid);
    }

    @Test
    void noShownCountIsUnderFiveAndNoLineGivesAWithheldCountAway() {
        qt().forAll(intLists(0, 40, 1, 6)).checkAssert(counts -> {
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            List<Cell> cells = Suppression.partition(total, counts);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).fewerThan5()) {
                    assertThat(cells.get(i).count()).as("counts " + counts).isEqualTo(counts.get(i)).isGreaterThanOrEqualTo(Cell.MINIMUM);
                }
            }
            long withheld = cells.stream().filter(Cell::fewerThan5).count();
            assertThat(withheld == 1 && cells.size() > 1).as("exactly one withheld in " + counts).isFalse();
        });
    }

    @Test
    void gridsNeverLeaveExactlyOneWithheldCellInARowOrColumn() {
        qt().forAll(intLists(0, 30, 6, 6)).checkAssert(v -> {
            List<List<Cell>> grid = Suppression.grid(new int[][] {{v.get(0), v.get(1), v.get(2)}, {v.get(3), v.get(4), v.get(5)}});
            for (List<Cell> row : grid) {
                for (Cell cell : row) {
                    assertThat(cell.fewerThan5() || cell.count() >= Cell.MINIMUM).as("grid " + v).isTrue();
                }
            }
            assertNoLineHasExactlyOneWithheld(grid);
        });
    }

    private static void assertNoLineHasExactlyOneWithheld(List<List<Cell>> grid) {
        for (List<Cell> row : grid) {
            assertThat(row.stream().filter(Cell::fewerThan5).count()).isNotEqualTo(1);
        }
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            assertThat(grid.stream().filter(r -> r.get(column).fewerThan5()).count()).isNotEqualTo(1);
        }
    }
}
