package tandem.change.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.change.ChangeViews.EvidenceFile;
import tandem.change.ChangeViews.Rating;
import tandem.change.Scope;

/** Self-assessments, their ratings and their evidence files (change_assessment, change_rating, change_evidence_file). */
@Repository
class AssessmentStore {

    /** An assessment as stored, with its ratings and the files' descriptions (not their bytes). */
    record AssessmentRow(UUID id, Scope scope, UUID scopeId, LocalDate assessedOn, int participants, int livedExperience,
            String createdBy, List<Rating> ratings, List<EvidenceFile> files) {
    }

    /** A file's name, type and bytes. */
    record FileRow(String filename, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an assessment and its ratings (its files are written with {@link #insertFile}). */
    void insert(UUID organisation, AssessmentRow a, Instant at) {
        jdbc.sql("INSERT INTO change_assessment (id, organisation_id, scope, scope_id, assessed_on, participants, lived_experience, "
                + "created_by, created_at) VALUES (:id, :o, :scope, :scopeId, :on, :p, :le, :by, :at)").param("id", a.id())
                .param("o", organisation).param("scope", a.scope().name()).param("scopeId", a.scopeId())
                .param("on", Date.valueOf(a.assessedOn())).param("p", a.participants()).param("le", a.livedExperience())
                .param("by", a.createdBy()).param("at", Timestamp.from(at)).update();
        for (Rating r : a.ratings()) {
            jdbc.sql("INSERT INTO change_rating (assessment_id, challenge, stage, evidence, links) VALUES (:a, :c, :s, :e, :l)")
                    .param("a", a.id()).param("c", r.challenge()).param("s", r.stage()).param("e", r.evidence())
                    .param("l", r.links()).update();
        }
    }

    void insertFile(UUID assessment, int challenge, String filename, String contentType, byte[] bytes, Instant at) {
        jdbc.sql("INSERT INTO change_evidence_file (id, assessment_id, challenge, filename, content_type, bytes, uploaded_at) "
                + "VALUES (:id, :a, :c, :f, :t, :b, :at)").param("id", UUID.randomUUID()).param("a", assessment)
                .param("c", challenge).param("f", filename).param("t", contentType).param("b", bytes)
                .param("at", Timestamp.from(at)).update();
    }

    /** Assessments of one scope (and scope id), or of the whole organisation when they are null; newest first. */
    List<AssessmentRow> assessments(UUID organisation, Scope scope, UUID scopeId) {
        return jdbc.sql("SELECT id, scope, scope_id, assessed_on, participants, lived_experience, created_by FROM change_assessment "
                + "WHERE organisation_id = :o AND (CAST(:scope AS text) IS NULL OR scope = :scope) "
                + "AND (CAST(:scopeId AS uuid) IS NULL OR scope_id = :scopeId) ORDER BY assessed_on DESC, created_at DESC")
                .param("o", organisation).param("scope", scope == null ? null : scope.name()).param("scopeId", scopeId)
                .query((rs, n) -> new AssessmentRow(rs.getObject("id", UUID.class), Scope.valueOf(rs.getString("scope")),
                        rs.getObject("scope_id", UUID.class), rs.getDate("assessed_on").toLocalDate(), rs.getInt("participants"),
                        rs.getInt("lived_experience"), rs.getString("created_by"), List.of(), List.of()))
                .list().stream().map(this::withChildren).toList();
    }

    Optional<AssessmentRow> assessment(UUID organisation, UUID id) {
        return assessments(organisation, null, null).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private AssessmentRow withChildren(AssessmentRow a) {
        List<Rating> ratings = jdbc.sql("SELECT challenge, stage, evidence, links FROM change_rating WHERE assessment_id = :a ORDER BY challenge")
                .param("a", a.id()).query((rs, n) -> new Rating(rs.getInt("challenge"), rs.getString("stage"),
                        rs.getString("evidence"), rs.getString("links"))).list();
        List<EvidenceFile> files = jdbc.sql("SELECT id, challenge, filename, content_type, length(bytes) AS size "
                + "FROM change_evidence_file WHERE assessment_id = :a ORDER BY challenge, uploaded_at").param("a", a.id())
                .query((rs, n) -> new EvidenceFile(rs.getObject("id", UUID.class), rs.getInt("challenge"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size"))).list();
        return new AssessmentRow(a.id(), a.scope(), a.scopeId(), a.assessedOn(), a.participants(), a.livedExperience(), a.createdBy(),
                ratings, files);
    }

    /** A file's name, type and bytes, if it belongs to an assessment of the organisation. */
    Optional<FileRow> file(UUID organisation, UUID id) {
        return jdbc.sql("SELECT f.filename, f.content_type, f.bytes FROM change_evidence_file f JOIN change_assessment a "
                + "ON a.id = f.assessment_id WHERE f.id = :id AND a.organisation_id = :o").param("id", id).param("o", organisation)
                .query((rs, n) -> new FileRow(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("bytes"))).optional();
    }
}
