package tandem.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.measures.StoredResponse;
import tandem.measures.scoring.Scoring.ScaleScore;
import tandem.reporting.OutcomeRule;
import tandem.shared.TandemClock;
import tandem.shared.db.WithCommit;
import tandem.shared.ids.OrganisationId;

/**
 * The outcome read model: per instrument and period, each person's first and last scored
 * response in the period and the change between them. One SQL statement computes rows from
 * reporting's own copy of the scores (reporting_score, {@link ScoreCopy}); it runs for everyone
 * when a period is first asked for or has rolled over to a new month, and for one person inside
 * the transaction that stores their response, so the dashboards always agree exactly with the
 * responses.
 */
@Component
class OutcomeReadModel {

    /** Period lengths the dashboards offer, in months. */
    static final List<Integer> PERIODS = List.of(3, 6, 12, 24);
    private static final int INSTRUMENT_LOCK = 7301;
    private static final int PERSON_LOCK = 7302;

    /** The rows of one period: %1$s is its length in months, %2$s what the rows come FROM, including a "per" row per person. */
    private static final String OUTCOME_ROWS = """
            INSERT INTO outcome_person (instrument, months, person_id, organisation_id, responses, first_score, last_score,
                                        change, outcome, last_band)
            SELECT :i, %1$s, person_id, organisation_id, n, first_score, last_score,
                   CASE WHEN n >= 2 THEN last_score - first_score END,
                   CASE WHEN n < 2 THEN NULL
                        WHEN NOT :assessed THEN 'NOT_ASSESSED'
                        WHEN abs(last_score - first_score) > :threshold
                             OR (NOT :strict AND abs(last_score - first_score) = :threshold)
                          THEN CASE WHEN (last_score - first_score) * :sign > 0 THEN 'IMPROVED' ELSE 'WORSE' END
                        ELSE 'UNCHANGED' END,
                   last_band
            FROM %2$s
            """;

    /** Per person, their first and last score since %1$s and how many there were; %2$s narrows the scores further. */
    private static final String PER_PERSON = """
            (SELECT r.person_id,
                    (array_agg(r.organisation_id ORDER BY r.authored DESC, r.response_id DESC))[1] AS organisation_id,
                    count(*) AS n,
                    (array_agg(r.value ORDER BY r.authored, r.response_id))[1] AS first_score,
                    (array_agg(r.value ORDER BY r.authored DESC, r.response_id DESC))[1] AS last_score,
                    (array_agg(r.band ORDER BY r.authored DESC, r.response_id DESC))[1] AS last_band
             FROM reporting_score r
             WHERE r.instrument = :i AND r.authored >= %1$s AND r.scale = :scale %2$s
             GROUP BY r.person_id) per
            """;

    /** Everyone's rows of one period, for responses since :from. */
    private static final String COMPUTE = OUTCOME_ROWS.formatted(":m", PER_PERSON.formatted(":from", ""));

    /** One person's rows of every period built for the instrument (each period from its first day, in the organisation's zone). */
    private static final String REFRESH_PERSON = OUTCOME_ROWS.formatted("w.months", "outcome_window w CROSS JOIN LATERAL "
            + PER_PERSON.formatted("CAST(w.window_start AS timestamp) AT TIME ZONE :zone", "AND r.person_id = :p") + " WHERE w.instrument = :i");

    /** When the rows of one instrument and period were built, and for which first day. */
    record Window(String instrument, int months, LocalDate start, Instant builtAt, long buildMs) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TandemClock clock;
    private final ScoreCopy scores;
    private final String rebuildWorkMem;

    OutcomeReadModel(JdbcClient jdbc, TransactionTemplate tx, TandemClock clock, ScoreCopy scores,
            @org.springframework.beans.factory.annotation.Value("${tandem.reporting.rebuild-work-mem:512MB}") String rebuildWorkMem) {
        if (!rebuildWorkMem.matches("[0-9]+(kB|MB|GB)")) {
            throw new IllegalArgumentException("tandem.reporting.rebuild-work-mem must look like 512MB");
        }
        this.rebuildWorkMem = rebuildWorkMem;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.scores = scores;
    }

    /** The first day of a period of {@code months} ending today: the current month and the months before it. */
    LocalDate windowStart(int months) {
        return clock.today().withDayOfMonth(1).minusMonths(months - 1L);
    }

    Optional<Window> window(String instrument, int months) {
        return jdbc.sql("SELECT instrument, months, window_start, built_at, build_ms FROM outcome_window WHERE instrument = :i AND months = :m")
                .param("i", instrument).param("m", months)
                .query(OutcomeReadModel::windowRow)
                .optional();
    }

    /** Rows for the current period, rebuilding them first if they are missing or for an earlier month. */
    Window ensure(OutcomeRule rule, int months) {
        LocalDate start = windowStart(months);
        Optional<Window> current = window(rule.instrument(), months);
        if (current.isPresent() && current.get().start().equals(start)) {
            return current.get();
        }
        return rebuild(rule, months);
    }

