package tandem.change.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.change.ChangeViews.Priority;
import tandem.change.ChangeViews.Trip;
import tandem.shared.ids.TeamId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Team recovery implementation plans, one row per version (change_trip; the priorities as JSON). */
@Repository
class TripStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    TripStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's plans, newest version first. */
    List<Trip> trips(TeamId team) {
        return jdbc.sql("SELECT version, resources, priorities, review_on, written_by, written_at FROM change_trip WHERE team_id = :t "
                + "ORDER BY version DESC").param("t", team)
                .query((rs, n) -> new Trip(rs.getInt("version"), rs.getString("resources"),
                        JSON.readValue(rs.getString("priorities"), new TypeReference<List<Priority>>() { }),
                        rs.getDate("review_on").toLocalDate(), rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant())).list();
    }

    /** Writes a version; a version written at the same time by someone else fails on the key (DuplicateKeyException). */
    void insert(TeamId team, Trip t) {
        jdbc.sql("INSERT INTO change_trip (team_id, version, resources, priorities, review_on, written_by, written_at) "
                + "VALUES (:t, :v, :r, CAST(:p AS jsonb), :review, :by, :at)").param("t", team).param("v", t.version())
                .param("r", t.resources()).param("p", JSON.writeValueAsString(t.priorities()))
                .param("review", Date.valueOf(t.reviewOn())).param("by", t.writtenBy()).param("at", Timestamp.from(t.writtenAt()))
                .update();
    }
}
