package tandem.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aSevenPmGroupStaysAtSevenPmWhenTheClocksGoBack() {
        // Clocks go back on Sunday 25 October 2026; a Tuesday group either side.
        List<ZonedDateTime> m = Meetings.next(2, LocalTime.of(19, 0), 1, LocalDate.of(2026, 9, 1), null, LONDON,
                ZonedDateTime.of(2026, 10, 19, 0, 0, 0, 0, LONDON), 2);
        assertThat(m).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDate.of(2026, 10, 20).atTime(19, 0), LocalDate.of(2026, 10, 27).atTime(19, 0));
        assertThat(m.get(0).withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(18);
        assertThat(m.get(1).withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(19);
    }

    @Test
    void aSevenPmGroupStaysAtSevenPmWhenTheClocksGoForward() {
        // Clocks go forward on Sunday 29 March 2026.
        List<ZonedDateTime> m = Meetings.next(6, LocalTime.of(19, 0), 1, LocalDate.of(2026, 1, 1), null, LONDON,
                ZonedDateTime.of(2026, 3, 22, 0, 0, 0, 0, LONDON), 2);
        assertThat(m).extracting(z -> z.toLocalTime()).containsOnly(LocalTime.of(19, 0));
        assertThat(m).extracting(z -> z.getOffset()).containsExactly(ZoneOffset.UTC, ZoneOffset.ofHours(1));
    }

    @Test
    void fortnightlyMeetingsKeepTheirRhythmFromTheFirstMeeting() {
        // First meeting Thursday 1 October 2026; every two weeks: 1, 15, 29 Oct, 12 Nov...
        List<ZonedDateTime> m = Meetings.next(4, LocalTime.of(19, 0), 2, LocalDate.of(2026, 10, 1), null, LONDON,
                ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, LONDON), 3);
        assertThat(m).extracting(z -> z.toLocalDate()).containsExactly(LocalDate.of(2026, 10, 29),
                LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 26));
    }

    @Test
    void aMeetingLaterTodayIsStillNextAndOneThatStartedIsNot() {
        ZonedDateTime tuesdayNoon = ZonedDateTime.of(2026, 11, 3, 12, 0, 0, 0, LONDON);
        assertThat(Meetings.next(2, LocalTime.of(18, 30), 1, LocalDate.of(2026, 1, 1), null, LONDON, tuesdayNoon, 1).get(0)
                .toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(Meetings.next(2, LocalTime.of(10, 0), 1, LocalDate.of(2026, 1, 1), null, LONDON, tuesdayNoon, 1).get(0)
                .toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void noMeetingsAfterTheLastOneOrBeforeTheFirst() {
        assertThat(Meetings.next(2, LocalTime.of(19, 0), 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 13), LONDON,
                ZonedDateTime.of(2026, 1, 10, 0, 0, 0, 0, LONDON), 5)).hasSize(1);
        assertThat(Meetings.next(2, LocalTime.of(19, 0), 1, LocalDate.of(2027, 1, 1), null, LONDON,
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, LONDON), 1).get(0).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    }
}
