package tandem.reporting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.shared.db.Sql;

/**
 * Aggregates over the outcome read model for a selection of people: either everyone in some
 * organisations, or the people on some teams' caseloads today (within one organisation), from
 * reporting's own copy of the caseloads ({@link CaseloadCopy}).
 */
@Component
class DashboardQueries {

    /** Who a dashboard covers. With {@code teams} set, the current caseloads of those teams in {@code organisation}. */
    record Selection(List<UUID> organisations, UUID organisation, List<UUID> teams, LocalDate today, List<UUID> leftOut) {

        static Selection organisations(List<UUID> organisations, LocalDate today) {
            return new Selection(List.copyOf(organisations), null, null, today, List.of());
        }

        static Selection teams(UUID organisation, List<UUID> teams, LocalDate today) {
            return new Selection(null, organisation, List.copyOf(teams), today, List.of());
        }

        /** The same selection without the people on these teams' caseloads (small teams, see {@link #smallTeams}). */
        Selection without(List<UUID> smallTeams) {
            return new Selection(organisations, organisation, teams, today, List.copyOf(smallTeams));
        }

        boolean byTeams() {
            return teams != null;
        }
    }

    /** What a line of aggregates is about. */
    enum Kind {
        /** The whole selection. */
        TOTAL,
        /** An organisation or a team (its id in {@link Aggregate#group}). */
        GROUP,
        /** The people whose latest response was in one band. */
        BAND
    }

    /**
     * A person's reliable-change outcome in the read model (outcome_person.outcome; null there for
     * people with fewer than two responses).
     */
    enum Outcome { IMPROVED, UNCHANGED, WORSE, NOT_ASSESSED }

    /**
     * One line of aggregates: how many people, how many of them with two or more responses, the sum
     * of their changes, and how many improved, did not change, got worse or were not assessed.
     */
    record Aggregate(Kind kind, UUID group, String band, int people, int repeated, BigDecimal changeSum,
            int improved, int unchanged, int worse, int notAssessed) {

        /** A line with nobody in it. */
        static Aggregate empty(Kind kind, UUID group) {
            return new Aggregate(kind, group, null, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0);
        }
    }

    record PersonOutcome(UUID person, Outcome outcome) {
    }

    /** People asked to complete an instrument in the period, and how many of them completed it. */
    record CompletionRow(int asked, int completed) {
    }

    private static final String MEASURES = """
            count(*) AS people, count(*) FILTER (WHERE o.responses >= 2) AS repeated, coalesce(sum(o.change), 0) AS change_sum,
            count(*) FILTER (WHERE o.outcome = 'IMPROVED') AS improved, count(*) FILTER (WHERE o.outcome = 'UNCHANGED') AS unchanged,
            count(*) FILTER (WHERE o.outcome = 'WORSE') AS worse, count(*) FILTER (WHERE o.outcome = 'NOT_ASSESSED') AS not_assessed
            """;
    private static final String CASELOAD = """
            SELECT DISTINCT c.team_id, c.person_id FROM reporting_caseload c
            WHERE c.team_id = ANY(CAST(:teams AS uuid[])) AND c.from_date <= :today AND (c.to_date IS NULL OR c.to_date >= :today)
            """;

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The whole selection, people by band, and (when grouping by organisation) each organisation,
     * in one pass over the read model.
     */
    List<Aggregate> aggregates(String instrument, int months, Selection s, boolean groupByOrganisation) {
        String sets = groupByOrganisation ? "(), (o.last_band), (o.organisation_id)" : "(), (o.last_band)";
        String kind = groupByOrganisation
                ? "CASE WHEN GROUPING(o.last_band) = 0 THEN 'BAND' WHEN GROUPING(o.organisation_id) = 0 THEN 'GROUP' ELSE 'TOTAL' END"
                : "CASE WHEN GROUPING(o.last_band) = 0 THEN 'BAND' ELSE 'TOTAL' END";
        String group = groupByOrganisation ? "o.organisation_id" : "CAST(NULL AS uuid)";
        String sql = "SELECT " + kind + " AS kind, " + group + " AS grp, o.last_band AS band, " + MEASURES
                + "FROM outcome_person o WHERE o.instrument = :i AND o.months = :m AND " + where(s)
                + " GROUP BY GROUPING SETS (" + sets + ")";
        return params(jdbc.sql(sql), s).param("i", instrument).param("m", months).query(DashboardQueries::aggregate).list();
    }

    /** Each team of a team selection: the people on its caseload today (a person on two teams counts in both). */
    List<Aggregate> byTeam(String instrument, int months, Selection s) {
        String sql = "SELECT 'GROUP' AS kind, c.team_id AS grp, NULL AS band, " + MEASURES
                + "FROM outcome_person o JOIN (" + CASELOAD + ") c ON c.person_id = o.person_id "
                + "WHERE o.instrument = :i AND o.months = :m AND o.organisation_id = :org GROUP BY c.team_id";
        return params(jdbc.sql(sql), s).param("i", instrument).param("m", months).query(DashboardQueries::aggregate).list();
    }

