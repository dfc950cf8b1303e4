package tandem.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.reporting.ResearchExtracts.DatePrecision;
import tandem.shared.ids.OrganisationId;

/** The record of extracts made (reporting's own table). */
@Repository
class ResearchExtractStore {

    /** One extract made earlier. */
    record PastExtractRow(UUID id, String madeBy, Instant madeAt, int people, int rowsWritten, DatePrecision datePrecision) {
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
}
