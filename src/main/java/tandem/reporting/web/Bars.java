package tandem.reporting.web;

import java.util.ArrayList;
import java.util.List;

import tandem.reporting.Cell;
import tandem.reporting.OutcomeDashboard.Figures;

/**
 * Stacked bars (SVG, no script) of reliably improved, no reliable change and reliably worse, as
 * shares of people with two or more responses. The same figures are always in a table beside
 * them. Every group whose people with two or more responses are shown gets a bar; a figure that
 * is withheld gets no segment, and the bar says which are left out and why.
 */
public final class Bars {

    public static final int WIDTH = 640;
    public static final int LABEL = 200;
    public static final int ROW = 30;
    private static final String[] FILLS = {"#1d5a7a", "#b8c4cc", "#8a4b08"};
    private static final String[] NAMES = {"reliably improved", "no reliable change", "reliably worse"};

    public record Segment(double x, double width, String fill, String label) {
    }

    /** One group's bar; {@code withheld} when the whole group is not shown, {@code leftOut} names withheld parts. */
    public record Bar(String name, double y, List<Segment> segments, boolean withheld, String leftOut) {
    }

    private Bars() {
    }

    public static List<Bar> of(List<Figures> figures) {
        List<Bar> bars = new ArrayList<>();
        double plot = WIDTH - LABEL - 8;
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            double y = 8 + i * ROW;
            Cell[] cells = {f.improved(), f.noReliableChange(), f.worse()};
            boolean withheld = !f.assessed() || f.withTwoOrMore().hidden() || cells[0] == null;
            List<Segment> segments = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            if (!withheld) {
                int total = f.withTwoOrMore().count();
                double x = LABEL;
                for (int k = 0; k < 3; k++) {
                    if (cells[k].hidden()) {
                        leftOut.add(NAMES[k] + " (" + cells[k].text() + ")");
                        continue;
                    }
                    double w = total == 0 ? 0 : plot * cells[k].count() / total;
                    segments.add(new Segment(round(x), round(w), FILLS[k], NAMES[k] + " " + cells[k].withPercent()));
                    x += w;
                }
            }
            bars.add(new Bar(f.name(), y, segments, withheld, leftOut.isEmpty() ? null : String.join(", ", leftOut)));
        }
        return bars;
    }

    /** For the chart's text alternative: each group and the parts of its bar left out, or null if none are. */
    public static String leftOut(List<Bar> bars) {
        List<String> parts = new ArrayList<>();
        for (Bar b : bars) {
            if (b.withheld()) {
                parts.add(b.name() + ": no bar, fewer than 5 people with two or more responses");
            } else if (b.leftOut() != null) {
                parts.add(b.name() + ": " + b.leftOut() + " left out");
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Whether any of these cells is withheld as secondary, so its table needs the footnote. */
    public static boolean anySecondary(java.util.Collection<Cell> cells) {
        return cells.stream().anyMatch(c -> c != null && c.suppressed() == tandem.reporting.Withheld.SECONDARY);
    }

    /** Every cell of these groups' figures. */
    public static List<Cell> cells(List<Figures> figures) {
        List<Cell> out = new ArrayList<>();
        for (Figures f : figures) {
            out.addAll(java.util.Arrays.asList(f.people(), f.withTwoOrMore(), f.improved(), f.noReliableChange(), f.worse()));
        }
        return out;
    }

    public static int height(List<Bar> bars) {
        return 16 + bars.size() * ROW;
    }

    public static String fill(int k) {
        return FILLS[k];
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
