package tandem.change.internal;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.change.ChangeViews.Fidelity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The college fidelity self-check, one row per organisation and term (change_fidelity; the ratings as JSON). */
@Repository
class FidelityStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    FidelityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a term's ratings, replacing any earlier ones of the same term. */
    void save(UUID organisation, Fidelity f) {
        jdbc.sql("INSERT INTO change_fidelity (id, organisation_id, term, ratings, rated_by, rated_at) "
                + "VALUES (:id, :o, :term, CAST(:r AS jsonb), :by, :at) ON CONFLICT (organisation_id, term) DO UPDATE SET "
                + "ratings = EXCLUDED.ratings, rated_by = EXCLUDED.rated_by, rated_at = EXCLUDED.rated_at").param("id", f.id())
                .param("o", organisation).param("term", f.term()).param("r", JSON.writeValueAsString(f.ratings()))
                .param("by", f.ratedBy()).param("at", Timestamp.from(f.ratedAt())).update();
    }

    /** The organisation's ratings, oldest first. */
    List<Fidelity> fidelity(UUID organisation) {
        return jdbc.sql("SELECT id, term, ratings, rated_by, rated_at FROM change_fidelity WHERE organisation_id = :o ORDER BY rated_at")
                .param("o", organisation)
                .query((rs, n) -> new Fidelity(rs.getObject("id", UUID.class), rs.getString("term"),
                        JSON.readValue(rs.getString("ratings"), new TypeReference<LinkedHashMap<String, Integer>>() { }),
                        rs.getString("rated_by"), rs.getTimestamp("rated_at").toInstant())).list();
    }
}
