package tandem.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = "tandem.demo.seed=true")
class ScoreCopyTest {

    @Autowired
    ScoreCopy copy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    List<String> source(String instrument) {
        return jdbc.sql("""
                SELECT r.id || ' ' || (s->>'code') || ' ' || r.person_id || ' ' || r.organisation_id || ' ' || r.authored || ' '
                       || coalesce(CAST(CAST(s->>'value' AS numeric) AS text), '-') || ' ' || coalesce(s->>'band', '-')
                FROM measure_response r CROSS JOIN LATERAL jsonb_array_elements(r.scales) s
                WHERE r.instrument = :i AND CAST(s->>'scored' AS boolean) ORDER BY 1""").param("i", instrument).query(String.class).list();
    }

    List<String> copied(String instrument) {
        return jdbc.sql("""
                SELECT response_id || ' ' || scale || ' ' || person_id || ' ' || organisation_id || ' ' || authored || ' '
                       || coalesce(CAST(value AS text), '-') || ' ' || coalesce(band, '-')
                FROM reporting_score WHERE instrument = :i ORDER BY 1""").param("i", instrument).query(String.class).list();
    }

    @Test
    void anInstrumentIsCopiedOnceWithEveryScoredScaleAsStored() {
        // The demo's responses are stored without events: only the fill copies them. (The context may be
        // shared with other test classes, so start from an instrument not copied and leave it copied.)
        jdbc.sql("DELETE FROM reporting_score WHERE instrument = 'CHIME_CHECKIN'").update();
        jdbc.sql("DELETE FROM reporting_score_copied WHERE instrument = 'CHIME_CHECKIN'").update();
        tx.executeWithoutResult(s -> copy.ensureCopied("CHIME_CHECKIN"));
        List<String> source = source("CHIME_CHECKIN");
        assertThat(source).hasSizeGreaterThan(100);
        assertThat(copied("CHIME_CHECKIN")).isEqualTo(source);

        // Once copied, it is not copied again (a row gone from the copy stays gone).
        jdbc.sql("DELETE FROM reporting_score WHERE instrument = 'CHIME_CHECKIN' AND scale = 'TOTAL'").update();
        tx.executeWithoutResult(s -> copy.ensureCopied("CHIME_CHECKIN"));
        assertThat(copied("CHIME_CHECKIN")).hasSizeLessThan(source.size());
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_score_copied WHERE instrument = 'CHIME_CHECKIN'").query(Integer.class).single())
                .isEqualTo(1);

        // A fill over rows already there keeps them and adds the rest.
        jdbc.sql("DELETE FROM reporting_score_copied WHERE instrument = 'CHIME_CHECKIN'").update();
        tx.executeWithoutResult(s -> copy.ensureCopied("CHIME_CHECKIN"));
        assertThat(copied("CHIME_CHECKIN")).isEqualTo(source);
    }
}
