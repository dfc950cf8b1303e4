package tandem.college.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import tandem.college.Views;
import tandem.shared.TandemClock;

/**
 * Session times in the organisation's time zone, in words. Templates call it statically; the zone
 * is the configured one ({@code TandemClock}), set when the application starts.
 */
@Component
public final class Times {

    private static volatile ZoneId zone = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    Times(TandemClock clock) {
        zone = clock.zone();
    }

    public static String session(Views.Session s) {
        return DAY.format(s.startsAt().atZone(zone)) + ", " + TIME.format(s.startsAt().atZone(zone)) + " to "
                + TIME.format(s.endsAt().atZone(zone));
    }

    public static String when(Instant i) {
        return WHEN.format(i.atZone(zone));
    }
}
