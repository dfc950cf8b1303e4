package tandem.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Band;
import tandem.measures.scoring.Instrument;
import tandem.reporting.Cell;
import tandem.reporting.OutcomeDashboard.BandCount;
import tandem.reporting.OutcomeDashboard.Completion;
import tandem.reporting.OutcomeDashboard.CrossTable;
import tandem.reporting.OutcomeDashboard.Figures;
import tandem.reporting.OutcomeRule;
import tandem.reporting.Suppression;
import tandem.reporting.internal.DashboardQueries.Aggregate;
import tandem.reporting.internal.DashboardQueries.CompletionRow;
import tandem.reporting.internal.DashboardQueries.Kind;
import tandem.reporting.internal.DashboardQueries.Outcome;
import tandem.reporting.internal.DashboardQueries.PersonOutcome;

/**
 * Turns the read model's counts into what a dashboard shows, with every count under 5 withheld
 * and the counts beside a withheld one protected ({@link Suppression}). Pure: no SQL, no state.
 */
final class DashboardFigures {

    /** The rows of the cross-table, in order. */
    private static final List<Outcome> CHANGES = List.of(Outcome.IMPROVED, Outcome.UNCHANGED, Outcome.WORSE);

    private DashboardFigures() {
    }

    /** One group's figures (or the whole selection's, with a null id); all withheld under 5 people. */
    static Figures figures(UUID id, String name, Aggregate a, OutcomeRule rule) {
        if (a.people() < Cell.MINIMUM) {
            return withheld(id, name, rule);
        }
        Cell repeated = Suppression.single(a.repeated(), a.people());
        BigDecimal mean = a.repeated() >= Cell.MINIMUM
                ? a.changeSum().divide(BigDecimal.valueOf(a.repeated()), 2, RoundingMode.HALF_UP) : null;
        if (!rule.assessed()) {
            return new Figures(id, name, Cell.shown(a.people(), 0), repeated, mean, null, null, null, false);
        }
        List<Cell> split = repeated.hidden() ? List.of(Cell.small(), Cell.small(), Cell.small())
                : Suppression.partition(a.repeated(), List.of(a.improved(), a.unchanged(), a.worse()));
        return new Figures(id, name, Cell.shown(a.people(), 0), repeated, mean, split.get(0), split.get(1), split.get(2), true);
    }

    /** A group's figures with every number withheld. */
    static Figures withheld(UUID id, String name, OutcomeRule rule) {
        Cell w = Cell.small();
        return rule.assessed() ? new Figures(id, name, w, w, null, w, w, w, true) : new Figures(id, name, w, w, null, null, null, null, false);
    }

    /** People by the band of their latest response, in the instrument's band order, then any others. */
    static List<BandCount> bands(Instrument instrument, Aggregate total, List<Aggregate> aggregates) {
        List<String> order = new ArrayList<>(MeasuresApi.primaryScale(instrument).bands().stream().map(Band::label).toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(b -> counts.put(b, 0));
        aggregates.stream().filter(a -> a.kind() == Kind.BAND)
                .forEach(a -> counts.merge(a.band() == null ? "No band" : a.band(), a.people(), Integer::sum));
        if (counts.isEmpty() || total.people() == 0) {
            return List.of();
        }
        List<String> labels = List.copyOf(counts.keySet());
        List<Cell> cells = Suppression.partition(total.people(), labels.stream().map(counts::get).toList());
        List<BandCount> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new BandCount(labels.get(i), cells.get(i)));
        }
        return out;
    }

    /** Both withheld when fewer than 5 were asked; otherwise the completed count protected against its complement. */
    static Completion completion(CompletionRow row) {
        return row.asked() < Cell.MINIMUM ? new Completion(Cell.small(), Cell.small())
                : new Completion(Cell.shown(row.asked(), 0),
                        Suppression.partition(row.asked(), List.of(row.completed(), row.asked() - row.completed())).get(0));
    }

    /**
     * Personal against clinical recovery: the observed people by outcome and whether they meet the
     * clinical criteria; the people of each outcome in {@code total} without observations are "not known".
     */
    static CrossTable crossTable(List<PersonOutcome> observed, Map<UUID, Boolean> recovered, Aggregate total, LocalDate today) {
        int[][] grid = new int[3][3];
        int[] rowTotals = {total.improved(), total.unchanged(), total.worse()};
        for (PersonOutcome p : observed) {
            int r = p.outcome() == null ? -1 : CHANGES.indexOf(p.outcome());
            if (r >= 0) {
                grid[r][Boolean.TRUE.equals(recovered.get(p.person())) ? 0 : 1]++;
            }
        }
        for (int r = 0; r < 3; r++) {
            grid[r][2] = rowTotals[r] - grid[r][0] - grid[r][1];
        }
        return new CrossTable(List.of("Reliably improved", "No reliable change", "Reliably worse"),
                List.of("Meets clinical recovery criteria", "Does not meet them yet", "Not known (no observations)"),
                Suppression.grid(grid), today.toString());
    }
}
