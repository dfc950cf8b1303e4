package tandem.measures.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tandem.measures.scoring.ReliableChange;
import tandem.measures.scoring.Scale;

/** Scores and changes in plain words, never as a verdict about the person. */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Words() {
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    /** A date and time of day, like "4 December 2026 at 21:15" (UK time). */
    public static String dateTime(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).format(at.atZone(java.time.ZoneId.of("Europe/London")));
    }

    public static String isoDate(java.time.LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(d);
    }

    public static String number(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    public static String outOf(Scale scale, BigDecimal v) {
        if (v == null) {
            return "";
        }
        return scale.max() == null ? number(v) : number(v) + " out of " + number(scale.max());
    }

    public static String change(Scale scale, ReliableChange c, String since) {
        if (c == null) {
            return null;
        }
        int sign = c.difference().signum();
        String moved = sign == 0 ? "The same as " + since + "."
                : (sign > 0 ? "Up " : "Down ") + number(c.difference().abs()) + " since " + since + ".";
        if (!c.assessed()) {
            return moved;
        }
        if (!c.reliable()) {
            return sign == 0 ? moved : moved + " A change this size can happen from day-to-day ups and downs, so it is not a"
                    + " reliable change.";
        }
        boolean better = ReliableChange.IMPROVED.equals(c.direction());
        return moved + (better ? " This is a reliable change for the better." : " This is a reliable change for the worse. "
                + "It may help to talk about it with someone you trust.");
    }
}
