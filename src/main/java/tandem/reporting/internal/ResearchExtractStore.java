package tandem.reporting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.reporting.ResearchExtracts.DatePrecision;
import tandem.shared.db.Sql;
import tandem.shared.ids.OrganisationId;

/**
 * The record of extracts made (reporting's own table), and the read-only SQL an extract's rows come
 * from: people's birth dates, their scored responses and their clinical observations. The last three
 * read other modules' tables (decision 0007; listed in SqlOwnershipTest.NOT_YET until they move behind APIs).
 */
@Repository
class ResearchExtractStore {

    /** One extract made earlier. */
    record PastExtractRow(UUID id, String madeBy, Instant madeAt, int people, int rowsWritten, DatePrecision datePrecision) {
    }

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

    private final JdbcClient jdbc;

    ResearchExtractStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last 20 extracts of an organisation, newest first. */
    List<PastExtractRow> past(OrganisationId organisation) {
        return jdbc.sql("""
                SELECT id, made_by, made_at, people, rows_written, date_precision FROM research_extract
                WHERE organisation_id = :o ORDER BY made_at DESC LIMIT 20
                """).param("o", organisation).query((rs, n) -> new PastExtractRow(rs.getObject("id", UUID.class),
                rs.getString("made_by"), rs.getTimestamp("made_at").toInstant(), rs.getInt("people"), rs.getInt("rows_written"),
                DatePrecision.valueOf(rs.getString("date_precision")))).list();
    }

    void saveExtract(UUID id, OrganisationId organisation, String madeBy, Instant madeAt, int people, int rows,
            DatePrecision precision) {
        jdbc.sql("""
                INSERT INTO research_extract (id, organisation_id, made_by, made_at, people, rows_written, date_precision)
                VALUES (:id, :o, :by, :at, :n, :rows, :dp)
                """).param("id", id).param("o", organisation).param("by", madeBy)
                .param("at", Timestamp.from(madeAt)).param("n", people).param("rows", rows).param("dp", precision.name())
                .update();
    }

    List<PersonRow> people(List<UUID> ids) {
        return jdbc.sql("SELECT id, date_of_birth FROM person WHERE id = ANY(CAST(:ids AS uuid[]))").param("ids", Sql.uuidArray(ids))
                .query((rs, n) -> {
                    Date dob = rs.getDate("date_of_birth");
                    return new PersonRow(rs.getObject("id", UUID.class), dob == null ? null : dob.toLocalDate());
                }).list();
    }

    /** Every scale of every response of these people. */
    List<ScaleRow> scales(List<UUID> ids) {
        return jdbc.sql("""
                SELECT r.person_id, r.instrument, r.definition_version, r.authored, s->>'code' AS scale_code,
                       s->>'value' AS scale_value, s->>'scored' AS scale_scored, s->>'band' AS scale_band
                FROM measure_response r CROSS JOIN LATERAL jsonb_array_elements(r.scales) s
                WHERE r.person_id = ANY(CAST(:ids AS uuid[]))
                """).param("ids", Sql.uuidArray(ids)).query((rs, n) -> new ScaleRow(rs.getObject("person_id", UUID.class),
                rs.getString("instrument"), rs.getInt("definition_version"), rs.getTimestamp("authored").toInstant(),
                rs.getString("scale_code"), rs.getString("scale_value"), rs.getString("scale_scored"), rs.getString("scale_band")))
                .list();
    }

    List<ObservationRow> observations(List<UUID> ids) {
        return jdbc.sql("SELECT person_id, kind, value, observed_on, source FROM clinical_observation WHERE person_id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", Sql.uuidArray(ids)).query((rs, n) -> new ObservationRow(rs.getObject("person_id", UUID.class),
                        rs.getString("kind"), rs.getString("value"), rs.getDate("observed_on").toLocalDate(), rs.getString("source")))
                .list();
    }
}
