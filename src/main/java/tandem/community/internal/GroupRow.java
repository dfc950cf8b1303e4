package tandem.community.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A group row as stored. */
record GroupRow(UUID id, UUID organisationId, String name, String purpose, String whoFor, String facilitator, String place,
        String onlineUrl, String accessibility, int weekday, LocalTime startsAt, int minutes, int everyWeeks,
        LocalDate firstMeeting, LocalDate lastMeeting, long version) {
}
