package tandem.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tandem.reporting.Cell;
import tandem.reporting.OutcomeDashboard.Completion;
import tandem.reporting.OutcomeDashboard.CrossTable;
import tandem.reporting.OutcomeDashboard.Figures;
import tandem.reporting.OutcomeRule;
import tandem.reporting.internal.DashboardQueries.Aggregate;
import tandem.reporting.internal.DashboardQueries.CompletionRow;
import tandem.reporting.internal.DashboardQueries.Kind;
import tandem.reporting.internal.DashboardQueries.Outcome;
import tandem.reporting.internal.DashboardQueries.PersonOutcome;

class DashboardFiguresTest {

    private static final OutcomeRule ASSESSED = new OutcomeRule("QPR15", "QPR", "TOTAL", true, BigDecimal.ONE, true, 1, "a change");

    private static Aggregate aggregate(int people, int repeated, int changeSum, int improved, int unchanged, int worse) {
        return new Aggregate(Kind.TOTAL, null, null, people, repeated, BigDecimal.valueOf(changeSum), improved, unchanged, worse, 0);
    }

    @Test
    void aGroupOfFewerThanFivePeopleShowsNoFigures() {
        Figures f = DashboardFigures.figures(null, "Small", aggregate(4, 4, 8, 4, 0, 0), ASSESSED);
        assertThat(f.people().hidden()).isTrue();
        assertThat(f.withTwoOrMore().hidden()).isTrue();
        assertThat(f.meanChange()).isNull();
        assertThat(f.improved().hidden()).isTrue();
    }

    @Test
    void aSmallChangeCountIsWithheldWithTheNextSmallestSoThatItCannotBeSubtractedBack() {
        Figures f = DashboardFigures.figures(null, "All", aggregate(30, 20, 40, 10, 7, 3), ASSESSED);
        assertThat(f.people().count()).isEqualTo(30);
        assertThat(f.meanChange()).isEqualByComparingTo("2.00");
        assertThat(f.improved().count()).isEqualTo(10);
        assertThat(f.noReliableChange().hidden()).isTrue();
        assertThat(f.worse().hidden()).isTrue();
    }

    @Test
    void completionIsWithheldUnderFiveAskedAndTheCompletedCountIsProtectedAgainstItsRest() {
        Completion few = DashboardFigures.completion(new CompletionRow(4, 4));
        assertThat(few.asked().hidden()).isTrue();
        assertThat(few.completed().hidden()).isTrue();
        Completion nearlyAll = DashboardFigures.completion(new CompletionRow(20, 18));
        assertThat(nearlyAll.asked().count()).isEqualTo(20);
        assertThat(nearlyAll.completed().hidden()).isTrue();
        Completion half = DashboardFigures.completion(new CompletionRow(20, 10));
        assertThat(half.completed().withPercent()).isEqualTo("10 (50%)");
    }

    @Test
    void theCrossTableCountsObservedPeopleByOutcomeAndTheRestAsNotKnown() {
        List<PersonOutcome> observed = new ArrayList<>();
        Map<UUID, Boolean> recovered = new HashMap<>();
        int[][] counts = {{6, 6}, {7, 7}, {8, 7}};
        Outcome[] outcomes = {Outcome.IMPROVED, Outcome.UNCHANGED, Outcome.WORSE};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < counts[r][c]; i++) {
                    UUID p = UUID.randomUUID();
                    observed.add(new PersonOutcome(p, outcomes[r]));
                    recovered.put(p, c == 0);
                }
            }
        }
        UUID notAssessed = UUID.randomUUID();
        observed.add(new PersonOutcome(notAssessed, Outcome.NOT_ASSESSED));
        recovered.put(notAssessed, true);

        CrossTable x = DashboardFigures.crossTable(observed, recovered, aggregate(60, 60, 0, 20, 20, 20), LocalDate.of(2026, 12, 4));

        List<List<Integer>> shown = x.cells().stream().map(row -> row.stream().map(Cell::count).toList()).toList();
        assertThat(shown).containsExactly(List.of(6, 6, 8), List.of(7, 7, 6), List.of(8, 7, 5));
        assertThat(x.asOf()).isEqualTo("2026-12-04");
    }
}
