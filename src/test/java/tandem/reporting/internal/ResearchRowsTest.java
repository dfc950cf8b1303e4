package tandem.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tandem.reporting.ResearchExtracts.DatePrecision;
import tandem.reporting.internal.ResearchRows.ObservationRow;
import tandem.reporting.internal.ResearchRows.PersonRow;

class ResearchRowsTest {

    private static final UUID PERSON = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void birthDatesBecomeAgeBands() {
        assertThat(ResearchRows.ageBand(17)).isEqualTo("under 18");
        assertThat(ResearchRows.ageBand(18)).isEqualTo("18-24");
        assertThat(ResearchRows.ageBand(64)).isEqualTo("55-64");
        assertThat(ResearchRows.ageBand(65)).isEqualTo("65+");
    }

    @Test
    void rowsCarryTheCodeOnlyAndDatesCutToTheMonthOrShifted() {
        ResearchRows month = new ResearchRows(Map.of(PERSON, "c0de"), Map.of(PERSON, 10), DatePrecision.MONTH, ZoneId.of("UTC"), TODAY);
        month.person(new PersonRow(PERSON, LocalDate.of(1990, 6, 1)));
        month.observation(new ObservationRow(PERSON, "SYMPTOMS", "MILD", LocalDate.of(2026, 3, 15), "STAFF"));
        assertThat(month.sorted()).containsExactly(
                List.of("c0de", "OBSERVATION", "SYMPTOMS", "", "MILD", "", "", "", "2026-03", "STAFF"),
                List.of("c0de", "PERSON", "AGE_BAND", "", "35-44", "", "", "", "", ""));

        ResearchRows shifted = new ResearchRows(Map.of(PERSON, "c0de"), Map.of(PERSON, 10), DatePrecision.SHIFT, ZoneId.of("UTC"), TODAY);
        shifted.observation(new ObservationRow(PERSON, "SYMPTOMS", "MILD", LocalDate.of(2026, 3, 15), "STAFF"));
        assertThat(shifted.sorted().get(0).get(8)).isEqualTo("2026-03-25");
    }
}
