package tandem.recovery.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.recovery.PlanViews.Agreement;
import tandem.recovery.PlanViews.RiskPlan;
import tandem.recovery.PlanViews.RiskVersion;
import tandem.recovery.PlanViews.Session;
import tandem.recovery.Style;
import tandem.shared.db.Sql;
import tandem.shared.ids.PersonId;

/** Coaching and peer session notes, and positive risk-taking plans. */
@Repository
class WorkStore {

    private final JdbcClient jdbc;

    WorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertSession(PersonId person, Session s, String worker) {
        jdbc.sql("""
                INSERT INTO coaching_session (id, person_id, held_on, style, peer, worker, worker_name, notes, goal_ids, written_at)
                VALUES (:id, :p, :on, :style, :peer, :worker, :name, :notes, CAST(:goals AS uuid[]), :at)
                """).param("id", s.id()).param("p", person).param("on", Date.valueOf(s.heldOn())).param("style", s.style().name())
                .param("peer", s.peer()).param("worker", worker).param("name", s.workerName()).param("notes", s.notes())
                .param("goals", Sql.uuidArray(s.goalIds()))
                .param("at", Timestamp.from(s.writtenAt())).update();
    }

    public boolean reflect(PersonId person, UUID session, String reflection, Instant at) {
        return jdbc.sql("UPDATE coaching_session SET reflection = :r, reflection_at = :at WHERE id = :id AND person_id = :p")
                .param("id", session).param("p", person).param("r", reflection).param("at", Timestamp.from(at)).update() == 1;
    }

    public List<Session> sessions(PersonId person) {
        return jdbc.sql("SELECT *, array_to_string(goal_ids, ',') AS goals FROM coaching_session WHERE person_id = :p "
                + "ORDER BY held_on DESC, written_at DESC").param("p", person).query((rs, n) -> {
                    Timestamp reflected = rs.getTimestamp("reflection_at");
                    String goals = rs.getString("goals");
                    return new Session(rs.getObject("id", UUID.class), rs.getDate("held_on").toLocalDate(),
                            Style.valueOf(rs.getString("style")), rs.getBoolean("peer"), rs.getString("worker_name"),
                            rs.getString("notes"), goals == null || goals.isEmpty() ? List.of()
                                    : Arrays.stream(goals.split(",")).map(UUID::fromString).toList(),
                            rs.getString("reflection"), reflected == null ? null : reflected.toInstant(),
                            rs.getTimestamp("written_at").toInstant());
                }).list();
    }

    public void insertRiskPlan(UUID plan, PersonId person, Instant at) {
        jdbc.sql("INSERT INTO risk_plan (id, person_id, created_at) VALUES (:id, :p, :at)").param("id", plan)
                .param("p", person).param("at", Timestamp.from(at)).update();
    }

    public void insertRiskVersion(UUID plan, RiskVersion v, String by) {
        jdbc.sql("""
                INSERT INTO risk_plan_version (plan_id, version, goal, risks, smaller, who_does_what, review_on, written_by,
                    written_by_name, written_by_kind, written_at)
                VALUES (:plan, :v, :goal, :risks, :smaller, :who, :review, :by, :name, :kind, :at)
                """).param("plan", plan).param("v", v.version()).param("goal", v.goal()).param("risks", v.risks())
                .param("smaller", v.smaller()).param("who", v.whoDoesWhat()).param("review", Date.valueOf(v.reviewOn()))
                .param("by", by).param("name", v.writtenByName()).param("kind", v.writtenByKind())
                .param("at", Timestamp.from(v.writtenAt())).update();
    }

    public void agree(UUID plan, int version, String party, String account, String name, Instant at) {
        jdbc.sql("INSERT INTO risk_plan_agreement (plan_id, version, party, account, name, agreed_at) "
                + "VALUES (:plan, :v, :party, :account, :name, :at) ON CONFLICT DO NOTHING").param("plan", plan)
                .param("v", version).param("party", party).param("account", account).param("name", name)
                .param("at", Timestamp.from(at)).update();
    }

    public List<UUID> riskPlanIds(PersonId person) {
        return jdbc.sql("SELECT id FROM risk_plan WHERE person_id = :p ORDER BY created_at DESC").param("p", person)
                .query(UUID.class).list();
    }

    public Optional<RiskPlan> riskPlan(PersonId person, UUID plan) {
        if (jdbc.sql("SELECT count(*) FROM risk_plan WHERE id = :id AND person_id = :p").param("id", plan).param("p", person)
                .query(Integer.class).single() == 0) {
            return Optional.empty();
        }
        List<RiskVersion> versions = jdbc.sql("SELECT * FROM risk_plan_version WHERE plan_id = :id ORDER BY version")
                .param("id", plan).query((rs, n) -> new RiskVersion(rs.getInt("version"), rs.getString("goal"),
                        rs.getString("risks"), rs.getString("smaller"), rs.getString("who_does_what"),
                        rs.getDate("review_on").toLocalDate(), rs.getString("written_by_name"),
                        rs.getString("written_by_kind"), rs.getTimestamp("written_at").toInstant())).list();
        List<Agreement> agreements = new ArrayList<>(jdbc.sql("SELECT * FROM risk_plan_agreement WHERE plan_id = :id "
                + "ORDER BY agreed_at").param("id", plan).query((rs, n) -> new Agreement(rs.getInt("version"),
                        rs.getString("party"), rs.getString("name"), rs.getTimestamp("agreed_at").toInstant())).list());
        return Optional.of(new RiskPlan(plan, versions, agreements));
    }
}
