package tandem.change.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.change.ChangeViews.Assessment;
import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.CycleStep;
import tandem.change.ChangeViews.EvidenceFile;
import tandem.change.ChangeViews.Fidelity;
import tandem.change.ChangeViews.Priority;
import tandem.change.ChangeViews.Rating;
import tandem.change.ChangeViews.Trip;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Assessments, ratings and evidence files, TRIPs, cycles, college counts and fidelity checks. */
@Repository
public class ChangeStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAssessment(UUID organisation, Assessment a, Instant at) {
        jdbc.sql("INSERT INTO change_assessment (id, organisation_id, scope, scope_id, assessed_on, participants, lived_experience, "
                + "created_by, created_at) VALUES (:id, :o, :scope, :scopeId, :on, :p, :le, :by, :at)").param("id", a.id())
                .param("o", organisation).param("scope", a.scope()).param("scopeId", a.scopeId())
                .param("on", Date.valueOf(a.assessedOn())).param("p", a.participants()).param("le", a.livedExperienceParticipants())
                .param("by", a.createdBy()).param("at", Timestamp.from(at)).update();
        for (Rating r : a.ratings()) {
            jdbc.sql("INSERT INTO change_rating (assessment_id, challenge, stage, evidence, links) VALUES (:a, :c, :s, :e, :l)")
                    .param("a", a.id()).param("c", r.challenge()).param("s", r.stage()).param("e", r.evidence())
                    .param("l", r.links()).update();
        }
    }

    public void insertFile(UUID assessment, int challenge, String filename, String contentType, byte[] bytes, Instant at) {
        jdbc.sql("INSERT INTO change_evidence_file (id, assessment_id, challenge, filename, content_type, bytes, uploaded_at) "
                + "VALUES (:id, :a, :c, :f, :t, :b, :at)").param("id", UUID.randomUUID()).param("a", assessment)
                .param("c", challenge).param("f", filename).param("t", contentType).param("b", bytes)
                .param("at", Timestamp.from(at)).update();
    }

    /** Assessments of one scope, or of the whole organisation when {@code scope} is null; newest first. */
    public List<Assessment> assessments(UUID organisation, String scope, UUID scopeId) {
        List<Assessment> out = new ArrayList<>();
        jdbc.sql("SELECT * FROM change_assessment WHERE organisation_id = :o AND (CAST(:scope AS text) IS NULL OR scope = :scope) "
                + "AND (CAST(:scopeId AS uuid) IS NULL OR scope_id = :scopeId) ORDER BY assessed_on DESC, created_at DESC")
                .param("o", organisation).param("scope", scope).param("scopeId", scopeId)
                .query((rs, n) -> new Assessment(rs.getObject("id", UUID.class), rs.getString("scope"),
                        rs.getObject("scope_id", UUID.class), null, rs.getDate("assessed_on").toLocalDate(),
                        rs.getInt("participants"), rs.getInt("lived_experience"), rs.getString("created_by"), List.of(), List.of()))
                .list().forEach(a -> out.add(withChildren(a)));
        return out;
    }

    public Optional<Assessment> assessment(UUID organisation, UUID id) {
        return assessments(organisation, null, null).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private Assessment withChildren(Assessment a) {
        List<Rating> ratings = jdbc.sql("SELECT * FROM change_rating WHERE assessment_id = :a ORDER BY challenge")
                .param("a", a.id()).query((rs, n) -> new Rating(rs.getInt("challenge"), rs.getString("stage"),
                        rs.getString("evidence"), rs.getString("links"))).list();
        List<EvidenceFile> files = jdbc.sql("SELECT id, challenge, filename, content_type, length(bytes) AS size "
                + "FROM change_evidence_file WHERE assessment_id = :a ORDER BY challenge, uploaded_at").param("a", a.id())
                .query((rs, n) -> new EvidenceFile(rs.getObject("id", UUID.class), rs.getInt("challenge"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size"))).list();
        return new Assessment(a.id(), a.scope(), a.scopeId(), a.scopeName(), a.assessedOn(), a.participants(),
                a.livedExperienceParticipants(), a.createdBy(), ratings, files);
    }

    /** A file's name, type and bytes, if it belongs to an assessment of the organisation. */
    public Optional<Object[]> file(UUID organisation, UUID id) {
        return jdbc.sql("SELECT f.filename, f.content_type, f.bytes FROM change_evidence_file f JOIN change_assessment a "
                + "ON a.id = f.assessment_id WHERE f.id = :id AND a.organisation_id = :o").param("id", id).param("o", organisation)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).optional();
    }

    public List<Trip> trips(UUID team) {
        return jdbc.sql("SELECT * FROM change_trip WHERE team_id = :t ORDER BY version DESC").param("t", team)
                .query((rs, n) -> new Trip(rs.getInt("version"), rs.getString("resources"),
                        JSON.readValue(rs.getString("priorities"), new TypeReference<List<Priority>>() { }),
                        rs.getDate("review_on").toLocalDate(), rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant())).list();
    }

    public void insertTrip(UUID team, Trip t) {
        jdbc.sql("INSERT INTO change_trip (team_id, version, resources, priorities, review_on, written_by, written_at) "
                + "VALUES (:t, :v, :r, CAST(:p AS jsonb), :review, :by, :at)").param("t", team).param("v", t.version())
                .param("r", t.resources()).param("p", JSON.writeValueAsString(t.priorities()))
                .param("review", Date.valueOf(t.reviewOn())).param("by", t.writtenBy()).param("at", Timestamp.from(t.writtenAt()))
                .update();
    }

    public void insertCycle(UUID organisation, Cycle c) {
        jdbc.sql("INSERT INTO change_cycle (id, organisation_id, challenge, title, created_by, created_at) "
                + "VALUES (:id, :o, :c, :t, :by, :at)").param("id", c.id()).param("o", organisation).param("c", c.challenge())
                .param("t", c.title()).param("by", c.createdBy()).param("at", Timestamp.from(c.createdAt())).update();
    }

    public void insertStep(UUID cycle, CycleStep s, String user) {
        jdbc.sql("INSERT INTO change_cycle_step (cycle_id, step, text, done_on, by_name, by_user) VALUES (:c, :s, :t, :on, :name, :u)")
                .param("c", cycle).param("s", s.step()).param("t", s.text()).param("on", Date.valueOf(s.doneOn()))
                .param("name", s.byName()).param("u", user).update();
    }

    public boolean close(UUID cycle, Instant at) {
        return jdbc.sql("UPDATE change_cycle SET closed_at = :at WHERE id = :c AND closed_at IS NULL").param("c", cycle)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public List<Cycle> cycles(UUID organisation) {
        List<Cycle> out = new ArrayList<>();
        jdbc.sql("SELECT * FROM change_cycle WHERE organisation_id = :o ORDER BY created_at DESC").param("o", organisation)
                .query((rs, n) -> new Cycle(rs.getObject("id", UUID.class), rs.getInt("challenge"), rs.getString("title"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(), List.of()))
                .list().forEach(c -> out.add(new Cycle(c.id(), c.challenge(), c.title(), c.createdBy(), c.createdAt(), c.closedAt(),
                        jdbc.sql("SELECT * FROM change_cycle_step WHERE cycle_id = :c ORDER BY step").param("c", c.id())
                                .query((rs, n) -> new CycleStep(rs.getInt("step"), rs.getString("text"),
                                        rs.getDate("done_on").toLocalDate(), rs.getString("by_name"))).list())));
        return out;
    }

    public Optional<int[]> profile(UUID organisation) {
        return jdbc.sql("SELECT colleges_open, colleges_planned FROM change_org_profile WHERE organisation_id = :o")
                .param("o", organisation).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
    }

    public void saveProfile(UUID organisation, int open, int planned, Instant at) {
        jdbc.sql("INSERT INTO change_org_profile (organisation_id, colleges_open, colleges_planned, updated_at) VALUES (:o, :a, :b, :at) "
                + "ON CONFLICT (organisation_id) DO UPDATE SET colleges_open = EXCLUDED.colleges_open, "
                + "colleges_planned = EXCLUDED.colleges_planned, updated_at = EXCLUDED.updated_at").param("o", organisation)
                .param("a", open).param("b", planned).param("at", Timestamp.from(at)).update();
    }

    public void saveFidelity(UUID organisation, Fidelity f) {
        jdbc.sql("INSERT INTO change_fidelity (id, organisation_id, term, ratings, rated_by, rated_at) "
                + "VALUES (:id, :o, :term, CAST(:r AS jsonb), :by, :at) ON CONFLICT (organisation_id, term) DO UPDATE SET "
                + "ratings = EXCLUDED.ratings, rated_by = EXCLUDED.rated_by, rated_at = EXCLUDED.rated_at").param("id", f.id())
                .param("o", organisation).param("term", f.term()).param("r", JSON.writeValueAsString(f.ratings()))
                .param("by", f.ratedBy()).param("at", Timestamp.from(f.ratedAt())).update();
    }

    public List<Fidelity> fidelity(UUID organisation) {
        return jdbc.sql("SELECT * FROM change_fidelity WHERE organisation_id = :o ORDER BY rated_at").param("o", organisation)
                .query((rs, n) -> new Fidelity(rs.getObject("id", UUID.class), rs.getString("term"),
                        JSON.readValue(rs.getString("ratings"), new TypeReference<LinkedHashMap<String, Integer>>() { }),
                        rs.getString("rated_by"), rs.getTimestamp("rated_at").toInstant())).list();
    }
}