    /** Recomputes every row of one instrument and period, in one transaction, under an exclusive lock. */
    Window rebuild(OutcomeRule rule, int months) {
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:k, hashtext(:i))").param("k", INSTRUMENT_LOCK).param("i", rule.instrument())
                    .query().singleRow();
            LocalDate start = windowStart(months);
            Optional<Window> current = window(rule.instrument(), months);
            if (current.isPresent() && current.get().start().equals(start)) {
                return current.get(); // another request or node built it while this one waited
            }
            long began = System.nanoTime();
            scores.ensureCopied(rule.instrument());
            // One pass over every score of the instrument: let it sort and group in memory.
            jdbc.sql("SET LOCAL work_mem = '" + rebuildWorkMem + "'").update();
            jdbc.sql("DELETE FROM outcome_person WHERE instrument = :i AND months = :m").param("i", rule.instrument())
                    .param("m", months).update();
            compute(rule, months, start);
            long ms = (System.nanoTime() - began) / 1_000_000;
            Instant now = clock.now();
            jdbc.sql("""
                    INSERT INTO outcome_window (instrument, months, window_start, built_at, build_ms) VALUES (:i, :m, :s, :at, :ms)
                    ON CONFLICT (instrument, months) DO UPDATE SET window_start = :s, built_at = :at, build_ms = :ms
                    """).param("i", rule.instrument()).param("m", months).param("s", java.sql.Date.valueOf(start))
                    .param("at", Timestamp.from(now)).param("ms", ms).update();
            return new Window(rule.instrument(), months, start, now, ms);
        });
    }

    /**
     * Copies a new response's scored scales into reporting_score and recomputes the person's rows for
     * every period already built for the instrument. Runs inside the caller's transaction (the one
     * that stored the response), under a shared lock on the instrument so that a rebuild waits for
     * it, and a lock on the person so that two responses for the same person at once are applied one
     * after the other.
     */
    void refreshPerson(OutcomeRule rule, StoredResponse response, OrganisationId organisation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            tx.executeWithoutResult(status -> refreshPerson(rule, response, organisation));
            return;
        }
        UUID person = response.personId().value();
        // Sent with the COMMIT, in one round trip, after the transaction's own writes: the response's
        // scores, both locks (the instrument's first: the select list is evaluated in order), then the
        // person's old rows go and the new ones are computed from the scores as this transaction leaves
        // them. A second response of the same person in the transaction adds its scores and the
        // computation again (not the locks, already held), so the last computation sees them all.
        copyScores(response, organisation);
        Map<String, Object> p = new HashMap<>();
        p.put("k", INSTRUMENT_LOCK);
        p.put("i", rule.instrument());
        p.put("pk", PERSON_LOCK);
        p.put("p", person);
        p.put("assessed", rule.assessed());
        p.put("threshold", rule.threshold());
        p.put("strict", rule.strict());
        p.put("sign", rule.betterSign());
        p.put("scale", rule.scale());
        p.put("zone", clock.zone().getId());
        if (WithCommit.once(List.of("outcome locks", rule.instrument(), person))) {
            WithCommit.add("SELECT pg_advisory_xact_lock_shared(:k, hashtext(:i)), pg_advisory_xact_lock(:pk, hashtext(CAST(:p AS text)))", p);
        }
        WithCommit.add("DELETE FROM outcome_person WHERE instrument = :i AND person_id = :p", p);
        WithCommit.add(REFRESH_PERSON, p);
    }

    /** One statement for all the response's scored scales, sent with the COMMIT. */
    private static void copyScores(StoredResponse response, OrganisationId organisation) {
        List<ScaleScore> scored = response.scales().stream().filter(ScaleScore::scored).toList();
        if (scored.isEmpty()) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("r", response.id());
        p.put("p", response.personId().value());
        p.put("o", organisation.value());
        p.put("i", response.instrument());
        p.put("a", Timestamp.from(response.authored()));
        StringBuilder values = new StringBuilder();
        for (int n = 0; n < scored.size(); n++) {
            values.append(n == 0 ? "" : ", ").append("(:r, :c").append(n).append(", :p, :o, :i, :a, :v").append(n).append(", :b").append(n)
                    .append(')');
            p.put("c" + n, scored.get(n).code());
            p.put("v" + n, scored.get(n).value());
            p.put("b" + n, scored.get(n).band());
        }
        WithCommit.add("INSERT INTO reporting_score (response_id, scale, person_id, organisation_id, instrument, authored, value, band) VALUES "
                + values + " ON CONFLICT (response_id, scale) DO NOTHING", p);
    }

    /** Instruments and periods with rows built for an earlier month than today's. */
    List<Window> stale() {
        return jdbc.sql("SELECT instrument, months, window_start, built_at, build_ms FROM outcome_window")
                .query(OutcomeReadModel::windowRow)
                .list().stream().filter(w -> !w.start().equals(windowStart(w.months()))).toList();
    }

    private void compute(OutcomeRule rule, int months, LocalDate start) {
        Instant from = start.atStartOfDay(clock.zone()).toInstant();
        jdbc.sql(COMPUTE).param("i", rule.instrument()).param("m", months).param("assessed", rule.assessed())
                .param("threshold", rule.threshold()).param("strict", rule.strict()).param("sign", rule.betterSign())
                .param("from", Timestamp.from(from)).param("scale", rule.scale()).update();
    }

    private static Window windowRow(ResultSet rs, int n) throws SQLException {
        return new Window(rs.getString("instrument"), rs.getInt("months"), rs.getDate("window_start").toLocalDate(),
                rs.getTimestamp("built_at").toInstant(), rs.getLong("build_ms"));
    }
}
