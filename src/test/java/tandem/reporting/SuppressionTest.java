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
        assertThat(cells.get(1).hidden()).isTrue();
        assertThat(cells.get(0).hidden()).isFalse();
    }

    @Test
    void aWholeLineIsWithheldWhenItsTotalIsUnderFive() {
        assertThat(Suppression.partition(4, List.of(4, 0))).allMatch(Cell::hidden);
    }

    @Test
    void aTeamOf38With20ImprovedShowsTheSmallOneAsSmallAndTheOneBesideItAsWithheld() {
        List<Cell> cells = Suppression.partition(38, List.of(20, 15, 3));
        assertThat(cells.get(0).text()).isEqualTo("20");
        assertThat(cells.get(1).suppressed()).isEqualTo(Withheld.SECONDARY);
        assertThat(cells.get(1).text()).isEqualTo("withheld");
        assertThat(cells.get(2).suppressed()).isEqualTo(Withheld.SMALL);
        assertThat(cells.get(2).text()).isEqualTo("fewer than 5");
        assertThat(cells.get(2).fewerThan5()).isTrue();
        assertThat(cells.get(1).fewerThan5()).isFalse();
    }

    @Test
    void twoSmallOnesThatMustBothBeFourAreProtectedByAThird() {
        // 28 - 20 leaves 8 for two counts of at most 4 each: both would be 4
        List<Cell> cells = Suppression.partition(28, List.of(20, 4, 4));
        assertThat(cells.get(0).suppressed()).isEqualTo(Withheld.SECONDARY);
        // 20 with all others zero would give the zeros away
        assertThat(Suppression.partition(20, List.of(20, 0, 0)).get(0).suppressed()).isEqualTo(Withheld.SECONDARY);
    }

    @Test
    void noSmallCountCanBeWorkedOutFromTheShownOnesTheTotalAndTheLabels() {
        qt().forAll(intLists(0, 40, 1, 6)).checkAssert(counts -> {
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            if (total < Cell.MINIMUM) {
                return;
            }
            List<Cell> cells = Suppression.partition(total, counts);
            int hiddenSum = total;
            int smalls = 0;
            boolean secondary = false;
            for (Cell c : cells) {
                hiddenSum -= c.hidden() ? 0 : c.count();
                smalls += c.suppressed() == Withheld.SMALL ? 1 : 0;
                secondary |= c.suppressed() == Withheld.SECONDARY;
            }
            // every value 0..4 of a small one that fits the rest: more than one means it cannot be known
            int fits = 0;
            for (int x = 0; x < Cell.MINIMUM; x++) {
                int rest = hiddenSum - x;
                boolean possible = rest >= 0 && (secondary || rest <= (Cell.MINIMUM - 1) * (smalls - 1));
                fits += possible ? 1 : 0;
            }
            assertThat(smalls == 0 || fits > 1).as("a small one given away in " + counts + " -> " + cells).isTrue();
        });
    }

    @Test
    void crossTablesProtectRowsAndColumns() {
        List<List<Cell>> grid = Suppression.grid(new int[][] {{10, 12, 2}, {9, 8, 20}, {6, 7, 30}});
        assertThat(grid.get(0).get(2).hidden()).isTrue();
        assertNoLineHasExactlyOneWithheld(grid);
    }

    @Test
    void noShownCountIsUnderFiveAndNoLineGivesAWithheldCountAway() {
        qt().forAll(intLists(0, 40, 1, 6)).checkAssert(counts -> {
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            List<Cell> cells = Suppression.partition(total, counts);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).hidden()) {
                    assertThat(cells.get(i).count()).as("counts " + counts).isEqualTo(counts.get(i)).isGreaterThanOrEqualTo(Cell.MINIMUM);
                }
            }
            long withheld = cells.stream().filter(Cell::hidden).count();
            assertThat(withheld == 1 && cells.size() > 1).as("exactly one withheld in " + counts).isFalse();
        });
    }

    @Test
    void gridsNeverLeaveExactlyOneWithheldCellInARowOrColumn() {
        qt().forAll(intLists(0, 30, 6, 6)).checkAssert(v -> {
            List<List<Cell>> grid = Suppression.grid(new int[][] {{v.get(0), v.get(1), v.get(2)}, {v.get(3), v.get(4), v.get(5)}});
            for (List<Cell> row : grid) {
                for (Cell cell : row) {
                    assertThat(cell.hidden() || cell.count() >= Cell.MINIMUM).as("grid " + v).isTrue();
                }
            }
            assertNoLineHasExactlyOneWithheld(grid);
        });
    }

    private static void assertNoLineHasExactlyOneWithheld(List<List<Cell>> grid) {
        for (List<Cell> row : grid) {
            assertThat(row.stream().filter(Cell::hidden).count()).isNotEqualTo(1);
        }
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            assertThat(grid.stream().filter(r -> r.get(column).hidden()).count()).isNotEqualTo(1);
        }
    }
}
