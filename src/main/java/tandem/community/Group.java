package tandem.community;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A peer-led mutual-help group. {@code onlineUrl} is given to members only; members' names are
 * never shown, only how many there are and which roles are taken.
 */
public record Group(UUID id, String name, String purpose, String whoFor, String facilitator, String place, String onlineUrl,
        boolean online, String accessibility, int weekday, LocalTime startsAt, int minutes, int everyWeeks,
        LocalDate firstMeeting, LocalDate lastMeeting, List<ZonedDateTime> nextMeetings, int members,
        Map<GroupRole, Integer> rolesTaken, boolean member, GroupRole myRole, long version) {
}
