package tandem.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.consent.AccessDecisions;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.TandemClock;
import tandem.shared.db.Sql;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.PersonId;

/**
 * Pseudonymised research extracts, for researchers, of the people in their organisation who said
 * yes to research use. Each extract has its own secret key, thrown away afterwards: a participant
 * code is a keyed hash of the person's id, so codes cannot be linked across extracts or back to
 * the person. No names, contact details or free text; birth dates become an age band; dates are
 * coarsened to the month, or shifted by a per-participant number of days (configuration).
 * Every extract is recorded, and appears in each included person's access log.
 */
@Service
public class ResearchExtracts {

    public enum DatePrecision { MONTH, SHIFT }

    public record PastExtract(UUID id, String madeBy, Instant madeAt, int people, int rows, String datePrecision) {
    }

    public record Summary(int consenting, DatePrecision datePrecision, List<PastExtract> past) {
    }

    public record Extract(UUID id, byte[] zip, int people, int rows) {
    }

    /** What each column of extract.csv means; written into data-dictionary.csv. */
    public static final List<List<String>> DICTIONARY = List.of(
            List.of("participant", "A code for one person, the same on every row about them in this extract only. It is a keyed hash; the key is thrown away, so it cannot be traced back or matched with another extract.", "16 hexadecimal characters"),
            List.of("record", "What the row is about.", "PERSON: about the participant; RESPONSE: one scale of one questionnaire response; OBSERVATION: one clinical observation"),
            List.of("item", "For PERSON rows, AGE_BAND. For RESPONSE rows, the instrument code (for example QPR15). For OBSERVATION rows, the criterion.", "Instrument codes as in Tandem's instrument list; criteria SYMPTOMS, WORK_OR_STUDY, LIVING, INCOME, SOCIAL"),
            List.of("scale", "For RESPONSE rows, the scale code (for example TOTAL). Empty otherwise.", "Upper-case scale codes"),
            List.of("value", "The age band, the scale score, or the observed value.", "Age bands 18-24 ... 65+; scores as numbers; observation values as in the API"),
            List.of("scored", "For RESPONSE rows, whether the scale could be scored (too many missing answers means not scored and an empty value).", "true or false"),
            List.of("band", "For RESPONSE rows, the band the score falls in, where the instrument has bands.", "Band labels from the instrument definition"),
            List.of("definition_version", "For RESPONSE rows, the version of the scoring definition the response was scored with.", "Whole number"),
            List.of("date", "When the response was completed or the observation made. MONTH precision: year and month only. SHIFT precision: a full date moved by the same secret number of days (up to half a year either way) for every row of one participant, so intervals are kept.", "YYYY-MM or YYYY-MM-DD"),
            List.of("source", "For OBSERVATION rows, who recorded it: the person or staff.", "PERSON or STAFF"));

    private static final List<String> COLUMNS = List.of("participant", "record", "item", "scale", "value", "scored", "band",
            "definition_version", "date", "source");

    private final JdbcClient jdbc;
    private final AccessDecisions access;
    private final AuditLog audit;
    private final TandemClock clock;
    private final DatePrecision precision;
    private final SecureRandom random = new SecureRandom();

