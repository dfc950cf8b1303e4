package tandem.clinical.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.clinical.Criterion;
import tandem.clinical.ReportedObservation;
import tandem.shared.db.Sql;
import tandem.shared.ids.PersonId;

/** Reads of clinical_observation for reports and extracts (columns by name). */
@Repository
class ObservationReads {

    private final JdbcClient jdbc;

    ObservationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone with any observation (walks the person index). */
    Set<PersonId> observedPeople() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM clinical_observation")
                .query((rs, n) -> PersonId.of(rs.getObject("person_id", UUID.class))).list());
    }

    List<ReportedObservation> observationsOf(Collection<PersonId> people) {
        return jdbc.sql("SELECT person_id, kind, value, observed_on, source FROM clinical_observation WHERE person_id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", Sql.uuidArray(people.stream().map(PersonId::value).toList()))
                .query((rs, n) -> new ReportedObservation(PersonId.of(rs.getObject("person_id", UUID.class)),
                        Criterion.valueOf(rs.getString("kind")), rs.getString("value"), rs.getDate("observed_on").toLocalDate(),
                        rs.getString("source")))
                .list();
    }
}
