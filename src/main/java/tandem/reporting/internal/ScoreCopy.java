package tandem.reporting.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.measures.MeasuresApi;
import tandem.measures.MeasuresApi.Score;
import tandem.shared.TandemClock;

/**
 * Fills reporting's copy of the scores (reporting_score) once per instrument, from
 * {@link MeasuresApi#scores}, for the responses stored before the copy was kept (and those stored
 * without an event, such as the demo's). Each new response reaches the copy with its own
 * transaction's COMMIT ({@link OutcomeReadModel#refreshPerson}).
 */
@Component
class ScoreCopy {

    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final MeasuresApi measures;
    private final TandemClock clock;

    ScoreCopy(JdbcClient jdbc, JdbcTemplate batches, MeasuresApi measures, TandemClock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.measures = measures;
        this.clock = clock;
    }

    /**
     * Copies every score of the instrument unless that was done before. Runs in the caller's
     * transaction, under its exclusive lock on the instrument (a rebuild's), so it happens once; a
     * response committing meanwhile writes its own rows and waits for the lock before its person's
     * outcome rows are computed. A row already copied (from an event) is kept.
     */
    void ensureCopied(String instrument) {
        boolean done = jdbc.sql("SELECT EXISTS (SELECT 1 FROM reporting_score_copied WHERE instrument = :i) AS done")
                .param("i", instrument).query((rs, n) -> rs.getBoolean("done")).single();
        if (done) {
            return;
        }
        List<Score> batch = new ArrayList<>(BATCH);
        measures.scores(instrument, s -> {
            batch.add(s);
            if (batch.size() == BATCH) {
                insert(batch);
                batch.clear();
            }
        });
        insert(batch);
        jdbc.sql("INSERT INTO reporting_score_copied (instrument, copied_at) VALUES (:i, :at)").param("i", instrument)
                .param("at", Timestamp.from(clock.now())).update();
    }

    private void insert(List<Score> scores) {
        if (scores.isEmpty()) {
            return;
        }
        // One JDBC batch: the driver sends its statements together rather than waiting for each.
        batches.batchUpdate("""
                INSERT INTO reporting_score (response_id, scale, person_id, organisation_id, instrument, authored, value, band)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (response_id, scale) DO NOTHING
                """, scores.stream().map(s -> new Object[] {s.responseId(), s.scale(), s.personId().value(), s.organisationId().value(),
                s.instrument(), Timestamp.from(s.authored()), s.value(), s.band()}).toList());
    }
}
