package tandem.change.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.change.Programme.CollegeCounts;

/** The Recovery College counts each organisation gives for the programme view (change_org_profile). */
@Repository
class CollegeProfileStore {

    private final JdbcClient jdbc;

    CollegeProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CollegeCounts> counts(UUID organisation) {
        return jdbc.sql("SELECT colleges_open, colleges_planned FROM change_org_profile WHERE organisation_id = :o")
                .param("o", organisation)
                .query((rs, n) -> new CollegeCounts(rs.getInt("colleges_open"), rs.getInt("colleges_planned"))).optional();
    }

    void save(UUID organisation, CollegeCounts counts, Instant at) {
        jdbc.sql("INSERT INTO change_org_profile (organisation_id, colleges_open, colleges_planned, updated_at) VALUES (:o, :a, :b, :at) "
                + "ON CONFLICT (organisation_id) DO UPDATE SET colleges_open = EXCLUDED.colleges_open, "
                + "colleges_planned = EXCLUDED.colleges_planned, updated_at = EXCLUDED.updated_at").param("o", organisation)
                .param("a", counts.open()).param("b", counts.planned()).param("at", Timestamp.from(at)).update();
    }
}
