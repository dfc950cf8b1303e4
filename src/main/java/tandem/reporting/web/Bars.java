package tandem.reporting.web;

import java.util.ArrayList;
import java.util.List;

import tandem.reporting.Cell;
import tandem.reporting.OutcomeDashboard.Figures;

/**
 * Stacked bars (SVG, no script) of reliably improved, no reliable change and reliably worse, as
 * shares of people with two or more responses. The same figures are always in a table beside
 * them; withheld groups get no bar.
 */
public final class Bars {

    public static final int WIDTH = 640;
    public static final int LABEL = 200;
    public static final int ROW = 30;
    private static final String[] FILLS = {"#1d5a7a", "#b8c4cc", "#8a4b08"};
    private static final String[] NAMES = {"reliably improved", "no reliable change", "reliably worse"};

    public record Segment(double x, double width, String fill, String label) {
    }

    public record Bar(String name, double y, List<Segment> segments, boolean withheld) {
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
            boolean withheld = !f.assessed();
            for (Cell c : cells) {
                withheld |= c == null || c.fewerThan5();
            }
            List<Segment> segments = new ArrayList<>();
            if (!withheld) {
                int total = cells[0].count() + cells[1].count() + cells[2].count();
                double x = LABEL;
                for (int k = 0; k < 3; k++) {
                    double w = total == 0 ? 0 : plot * cells[k].count() / total;
                    segments.add(new Segment(round(x), round(w), FILLS[k], NAMES[k] + " " + cells[k].withPercent()));
                    x += w;
                }
            }
            bars.add(new Bar(f.name(), y, segments, withheld));
        }
        return bars;
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
