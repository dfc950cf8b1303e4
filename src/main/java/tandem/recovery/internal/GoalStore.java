package tandem.recovery.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.measures.scoring.Chime;
import tandem.recovery.GoalStatus;
import tandem.recovery.Goals;
import tandem.recovery.PlanViews.Goal;
import tandem.recovery.PlanViews.GoalVersion;
import tandem.recovery.PlanViews.Review;
import tandem.recovery.PlanViews.Step;
import tandem.recovery.PlanViews.Suggestion;
import tandem.shared.ids.PersonId;

/** Goals, their versions in the person's words, steps, suggestions and reviews. */
@Repository
class GoalStore {

    /** A goal row without its children. */
    public record GoalRow(UUID id, PersonId personId, GoalStatus status, BigDecimal weight, LocalDate setOn) {
    }

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertGoal(GoalRow g, UUID fromSuggestion, Instant at) {
        jdbc.sql("INSERT INTO goal (id, person_id, status, weight, set_on, from_suggestion, created_at, status_at) "
                + "VALUES (:id, :p, :status, :weight, :setOn, :from, :at, :at)")
                .param("id", g.id()).param("p", g.personId()).param("status", g.status().name()).param("weight", g.weight())
                .param("setOn", Date.valueOf(g.setOn())).param("from", fromSuggestion).param("at", Timestamp.from(at)).update();
    }

    public void insertVersion(UUID goal, GoalVersion v, String by) {
        jdbc.sql("INSERT INTO goal_version (goal_id, version, text, chime, levels, written_by, written_at) "
                + "VALUES (:g, :v, :text, string_to_array(:chime, ','), CAST(:levels AS jsonb), :by, :at)")
                .param("g", goal).param("v", v.version()).param("text", v.text())
                .param("chime", String.join(",", v.chime().stream().map(Enum::name).toList()))
                .param("levels", Json.write(v.levels())).param("by", by).param("at", Timestamp.from(v.writtenAt())).update();
    }

    public void setStatus(UUID goal, GoalStatus status, BigDecimal weight, Instant at) {
        jdbc.sql("UPDATE goal SET status = :s, weight = :w, status_at = :at WHERE id = :g").param("g", goal)
                .param("s", status.name()).param("w", weight).param("at", Timestamp.from(at)).update();
    }

    public Optional<GoalRow> goal(UUID goal) {
        return jdbc.sql("SELECT * FROM goal WHERE id = :g").param("g", goal).query(GoalStore::goalRow).optional();
    }

    public List<GoalRow> goalsOf(PersonId person) {
        return jdbc.sql("SELECT * FROM goal WHERE person_id = :p ORDER BY created_at").param("p", person)
                .query(GoalStore::goalRow).list();
    }

    /** Every goal of the person with its children, oldest first. */
    public List<Goal> full(PersonId person) {
        List<Goal> out = new ArrayList<>();
        for (GoalRow g : goalsOf(person)) {
            out.add(full(g));
        }
        return out;
    }

    public Goal full(GoalRow g) {
        List<GoalVersion> versions = jdbc.sql("SELECT *, array_to_string(chime, ',') AS tags FROM goal_version "
                + "WHERE goal_id = :g ORDER BY version").param("g", g.id()).query((rs, n) -> new GoalVersion(rs.getInt("version"),
                        rs.getString("text"), chime(rs.getString("tags")), levels(rs.getString("levels")),
                        rs.getTimestamp("written_at").toInstant())).list();
        List<Step> steps = jdbc.sql("SELECT * FROM goal_step WHERE goal_id = :g ORDER BY added_at").param("g", g.id())
                .query((rs, n) -> new Step(rs.getObject("id", UUID.class), rs.getString("what"), rs.getString("who"),
                        PlanStore.date(rs, "due_on"), PlanStore.date(rs, "done_on"), rs.getString("added_by"))).list();
        List<Suggestion> suggestions = jdbc.sql("SELECT * FROM goal_suggestion WHERE goal_id = :g ORDER BY suggested_at")
                .param("g", g.id()).query(GoalStore::suggestion).list();
        List<Review> reviews = jdbc.sql("SELECT * FROM goal_review WHERE goal_id = :g ORDER BY reviewed_at").param("g", g.id())
                .query((rs, n) -> new Review(rs.getObject("id", UUID.class), rs.getString("rater_name"),
                        rs.getString("rater_kind"), rs.getInt("level"), rs.getString("note"),
                        rs.getTimestamp("reviewed_at").toInstant())).list();
        return new Goal(g.id(), g.status(), g.weight(), g.setOn(), versions.get(versions.size() - 1), versions, steps,
                suggestions, reviews);
    }

