package tandem.community.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates of a group's recurring meetings. The meeting keeps its local time in the organisation's
 * time zone, so a 7pm group is at 7pm before and after the clocks change (its UTC time moves).
 */
final class Meetings {

    private Meetings() {
    }

    /** The next {@code count} meetings starting at or after {@code from}. */
    static List<ZonedDateTime> next(int weekday, LocalTime startsAt, int everyWeeks, LocalDate firstMeeting,
            LocalDate lastMeeting, ZoneId zone, ZonedDateTime from, int count) {
        LocalDate first = firstMeeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
        LocalDate day = first;
        LocalDate fromDay = from.withZoneSameInstant(zone).toLocalDate();
        if (fromDay.isAfter(first)) {
            long weeks = ChronoUnit.WEEKS.between(first, fromDay);
            day = first.plusWeeks(weeks - weeks % everyWeeks);
        }
        List<ZonedDateTime> meetings = new ArrayList<>();
        while (meetings.size() < count && (lastMeeting == null || !day.isAfter(lastMeeting))) {
            ZonedDateTime at = ZonedDateTime.of(day, startsAt, zone);
            if (!at.isBefore(from)) {
                meetings.add(at);
            }
            day = day.plusWeeks(everyWeeks);
        }
        return meetings;
    }
}
