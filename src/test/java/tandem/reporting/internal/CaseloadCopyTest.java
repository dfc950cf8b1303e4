package tandem.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.people.PeopleApi;
import tandem.shared.TandemClock;

@SpringBootTest(properties = "tandem.demo.seed=true")
class CaseloadCopyTest {

    @Autowired
    CaseloadCopy copy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PeopleApi people;

    @Autowired
    TandemClock clock;

    UUID riverside() {
        return jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
    }

    List<Map<String, Object>> source(UUID organisation) {
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.team_id, c.from_date, c.to_date FROM caseload c JOIN team t ON t.id = c.team_id
                WHERE t.organisation_id = :o ORDER BY c.id""").param("o", organisation).query().listOfRows();
    }

    List<Map<String, Object>> copied(UUID organisation) {
        return jdbc.sql("""
                SELECT membership_id AS id, person_id, team_id, from_date, to_date FROM reporting_caseload
                WHERE organisation_id = :o ORDER BY membership_id""").param("o", organisation).query().listOfRows();
    }

    @Test
    void theMembershipsMadeWhileSeedingReachTheCopyThroughTheEvents() {
        UUID org = riverside();
        assertThat(source(org)).hasSizeGreaterThan(200).anyMatch(r -> r.get("to_date") != null);
        assertThat(copied(org)).isEqualTo(source(org));
    }

    @Test
    void anOrganisationNotYetCopiedIsFilledOnceEvenWhenFirstDashboardsComeTogether() throws Exception {
        UUID org = riverside();
        jdbc.sql("DELETE FROM reporting_caseload WHERE organisation_id = :o").param("o", org).update();
        jdbc.sql("DELETE FROM reporting_caseload_copied WHERE organisation_id = :o").param("o", org).update();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Fresh copies of the bean, as on four nodes that have not seen the organisation yet.
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CaseloadCopy node = new CaseloadCopy(jdbc, tx, people, clock);
                runs.add(pool.submit(() -> node.ensureCopied(List.of(org))));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(copied(org)).isEqualTo(source(org));
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_caseload_copied WHERE organisation_id = :o").param("o", org)
                .query(Integer.class).single()).isEqualTo(1);
        copy.ensureCopied(List.of(org));
        assertThat(copied(org)).isEqualTo(source(org));
    }
}