    public void insertStep(UUID goal, Step s, Instant at) {
        jdbc.sql("INSERT INTO goal_step (id, goal_id, what, who, due_on, added_by, added_at) "
                + "VALUES (:id, :g, :what, :who, :due, :by, :at)").param("id", s.id()).param("g", goal)
                .param("what", s.what()).param("who", s.who()).param("due", s.dueOn() == null ? null : Date.valueOf(s.dueOn()))
                .param("by", s.addedBy()).param("at", Timestamp.from(at)).update();
    }

    public boolean stepDone(UUID goal, UUID step, LocalDate on) {
        return jdbc.sql("UPDATE goal_step SET done_on = :on WHERE id = :s AND goal_id = :g AND done_on IS NULL")
                .param("s", step).param("g", goal).param("on", Date.valueOf(on)).update() == 1;
    }

    public void insertSuggestion(PersonId person, Suggestion s, String by) {
        jdbc.sql("INSERT INTO goal_suggestion (id, person_id, goal_id, kind, text, suggested_by, suggested_by_name, suggested_at) "
                + "VALUES (:id, :p, :g, :kind, :text, :by, :name, :at)").param("id", s.id()).param("p", person)
                .param("g", s.goalId()).param("kind", s.kind()).param("text", s.text()).param("by", by)
                .param("name", s.suggestedByName()).param("at", Timestamp.from(s.suggestedAt())).update();
    }

    public Optional<Suggestion> suggestion(PersonId person, UUID id) {
        return jdbc.sql("SELECT * FROM goal_suggestion WHERE id = :id AND person_id = :p").param("id", id).param("p", person)
                .query(GoalStore::suggestion).optional();
    }

    public List<Suggestion> openGoalSuggestions(PersonId person) {
        return jdbc.sql("SELECT * FROM goal_suggestion WHERE person_id = :p AND kind = 'GOAL' AND status = 'OPEN' "
                + "ORDER BY suggested_at").param("p", person).query(GoalStore::suggestion).list();
    }

    /** Decides an open suggestion; false when it was already decided. */
    public boolean decide(UUID id, String status, Instant at) {
        return jdbc.sql("UPDATE goal_suggestion SET status = :s, decided_at = :at WHERE id = :id AND status = 'OPEN'")
                .param("id", id).param("s", status).param("at", Timestamp.from(at)).update() == 1;
    }

    public void insertReview(UUID goal, Review r, String rater) {
        jdbc.sql("INSERT INTO goal_review (id, goal_id, rater, rater_name, rater_kind, level, note, reviewed_at) "
                + "VALUES (:id, :g, :rater, :name, :kind, :level, :note, :at)").param("id", r.id()).param("g", goal)
                .param("rater", rater).param("name", r.raterName()).param("kind", r.raterKind()).param("level", r.level())
                .param("note", r.note()).param("at", Timestamp.from(r.reviewedAt())).update();
    }

    private static GoalRow goalRow(ResultSet rs, int n) throws SQLException {
        return new GoalRow(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                GoalStatus.valueOf(rs.getString("status")), rs.getBigDecimal("weight"), rs.getDate("set_on").toLocalDate());
    }

    private static Suggestion suggestion(ResultSet rs, int n) throws SQLException {
        return new Suggestion(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class), rs.getString("kind"),
                rs.getString("text"), rs.getString("suggested_by_name"), rs.getTimestamp("suggested_at").toInstant(),
                rs.getString("status"));
    }

    private static List<Chime> chime(String tags) {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.stream(tags.split(",")).map(Chime::valueOf).toList();
    }

    private static Map<Integer, String> levels(String json) {
        // jsonb keeps object keys in its own order (shortest first): put the levels back from -2 to +2.
        Map<Integer, String> out = new java.util.TreeMap<>();
        Json.textMap(json).forEach((k, v) -> out.put(Integer.valueOf(k), v));
        return new LinkedHashMap<>(out);
    }
}
