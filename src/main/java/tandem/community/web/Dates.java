package tandem.community.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as people read them, in the organisation's time zone. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    /** The day, date and times of a meeting, like Tuesday 3 November 2026, 6:30pm to 8pm. */
    public static String meeting(ZonedDateTime start, int minutes) {
        return DAY.format(start) + ", " + time(start.toLocalTime()) + " to " + time(start.plusMinutes(minutes).toLocalTime());
    }

    /** A time as people say it: 6:30pm, 10am, 12 noon. */
    public static String time(LocalTime t) {
        if (t.getHour() == 12 && t.getMinute() == 0) {
            return "12 noon";
        }
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return h + (t.getMinute() == 0 ? "" : String.format(":%02d", t.getMinute())) + (t.getHour() < 12 ? "am" : "pm");
    }

    public static String weekday(int day) {
        return DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public static String date(Instant at, ZoneId zone) {
        return at == null ? "" : SHORT.format(at.atZone(zone));
    }

    /** For a datetime attribute. */
    public static String iso(ZonedDateTime at) {
        return at.toOffsetDateTime().toString();
    }
}