    /**
     * People in the selection with two or more responses who are among {@code observed} (those with
     * any clinical observation, as the clinical module says), with their outcome.
     */
    List<PersonOutcome> observedOutcomes(String instrument, int months, Selection s, Collection<UUID> observed) {
        if (observed.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT o.person_id, o.outcome FROM outcome_person o WHERE o.instrument = :i AND o.months = :m "
                + "AND o.responses >= 2 AND " + where(s)
                + " AND o.person_id IN (SELECT unnest(CAST(:observed AS uuid[])))";
        return params(jdbc.sql(sql), s).param("i", instrument).param("m", months).param("observed", Sql.uuidArray(observed))
                .query((rs, n) -> new PersonOutcome(rs.getObject("person_id", UUID.class), outcome(rs.getString("outcome")))).list();
    }

    /**
     * The people on these teams' caseloads on the day, except those also on a caseload of one of
     * {@code except} that day (one statement).
     */
    List<UUID> caseloadPeople(List<UUID> teams, List<UUID> except, LocalDate today) {
        if (teams.isEmpty()) {
            return List.of();
        }
        String without = except.isEmpty() ? "" : " AND c.person_id NOT IN (SELECT person_id FROM reporting_caseload WHERE team_id = ANY(CAST(:small AS uuid[]))"
                + " AND from_date <= :today AND (to_date IS NULL OR to_date >= :today))";
        var spec = jdbc.sql("SELECT DISTINCT c.person_id FROM reporting_caseload c WHERE c.team_id = ANY(CAST(:teams AS uuid[])) AND " + current("c")
                + without).param("teams", Sql.uuidArray(teams)).param("today", Date.valueOf(today));
        if (!except.isEmpty()) {
            spec = spec.param("small", Sql.uuidArray(except));
        }
        return spec.query((rs, n) -> rs.getObject("person_id", UUID.class)).list();
    }

    /** The teams that share a person on today's caseload with any of these teams (these teams among them). */
    List<UUID> teamsSharingPeople(List<UUID> teams, LocalDate today) {
        // A literal team list, so that PostgreSQL walks the caseload index of just those teams.
        return jdbc.sql("SELECT DISTINCT c2.team_id FROM reporting_caseload c1 JOIN reporting_caseload c2 ON c2.person_id = c1.person_id "
                + "WHERE c1.team_id = ANY(CAST(:teams AS uuid[])) AND " + current("c1") + " AND " + current("c2"))
                .param("teams", Sql.uuidArray(teams)).param("today", Date.valueOf(today))
                .query((rs, n) -> rs.getObject("team_id", UUID.class)).list();
    }

    /**
     * Of the candidate teams, those where 1 to 4 people on today's caseload have answered the
     * instrument in the period. Their people are left out of every figure of the organisation's
     * dashboards, so that no total minus the teams shown beside it gives a small team away. For a
     * selection of teams it is enough to look at the teams its own people are on
     * ({@link #teamsSharingPeople}: the same people are left out as in any wider selection);
     * otherwise every team of the organisation is a candidate.
     */
    List<UUID> smallTeams(String instrument, int months, List<UUID> candidates, LocalDate today) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.team_id FROM reporting_caseload c WHERE c.team_id = ANY(CAST(:cand AS uuid[])) AND " + current("c")
                + " AND EXISTS (SELECT 1 FROM outcome_person o WHERE o.instrument = :i AND o.months = :m AND o.person_id = c.person_id)"
                + " GROUP BY c.team_id HAVING count(DISTINCT c.person_id) BETWEEN 1 AND 4")
                .param("cand", Sql.uuidArray(candidates)).param("today", Date.valueOf(today)).param("i", instrument).param("m", months)
                .query((rs, n) -> rs.getObject("team_id", UUID.class)).list();
    }

    private static String current(String alias) {
        return alias + ".from_date <= :today AND (" + alias + ".to_date IS NULL OR " + alias + ".to_date >= :today)";
    }

    private static String where(Selection s) {
        return (s.byTeams() ? "o.organisation_id = :org AND o.person_id IN (SELECT person_id FROM (" + CASELOAD + ") cl)"
                : "o.organisation_id = ANY(CAST(:orgs AS uuid[]))") + leftOut(s, "o");
    }

    private static String leftOut(Selection s, String alias) {
        return s.leftOut().isEmpty() ? "" : " AND " + alias + ".person_id NOT IN (SELECT person_id FROM reporting_caseload WHERE team_id = ANY(CAST(:small AS uuid[]))"
                + " AND from_date <= :today AND (to_date IS NULL OR to_date >= :today))";
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Selection s) {
        if (!s.leftOut().isEmpty()) {
            spec = spec.param("small", Sql.uuidArray(s.leftOut())).param("today", Date.valueOf(s.today()));
        }
        if (s.byTeams()) {
            return spec.param("org", s.organisation()).param("teams", Sql.uuidArray(s.teams()))
                    .param("today", Date.valueOf(s.today()));
        }
        return spec.param("orgs", Sql.uuidArray(s.organisations()));
    }

    private static Aggregate aggregate(ResultSet rs, int n) throws SQLException {
        return new Aggregate(Kind.valueOf(rs.getString("kind")), rs.getObject("grp", UUID.class), rs.getString("band"), rs.getInt("people"),
                rs.getInt("repeated"), rs.getBigDecimal("change_sum"), rs.getInt("improved"), rs.getInt("unchanged"),
                rs.getInt("worse"), rs.getInt("not_assessed"));
    }

    private static Outcome outcome(String value) {
        return value == null ? null : Outcome.valueOf(value);
    }
}
