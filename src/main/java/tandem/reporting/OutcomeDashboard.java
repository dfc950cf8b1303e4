package tandem.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a service dashboard shows for one instrument and period: who it covers, the figures for
 * the whole selection and for each group in it, the bands people were in at their latest
 * response, completion, and personal against clinical recovery. Counts under 5 are withheld.
 * When the whole selection has fewer than 5 people, {@code withheld} says so and nothing else is given.
 */
public record OutcomeDashboard(String instrument, String instrumentTitle, String scale, int months, LocalDate from,
        LocalDate to, String scope, String groupedBy, String reliableChange, String withheld, Figures overall,
        List<Figures> groups, List<BandCount> bands, Completion completion, CrossTable personalByClinical,
        Instant readModelBuiltAt) {

    /** Figures for a group of people (or for the whole selection, with a null id). */
    public record Figures(UUID id, String name, Cell people, Cell withTwoOrMore, BigDecimal meanChange, Cell improved,
            Cell noReliableChange, Cell worse, boolean assessed) {
    }

    public record BandCount(String band, Cell people) {
    }

    /** People asked to complete the instrument with a due date in the period, and how many did. */
    public record Completion(Cell asked, Cell completed) {
    }

    /** Rows: reliably improved, no reliable change, reliably worse; columns: meets, does not meet, not known. */
    public record CrossTable(List<String> rows, List<String> columns, List<List<Cell>> cells, String asOf) {
    }
}
