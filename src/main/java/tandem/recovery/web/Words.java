package tandem.recovery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them on the plan's pages. */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private Words() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** A count for a report: 1 to 4 shown as "fewer than 5", so no one can be singled out. */
    public static String count(int n) {
        return n > 0 && n < 5 ? "fewer than 5" : String.valueOf(n);
    }

    /** Null-safe text for form fields. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
