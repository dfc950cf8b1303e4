package tandem.clinical.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.clinical.ClinicalRules;
import tandem.clinical.Criterion;
import tandem.clinical.RecordedObservation.Source;
import tandem.shared.db.Sql;
import tandem.shared.ids.PersonId;

/** Clinical observations, oldest first. */
@Repository
class ObservationStore {

    /** One row of clinical_observation; {@code responseId} is the BPRS response it came from, or null. */
    record ObservationRow(UUID id, Criterion kind, String value, LocalDate observedOn, Source source, String recordedBy,
            UUID responseId) {

        ClinicalRules.Observation rule() {
            return new ClinicalRules.Observation(kind, value, observedOn);
        }
    }

    private static final String COLUMNS = "id, person_id, kind, value, observed_on, source, recorded_by, response_id";

    private final JdbcClient jdbc;

    ObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an observation; a second one from the same BPRS response is left out. */
    void insert(PersonId person, ObservationRow o, Instant at) {
        jdbc.sql("INSERT INTO clinical_observation (id, person_id, kind, value, observed_on, source, recorded_by, recorded_at, "
                + "response_id) VALUES (:id, :p, :kind, :value, :on, :source, :by, :at, :response) ON CONFLICT (response_id) DO NOTHING")
                .param("id", o.id()).param("p", person).param("kind", o.kind().name()).param("value", o.value())
                .param("on", Date.valueOf(o.observedOn())).param("source", o.source().name()).param("by", o.recordedBy())
                .param("at", Timestamp.from(at)).param("response", o.responseId()).update();
    }

    List<ObservationRow> all(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinical_observation WHERE person_id = :p ORDER BY observed_on, recorded_at")
                .param("p", person).query((rs, n) -> row(rs)).list();
    }

    /** Observations of many people at once, per person, oldest first (for aggregate reports). */
    Map<UUID, List<ObservationRow>> allFor(Collection<UUID> people) {
        Map<UUID, List<ObservationRow>> map = new HashMap<>();
        if (people.isEmpty()) {
            return map;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM clinical_observation WHERE person_id = ANY(CAST(:ids AS uuid[])) "
                + "ORDER BY person_id, observed_on, recorded_at")
                .param("ids", Sql.uuidArray(people)).query((ResultSet rs) -> {
                    map.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>()).add(row(rs));
                });
        return map;
    }

    private static ObservationRow row(ResultSet rs) throws SQLException {
        return new ObservationRow(rs.getObject("id", UUID.class), Criterion.valueOf(rs.getString("kind")), rs.getString("value"),
                rs.getDate("observed_on").toLocalDate(), Source.valueOf(rs.getString("source")), rs.getString("recorded_by"),
                rs.getObject("response_id", UUID.class));
    }
}
