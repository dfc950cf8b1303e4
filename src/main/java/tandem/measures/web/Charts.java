package tandem.measures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tandem.measures.ResultView.Point;

/**
 * A small server-side line chart (SVG, no script): the same points are always shown as a table
 * beside it, so the chart itself is decoration for sighted readers.
 */
public final class Charts {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;

    /** The line, its dots and the y-axis ticks, in SVG coordinates. */
    public record Chart(String points, List<Dot> dots, List<Tick> ticks) {
    }

    public record Dot(double x, double y) {
    }

    public record Tick(double y, String label) {
    }

    private Charts() {
    }

    public static Chart line(List<Point> series, BigDecimal min, BigDecimal max) {
        double lo = min == null ? series.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0) : min.doubleValue();
        double hi = max == null ? series.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1) : max.doubleValue();
        if (hi <= lo) {
            hi = lo + 1;
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            double x = LEFT + (series.size() == 1 ? plotW / 2 : plotW * i / (series.size() - 1));
            double y = TOP + plotH * (1 - (series.get(i).value().doubleValue() - lo) / (hi - lo));
            dots.add(new Dot(round(x), round(y)));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            ticks.add(new Tick(round(TOP + plotH * (1 - (v - lo) / (hi - lo))), fmt(v)));
        }
        return new Chart(points.toString().trim(), dots, ticks);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
