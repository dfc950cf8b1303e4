package tandem.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.shared.ids.PersonId;
import tandem.support.DemoUsers;

@SpringBootTest(properties = "tandem.demo.seed=true")
class ClinicalReportsTest {

    @Autowired
    ClinicalReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePeopleWithObservationsAreExactlyThoseWithAnyStored() {
        Set<PersonId> stored = jdbc.sql("SELECT DISTINCT person_id FROM clinical_observation").query(UUID.class).list().stream()
                .map(PersonId::of).collect(Collectors.toSet());
        assertThat(stored).as("the demo holds observations, so the comparison below means something").isNotEmpty();
        assertThat(reports.peopleWithObservations()).isEqualTo(stored);
    }

    @Test
    void observationsOfSomePeopleAreTheirsOnlyAsStored() {
        PersonId alex = PersonId.of(DemoUsers.personId(jdbc, "alex"));
        int stored = jdbc.sql("SELECT count(*) FROM clinical_observation WHERE person_id = :p").param("p", alex.value())
                .query(Integer.class).single();
        List<ReportedObservation> observations = reports.observationsOf(List.of(alex, PersonId.of(UUID.randomUUID())));
        assertThat(stored).as("the demo holds observations of Alex, so the comparison below means something").isPositive();
        assertThat(observations).hasSize(stored).allMatch(o -> o.person().equals(alex))
                .allMatch(o -> o.source().equals("PERSON") || o.source().equals("STAFF"));
        assertThat(reports.observationsOf(List.of())).isEmpty();
    }
}
