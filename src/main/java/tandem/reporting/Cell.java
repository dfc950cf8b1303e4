package tandem.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number on a dashboard: a count of people and its share of the group, or withheld when it
 * is under 5 people (or when showing it would let someone work out a withheld one).
 */
public record Cell(Integer count, BigDecimal percent, boolean fewerThan5) {

    public static final int MINIMUM = 5;

    public static Cell shown(int count, int of) {
        BigDecimal percent = of <= 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP);
        return new Cell(count, percent, false);
    }

    public static Cell withheld() {
        return new Cell(null, null, true);
    }

    /** What a reader sees: the number, or the words fewer than 5. */
    public String text() {
        return fewerThan5 ? "fewer than 5" : Integer.toString(count);
    }

    /** The number with its share, for example 12 (40%). */
    public String withPercent() {
        return fewerThan5 || percent == null ? text() : count + " (" + percent.toPlainString() + "%)";
    }
}
