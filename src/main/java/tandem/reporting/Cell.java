package tandem.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One number on a dashboard: a count of people and its share of the group, or withheld, saying
 * why ({@link Withheld}): because it is under 5 people, or because showing it would let someone
 * work out a small one. {@code fewerThan5} is the older flag, true only for a small count.
 */
public record Cell(Integer count, BigDecimal percent, boolean fewerThan5,
        @JsonInclude(JsonInclude.Include.NON_NULL) Withheld suppressed) {

    public static final int MINIMUM = 5;

    /** The page's footnote under a table with a secondary figure in it. */
    public static final String SECONDARY_NOTE = "Withheld so that a small number cannot be worked out from the others.";

    public static Cell shown(int count, int of) {
        BigDecimal percent = of <= 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP);
        return new Cell(count, percent, false, null);
    }

    /** A count under 5, not shown. */
    public static Cell small() {
        return new Cell(null, null, true, Withheld.SMALL);
    }

    /** A count withheld so that a small one cannot be worked out by subtraction. */
    public static Cell secondary() {
        return new Cell(null, null, false, Withheld.SECONDARY);
    }

    /** Whether the number is not shown, for either reason. */
    @JsonIgnore
    public boolean hidden() {
        return suppressed != null;
    }

    /** What a reader sees: the number, the words fewer than 5, or the word withheld. */
    public String text() {
        if (suppressed == null) {
            return Integer.toString(count);
        }
        return suppressed == Withheld.SMALL ? "fewer than 5" : "withheld";
    }

    /** The number with its share, for example 12 (40%). */
    public String withPercent() {
        return hidden() || percent == null ? text() : count + " (" + percent.toPlainString() + "%)";
    }
}
