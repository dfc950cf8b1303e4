package tandem.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.reporting.ResearchExtracts.DatePrecision;

/**
 * The lines of one extract.csv, in the columns of {@link ResearchZip#COLUMNS}: each person under
 * their code only, their birth date as an age band, and every date cut to the month or moved by
 * their own shift. Pure; one per extract.
 */
final class ResearchRows {

    /** A person's id and birth date (null when not known). */
    record PersonRow(UUID id, LocalDate dateOfBirth) {
    }

    /** One scale of one questionnaire response, its parts as stored (text, possibly null). */
    record ScaleRow(UUID person, String instrument, int definitionVersion, Instant authored, String scale, String value,
            String scored, String band) {
    }

    /** One clinical observation. */
    record ObservationRow(UUID person, String kind, String value, LocalDate observedOn, String source) {
    }

    private final Map<UUID, String> codes;
    private final Map<UUID, Integer> shifts;
    private final DatePrecision precision;
    private final ZoneId zone;
    private final LocalDate today;
    private final List<List<String>> rows = new ArrayList<>();

    ResearchRows(Map<UUID, String> codes, Map<UUID, Integer> shifts, DatePrecision precision, ZoneId zone, LocalDate today) {
        this.codes = codes;
        this.shifts = shifts;
        this.precision = precision;
        this.zone = zone;
        this.today = today;
    }

    void person(PersonRow p) {
        LocalDate dob = p.dateOfBirth();
        rows.add(row(codes.get(p.id()), "PERSON", "AGE_BAND", "",
                dob == null ? "" : ageBand(Period.between(dob, today).getYears()), "", "", "", "", ""));
    }

    void scale(ScaleRow s) {
        LocalDate day = LocalDate.ofInstant(s.authored(), zone);
        rows.add(row(codes.get(s.person()), "RESPONSE", s.instrument(), s.scale(), nz(s.value()), nz(s.scored()), nz(s.band()),
                Integer.toString(s.definitionVersion()), date(day, shifts.get(s.person())), ""));
    }

    void observation(ObservationRow o) {
        rows.add(row(codes.get(o.person()), "OBSERVATION", o.kind(), "", o.value(), "", "", "",
                date(o.observedOn(), shifts.get(o.person())), o.source()));
    }

    /** The lines by participant, record, date, item and scale (lines alike in all of these keep the order they came in). */
    List<List<String>> sorted() {
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1)).thenComparing(r -> r.get(8))
                .thenComparing(r -> r.get(2)).thenComparing(r -> r.get(3)));
        return rows;
    }

    static String ageBand(int age) {
        if (age < 18) {
            return "under 18";
        }
        if (age >= 65) {
            return "65+";
        }
        int[] starts = {18, 25, 35, 45, 55};
        int[] ends = {24, 34, 44, 54, 64};
        for (int i = 0; i < starts.length; i++) {
            if (age <= ends[i]) {
                return starts[i] + "-" + ends[i];
            }
        }
        return "65+";
    }

    private String date(LocalDate day, int shift) {
        return precision == DatePrecision.MONTH ? day.toString().substring(0, 7) : day.plusDays(shift).toString();
    }

    private static List<String> row(String... values) {
        return List.of(values);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
