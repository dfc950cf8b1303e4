package tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.measures.Administering.CompletionCount;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.support.DemoUsers;

/** The reads that reports and extracts make of the measures module, against the demo organisation's requests and responses. */
@SpringBootTest(properties = "tandem.demo.seed=true")
class AggregateReadsTest {

    private static final Instant SINCE = Instant.now().minus(400, ChronoUnit.DAYS);

    @Autowired
    Administering administering;

    @Autowired
    MeasuresApi measures;

    @Autowired
    JdbcClient jdbc;

    OrganisationId riverside() {
        return OrganisationId.of(jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single());
    }

    List<PersonId> asked(String instrument) {
        return jdbc.sql("SELECT DISTINCT person_id FROM measure_assignment WHERE instrument = :i ORDER BY person_id").param("i", instrument)
                .query((rs, n) -> PersonId.of(rs.getObject("person_id", UUID.class))).list();
    }

    int completed(List<PersonId> people, String instrument) {
        return jdbc.sql("SELECT count(DISTINCT person_id) FROM measure_response WHERE instrument = :i AND authored >= :s "
                + "AND person_id = ANY(CAST(:p AS uuid[]))").param("i", instrument).param("s", Timestamp.from(SINCE))
                .param("p", tandem.shared.db.Sql.uuidArray(people.stream().map(PersonId::value).toList())).query(Integer.class).single();
    }

    @Test
    void completionCountsThePeopleAskedAndThoseOfThemWhoAnswered() {
        List<PersonId> asked = asked("WEMWBS");
        assertThat(asked).hasSizeGreaterThan(1);
        CompletionCount all = administering.completionInOrganisations("WEMWBS", SINCE, List.of(riverside()), List.of());
        assertThat(all).isEqualTo(new CompletionCount(asked.size(), completed(asked, "WEMWBS")));

        List<PersonId> rest = asked.subList(1, asked.size());
        assertThat(administering.completionInOrganisations("WEMWBS", SINCE, List.of(riverside()), List.of(asked.get(0))))
                .isEqualTo(new CompletionCount(rest.size(), completed(rest, "WEMWBS")));
        assertThat(administering.completionAmong("WEMWBS", SINCE, riverside(), rest))
                .isEqualTo(new CompletionCount(rest.size(), completed(rest, "WEMWBS")));
        assertThat(administering.completionAmong("WEMWBS", SINCE, riverside(), List.of())).isEqualTo(new CompletionCount(0, 0));
        assertThat(administering.completionInOrganisations("WEMWBS", SINCE, List.of(OrganisationId.of(UUID.randomUUID())), List.of()))
                .isEqualTo(new CompletionCount(0, 0));
    }

    @Test
    void scoresGivesEveryScoredScaleOfEveryResponseToTheInstrument() {
        List<String> stored = jdbc.sql("""
                SELECT r.id || ' ' || (s->>'code') || ' ' || r.organisation_id || ' ' || CAST(s->>'value' AS numeric)
                FROM measure_response r CROSS JOIN LATERAL jsonb_array_elements(r.scales) s
                WHERE r.instrument = 'CHIME_CHECKIN' AND CAST(s->>'scored' AS boolean)
                """).query(String.class).list();
        List<String> given = new java.util.ArrayList<>();
        measures.scores("CHIME_CHECKIN", s -> given.add(s.responseId() + " " + s.scale() + " " + s.organisationId() + " " + s.value()));
        assertThat(stored).hasSizeGreaterThan(100);
        assertThat(given).containsExactlyInAnyOrderElementsOf(stored);
        List<MeasuresApi.Score> none = new java.util.ArrayList<>();
        measures.scores("NOPE", none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void scalesOfGivesEveryScaleOfEveryResponseOfThosePeopleOnly() {
        PersonId alex = PersonId.of(DemoUsers.personId(jdbc, "alex"));
        int stored = jdbc.sql("SELECT count(*) FROM measure_response r CROSS JOIN LATERAL jsonb_array_elements(r.scales) s WHERE r.person_id = :p")
                .param("p", alex.value()).query(Integer.class).single();
        List<MeasuresApi.ResponseScale> scales = measures.scalesOf(List.of(alex));
        assertThat(stored).as("the demo holds Alex's responses, so the comparison below means something").isPositive();
        assertThat(scales).hasSize(stored).allMatch(s -> s.personId().equals(alex));
        assertThat(scales).anyMatch(s -> s.instrument().equals("QPR15") && s.scale().equals("TOTAL") && "true".equals(s.scored()));
        assertThat(measures.scalesOf(List.of())).isEmpty();
    }
}