    ResearchExtracts(JdbcClient jdbc, AccessDecisions access, AuditLog audit, TandemClock clock,
            @Value("${tandem.reporting.research.date-precision:MONTH}") DatePrecision precision) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.precision = precision;
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser user) {
        requireResearcher(user);
        List<PastExtract> past = jdbc.sql("""
                SELECT id, made_by, made_at, people, rows_written, date_precision FROM research_extract
                WHERE organisation_id = :o ORDER BY made_at DESC LIMIT 20
                """).param("o", user.organisationId()).query((rs, n) -> new PastExtract(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getInt(5), rs.getString(6))).list();
        return new Summary(access.researchConsentedIn(user.organisationId()).size(), precision, past);
    }

    @Transactional
    public Extract make(CurrentUser user) {
        requireResearcher(user);
        UUID extractId = UUID.randomUUID();
        List<UUID> people = access.researchConsentedIn(user.organisationId()).stream().map(PersonId::value).toList();
        byte[] key = new byte[32];
        random.nextBytes(key);
        Map<UUID, String> codes = new LinkedHashMap<>();
        Map<UUID, Integer> shifts = new LinkedHashMap<>();
        for (UUID p : people) {
            byte[] mac = hmac(key, p.toString());
            codes.put(p, HexFormat.of().formatHex(mac, 0, 8));
            shifts.put(p, Math.floorMod(((mac[8] & 0xff) << 8) | (mac[9] & 0xff), 365) - 182);
        }
        java.util.Arrays.fill(key, (byte) 0); // the key is never stored: codes cannot be recomputed after this extract
        List<List<String>> rows = new ArrayList<>();
        LocalDate today = clock.today();
        if (!people.isEmpty()) {
            String ids = Sql.uuidArray(people);
            jdbc.sql("SELECT id, date_of_birth FROM person WHERE id = ANY(CAST(:ids AS uuid[]))").param("ids", ids)
                    .query((java.sql.ResultSet rs) -> {
                        Date dob = rs.getDate(2);
                        rows.add(row(codes.get(rs.getObject(1, UUID.class)), "PERSON", "AGE_BAND", "",
                                dob == null ? "" : ageBand(Period.between(dob.toLocalDate(), today).getYears()), "", "", "", "", ""));
                    });
            jdbc.sql("""
                    SELECT r.person_id, r.instrument, r.definition_version, r.authored, s->>'code', s->>'value', s->>'scored', s->>'band'
                    FROM measure_response r CROSS JOIN LATERAL jsonb_array_elements(r.scales) s
                    WHERE r.person_id = ANY(CAST(:ids AS uuid[]))
                    """).param("ids", ids).query((java.sql.ResultSet rs) -> {
                        UUID p = rs.getObject(1, UUID.class);
                        LocalDate day = LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), clock.zone());
                        rows.add(row(codes.get(p), "RESPONSE", rs.getString(2), rs.getString(5), nz(rs.getString(6)),
                                nz(rs.getString(7)), nz(rs.getString(8)), Integer.toString(rs.getInt(3)), date(day, shifts.get(p)), ""));
                    });
            jdbc.sql("SELECT person_id, kind, value, observed_on, source FROM clinical_observation WHERE person_id = ANY(CAST(:ids AS uuid[]))")
                    .param("ids", ids).query((java.sql.ResultSet rs) -> {
                        UUID p = rs.getObject(1, UUID.class);
                        rows.add(row(codes.get(p), "OBSERVATION", rs.getString(2), "", rs.getString(3), "", "", "",
                                date(rs.getDate(4).toLocalDate(), shifts.get(p)), rs.getString(5)));
                    });
        }
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1)).thenComparing(r -> r.get(8))
                .thenComparing(r -> r.get(2)).thenComparing(r -> r.get(3)));
        byte[] zip = zip(rows);
        Instant now = clock.now();
        jdbc.sql("""
                INSERT INTO research_extract (id, organisation_id, made_by, made_at, people, rows_written, date_precision)
                VALUES (:id, :o, :by, :at, :n, :rows, :dp)
                """).param("id", extractId).param("o", user.organisationId()).param("by", user.username())
                .param("at", Timestamp.from(now)).param("n", people.size()).param("rows", rows.size()).param("dp", precision.name())
                .update();
        audit.record(new AuditEvent(user.username(), Role.RESEARCHER.name(), user.organisationId(), null, AuditAction.EXPORT,
                "research extract", extractId.toString(), false));
        for (UUID p : people) {
            audit.record(new AuditEvent(user.username(), Role.RESEARCHER.name(), user.organisationId(), PersonId.of(p), AuditAction.EXPORT,
                    "research extract (without your name)", extractId.toString(), false));
        }
        return new Extract(extractId, zip, people.size(), rows.size());
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

    private static byte[] zip(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("extract.csv"));
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            for (List<String> r : rows) {
                csv.printRecord(r);
            }
            csv.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data-dictionary.csv"));
            CSVPrinter dict = new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader("column", "meaning", "values").get());
            for (List<String> d : DICTIONARY) {
                dict.printRecord(d);
            }
            dict.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireResearcher(CurrentUser user) {
        if (!user.has(Role.RESEARCHER)) {
            throw new ForbiddenException("Research extracts are made by researchers.");
        }
    }
}
