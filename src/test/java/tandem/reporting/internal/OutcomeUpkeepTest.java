package tandem.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.measures.MeasuresApi;
import tandem.measures.StoredResponse;
import tandem.reporting.OutcomeRule;
import tandem.support.DemoUsers;

@SpringBootTest(properties = "tandem.demo.seed=true")
class OutcomeUpkeepTest {

    @Autowired
    OutcomeReadModel model;

    @Autowired
    MeasuresApi measures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    CurrentUser user(String username) {
        var a = accounts.byUsername(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.username(), a.roles(), a.personId(), a.staffId(), a.organisationId());
    }

    Map<String, Object> answers(int each) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 1; i <= 15; i++) {
            answers.put(Integer.toString(i), each);
        }
        return answers;
    }

    @Test
    void twoResponsesOfOnePersonInOneTransactionBothReachTheCopyAndTheReadModel() {
        model.ensure(OutcomeRule.of(measures.instrument("QPR15")), 12);
        UUID alex = DemoUsers.personId(jdbc, "alex");
        int before = jdbc.sql("SELECT responses FROM outcome_person WHERE instrument = 'QPR15' AND months = 12 AND person_id = :p")
                .param("p", alex).query(Integer.class).single();
        CurrentUser sam = user("sam");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StoredResponse second = tx.execute(status -> {
            measures.record(sam, tandem.shared.ids.PersonId.of(alex), "QPR15", answers(1), now.minusSeconds(60), false, null);
            return measures.record(sam, tandem.shared.ids.PersonId.of(alex), "QPR15", answers(3), now, false, null);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_score WHERE person_id = :p AND instrument = 'QPR15' AND authored >= :a")
                .param("p", alex).param("a", java.sql.Timestamp.from(now.minusSeconds(60))).query(Integer.class).single()).isEqualTo(2);
        Map<String, Object> row = jdbc.sql("SELECT responses, last_score FROM outcome_person WHERE instrument = 'QPR15' AND months = 12 AND person_id = :p")
                .param("p", alex).query().singleRow();
        assertThat(((Number) row.get("responses")).intValue()).isEqualTo(before + 2);
        assertThat((BigDecimal) row.get("last_score")).isEqualByComparingTo(second.scale("TOTAL").value());
    }
}
