package tandem.college.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tandem.college.Views;

/** Session times in the organisation's time zone, in words. */
public final class Times {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private Times() {
    }

    public static String session(Views.Session s) {
        return DAY.format(s.startsAt().atZone(ZONE)) + ", " + TIME.format(s.startsAt().atZone(ZONE)) + " to "
                + TIME.format(s.endsAt().atZone(ZONE));
    }

    public static String when(Instant i) {
        return WHEN.format(i.atZone(ZONE));
    }
}
