package tandem.clinical.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.clinical.Criterion;
import tandem.clinical.RecordedObservation;

/** Clinical observations, oldest first. */
@Repository
public class ObservationStore {

    private final JdbcClient jdbc;

    ObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID person, RecordedObservation o, UUID responseId, Instant at) {
        jdbc.sql("INSERT INTO clinical_observation (id, person_id, kind, value, observed_on, source, recorded_by, recorded_at, "
                + "response_id) VALUES (:id, :p, :kind, :value, :on, :source, :by, :at, :response) ON CONFLICT (response_id) DO NOTHING")
                .param("id", o.id()).param("p", person).param("kind", o.kind().name()).param("value", o.value())
                .param("on", Date.valueOf(o.observedOn())).param("source", o.source()).param("by", o.recordedBy())
                .param("at", Timestamp.from(at)).param("response", responseId).update();
    }

    public List<RecordedObservation> all(UUID person) {
        return jdbc.sql("SELECT * FROM clinical_observation WHERE person_id = :p ORDER BY observed_on, recorded_at")
                .param("p", person).query((rs, n) -> new RecordedObservation(rs.getObject("id", UUID.class),
                        Criterion.valueOf(rs.getString("kind")), rs.getString("value"), rs.getDate("observed_on").toLocalDate(),
                        rs.getString("source"), rs.getString("recorded_by"), rs.getObject("response_id", UUID.class) != null))
                .list();
    }

    /** Observations of many people at once, per person, oldest first (for aggregate reports). */
    public java.util.Map<UUID, List<RecordedObservation>> allFor(java.util.Collection<UUID> people) {
        java.util.Map<UUID, List<RecordedObservation>> map = new java.util.HashMap<>();
        if (people.isEmpty()) {
            return map;
        }
        jdbc.sql("SELECT * FROM clinical_observation WHERE person_id = ANY(CAST(:ids AS uuid[])) ORDER BY person_id, observed_on, recorded_at")
                .param("ids", tandem.shared.db.Sql.uuidArray(people)).query((java.sql.ResultSet rs) -> {
                    map.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new RecordedObservation(rs.getObject("id", UUID.class), Criterion.valueOf(rs.getString("kind")),
                                    rs.getString("value"), rs.getDate("observed_on").toLocalDate(), rs.getString("source"),
                                    rs.getString("recorded_by"), rs.getObject("response_id", UUID.class) != null));
                });
        return map;
    }
}
