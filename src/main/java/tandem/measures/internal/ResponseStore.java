package tandem.measures.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;
import tandem.measures.HistoryRow;
import tandem.measures.MeasuresApi.ResponseScale;
import tandem.measures.StoredResponse;
import tandem.measures.scoring.Scoring.ScaleScore;
import tandem.shared.db.Sql;
import tandem.shared.db.WithCommit;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stored responses and the definitions they were scored with. */
@Component
class ResponseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<List<ScaleScore>> SCALES = new TypeReference<>() {
    };
    private static final String SELECT = "SELECT id, person_id, instrument, definition_version, authored, answers, scales, "
            + "entered_by, entered_role, completed_together FROM measure_response ";

    private final JdbcClient jdbc;
    private final InstrumentCatalogue catalogue;

    ResponseStore(JdbcClient jdbc, InstrumentCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Records each shipped definition version once (safe when several nodes start together). */
    @PostConstruct
    void registerShippedDefinitions() {
        for (InstrumentCatalogue.Entry e : catalogue.shippedEntries()) {
            jdbc.sql("""
                    INSERT INTO instrument_definition (code, version, definition, source) VALUES (:c, :v, :d, 'SHIPPED')
                    ON CONFLICT (code, version) DO NOTHING
                    """).param("c", e.instrument().code()).param("v", e.instrument().version()).param("d", e.json()).update();
        }
    }

    /** Stores an imported version of a definition with its wording; returns the new version number. */
    public int insertImported(String code, String definitionJson, String title, String wordingJson, String importedBy) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:c))").param("c", code).query().singleRow();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM instrument_definition WHERE code = :c")
                .param("c", code).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO instrument_definition (code, version, definition, source, title, wording, imported_by)
                VALUES (:c, :v, :d, 'IMPORTED', :t, :w, :by)
                """).param("c", code).param("v", version).param("d", definitionJson).param("t", title)
                .param("w", wordingJson).param("by", importedBy).update();
        catalogue.newVersionStored(code);
        return version;
    }

    /** Inserts unless a response with the same idempotency key exists; returns the stored id. */
    public UUID insert(StoredResponse r, UUID organisationId, String idempotencyKey) {
        return insert(r, organisationId, idempotencyKey, null);
    }

    private static final String INSERT = """
            INSERT INTO measure_response (id, person_id, organisation_id, instrument, definition_version, authored,
              answers, scales, entered_by, entered_role, completed_together, idempotency_key, relationship_staff)
            VALUES (:id, :p, :o, :i, :v, :a, :ans::jsonb, :sc::jsonb, :by, :role, :tog, :key, :rs)
            """;

    /**
     * Stores a response; with an idempotency key already used by the same person and author, stores
     * nothing and returns the id of the response stored the first time.
     */
    public UUID insert(StoredResponse r, UUID organisationId, String idempotencyKey, StaffId relationshipStaff) {
        int n = jdbc.sql(INSERT + "ON CONFLICT (person_id, entered_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING")
                .params(params(r, organisationId, idempotencyKey, relationshipStaff)).update();
        if (n == 1) {
            return r.id();
        }
        return jdbc.sql("SELECT id FROM measure_response WHERE person_id = :p AND entered_by = :by AND idempotency_key = :key")
                .param("p", r.personId()).param("by", r.enteredBy()).param("key", idempotencyKey).query(UUID.class).single();
    }

    /**
     * Stores a response without an idempotency key. Inside a transaction the insert is sent with
     * the COMMIT ({@link WithCommit}), ahead of anything added after it, so it is not visible before then.
     */
    public void insertWithCommit(StoredResponse r, UUID organisationId, StaffId relationshipStaff) {
        WithCommit.write(jdbc, INSERT, params(r, organisationId, null, relationshipStaff));
    }

    private static Map<String, Object> params(StoredResponse r, UUID organisationId, String idempotencyKey, StaffId relationshipStaff) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("p", r.personId());
        p.put("o", organisationId);
        p.put("i", r.instrument());
        p.put("v", r.definitionVersion());
        p.put("a", Timestamp.from(r.authored()));
        p.put("ans", JSON.writeValueAsString(r.answers()));
        p.put("sc", JSON.writeValueAsString(r.scales()));
        p.put("by", r.enteredBy());
        p.put("role", r.enteredRole());
        p.put("tog", r.completedTogether());
        p.put("key", idempotencyKey);
        p.put("rs", relationshipStaff);
        return p;
    }

    /** A STAR rating: who the relationship is with, which side rated it, when, and the total. */
    record RelationshipRating(StaffId staffId, String instrument, java.time.Instant authored, java.math.BigDecimal total) {
    }

    public List<RelationshipRating> relationshipRatings(PersonId personId) {
        return jdbc.sql("""
                SELECT relationship_staff, instrument, authored,
                       (SELECT (s->>'value')::numeric FROM jsonb_array_elements(scales) s WHERE s->>'code' = 'TOTAL') AS total
                FROM measure_response WHERE person_id = :p AND relationship_staff IS NOT NULL AND instrument IN ('STAR_P', 'STAR_C')
                ORDER BY relationship_staff, authored
                """).param("p", personId).query((rs, n) -> new RelationshipRating(StaffId.of(rs.getObject("relationship_staff", UUID.class)),
                rs.getString("instrument"), rs.getTimestamp("authored").toInstant(), rs.getBigDecimal("total"))).list();
    }

    public Optional<StoredResponse> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(ResponseStore::map).optional();
    }

    /** A person's responses, newest first; all instruments when {@code instrument} is null. */
    public List<StoredResponse> history(PersonId personId, String instrument, int limit) {
        return jdbc.sql(SELECT + "WHERE person_id = :p AND (:i::text IS NULL OR instrument = :i) ORDER BY authored DESC, id LIMIT :l")
                .param("p", personId).param("i", instrument).param("l", limit).query(ResponseStore::map).list();
    }

    /** Like {@link #history} but without the answers, for lists of scores. */
    public List<StoredResponse> scoresOnly(PersonId personId, String instrument, int limit) {
        return jdbc.sql(SELECT.replace("answers,", "'{}' AS answers,")
                + "WHERE person_id = :p AND (:i::text IS NULL OR instrument = :i) ORDER BY authored DESC, id LIMIT :l")
                .param("p", personId).param("i", instrument).param("l", limit).query(ResponseStore::map).list();
    }

    /**
     * A person's responses for the history API, newest first: the stored scale scores as JSON text
     * (nulls left out, as the API writes them) and the headline scale's code and scored value, so
     * that nothing is parsed to be written out again. The headline (TOTAL, else METRIC, else the
     * first scale, as {@link tandem.measures.MeasuresApi#primaryScale}) is a generated column.
     */
    public List<HistoryRow> historyRows(PersonId personId, String instrument, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.instrument, r.definition_version, r.authored, r.completed_together,
                       jsonb_strip_nulls(r.scales)::text AS scales, r.headline ->> 'code' AS headline_code,
                       CASE WHEN (r.headline ->> 'scored')::boolean THEN (r.headline ->> 'value')::numeric END AS headline
                FROM measure_response r
                WHERE r.person_id = :p AND (:i::text IS NULL OR r.instrument = :i)
                ORDER BY r.authored DESC, r.id LIMIT :l
                """).param("p", personId).param("i", instrument).param("l", limit)
                .query((rs, n) -> new HistoryRow(rs.getObject("id", UUID.class), rs.getString("instrument"), rs.getInt("definition_version"),
                        rs.getTimestamp("authored").toInstant(), rs.getBoolean("completed_together"), rs.getString("scales"),
                        rs.getString("headline_code"), rs.getBigDecimal("headline")))
                .list();
    }

    /** Every scale of every response of these people, its parts as stored (for research extracts). */
    List<ResponseScale> scalesOf(Collection<PersonId> people) {
        return jdbc.sql("""
                SELECT r.person_id, r.instrument, r.definition_version, r.authored, s->>'code' AS scale_code,
                       s->>'value' AS scale_value, s->>'scored' AS scale_scored, s->>'band' AS scale_band
                FROM measure_response r CROSS JOIN LATERAL jsonb_array_elements(r.scales) s
                WHERE r.person_id = ANY(CAST(:ids AS uuid[]))
                """).param("ids", Sql.uuidArray(people.stream().map(PersonId::value).toList()))
                .query((rs, n) -> new ResponseScale(PersonId.of(rs.getObject("person_id", UUID.class)), rs.getString("instrument"),
                        rs.getInt("definition_version"), rs.getTimestamp("authored").toInstant(), rs.getString("scale_code"),
                        rs.getString("scale_value"), rs.getString("scale_scored"), rs.getString("scale_band")))
                .list();
    }

    /**
     * One scored scale of a response, or (scale null) a response with none, so that a page of
     * responses always says where it ended.
     */
    record ScoreRow(UUID responseId, UUID personId, UUID organisationId, String instrument, Instant authored, String scale,
            BigDecimal value, String band) {
    }

    /** The scored scales of the next {@code limit} responses to the instrument after {@code after} (by id; null: from the first). */
    List<ScoreRow> scores(String instrument, UUID after, int limit) {
        String page = after == null ? "" : " AND id > :after";
        var spec = jdbc.sql("""
                SELECT r.id, r.person_id, r.organisation_id, r.instrument, r.authored, sc.code AS scale_code, sc.value AS scale_value,
                       sc.band AS scale_band
                FROM (SELECT id, person_id, organisation_id, instrument, authored, scales FROM measure_response
                      WHERE instrument = :i%s ORDER BY id LIMIT :n) r
                LEFT JOIN LATERAL (SELECT s->>'code' AS code, CAST(s->>'value' AS numeric) AS value, s->>'band' AS band
                                   FROM jsonb_array_elements(r.scales) s WHERE CAST(s->>'scored' AS boolean)) sc ON true
                ORDER BY r.id
                """.formatted(page)).param("i", instrument).param("n", limit);
        if (after != null) {
            spec = spec.param("after", after);
        }
        return spec.query((rs, n) -> new ScoreRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("instrument"), rs.getTimestamp("authored").toInstant(),
                rs.getString("scale_code"), rs.getBigDecimal("scale_value"), rs.getString("scale_band"))).list();
    }

    /** A batch of responses in one statement per row (demo data). */
    public void insertAll(List<StoredResponse> responses, UUID organisationId) {
        for (StoredResponse r : responses) {
            insert(r, organisationId, null);
        }
    }

    private static StoredResponse map(ResultSet rs, int n) throws SQLException {
        return new StoredResponse(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                rs.getString("instrument"), rs.getInt("definition_version"), rs.getTimestamp("authored").toInstant(),
                JSON.readValue(rs.getString("answers"), ANSWERS), JSON.readValue(rs.getString("scales"), SCALES),
                rs.getString("entered_by"), rs.getString("entered_role"), rs.getBoolean("completed_together"));
    }
}
