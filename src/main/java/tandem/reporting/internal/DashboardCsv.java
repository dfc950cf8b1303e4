package tandem.reporting.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tandem.reporting.Cell;
import tandem.reporting.OutcomeDashboard;
import tandem.reporting.OutcomeDashboard.BandCount;
import tandem.reporting.OutcomeDashboard.CrossTable;
import tandem.reporting.OutcomeDashboard.Figures;

/**
 * A dashboard as CSV, one figure per line: table, row, column, value. It writes what the dashboard
 * already shows (the words fewer than 5 for a small count, withheld for one left out so that a small one cannot be worked out), so it cannot reveal more than the page.
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String write(OutcomeDashboard d) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("table", "row", "column", "value", "suppressed").get())) {
            csv.printRecord("About", "Instrument", "", d.instrumentTitle() + " (" + d.instrument() + ", scale " + d.scale() + ")", "");
            csv.printRecord("About", "Period", "", d.from() + " to " + d.to(), "");
            csv.printRecord("About", "Selection", "", d.scope(), "");
            csv.printRecord("About", "Reliable change", "", d.reliableChange(), "");
            if (d.withheld() != null) {
                csv.printRecord("About", "Withheld", "", d.withheld(), "");
                return out.toString();
            }
            List<Figures> all = new ArrayList<>();
            all.add(d.overall());
            all.addAll(d.groups());
            for (Figures f : all) {
                String table = f.id() == null ? "Whole selection" : "By " + d.groupedBy();
                cell(csv, table, f.name(), "People with a response in the period", f.people());
                cell(csv, table, f.name(), "People with two or more responses", f.withTwoOrMore());
                csv.printRecord(table, f.name(), "Mean change, first to last", f.meanChange() == null ? "not shown" : f.meanChange().toPlainString(), "");
                if (f.assessed()) {
                    cell(csv, table, f.name(), "Reliably improved", f.improved());
                    cell(csv, table, f.name(), "No reliable change", f.noReliableChange());
                    cell(csv, table, f.name(), "Reliably worse", f.worse());
                }
            }
            for (BandCount b : d.bands()) {
                cell(csv, "Band at latest response", b.band(), "People", b.people());
            }
            cell(csv, "Completion", "People asked to complete it", "People", d.completion().asked());
            cell(csv, "Completion", "Completed it at least once in the period", "People", d.completion().completed());
            if (d.personalByClinical() != null) {
                CrossTable x = d.personalByClinical();
                for (int r = 0; r < x.rows().size(); r++) {
                    for (int c = 0; c < x.columns().size(); c++) {
                        cell(csv, "Personal and clinical recovery", x.rows().get(r), x.columns().get(c), x.cells().get(r).get(c));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** One figure: what the page shows, and why it is withheld (small or secondary) or empty when shown. */
    private static void cell(CSVPrinter csv, String table, String row, String column, Cell cell) throws IOException {
        csv.printRecord(table, row, column, cell.text(), cell.suppressed() == null ? "" : cell.suppressed().code());
    }
}
