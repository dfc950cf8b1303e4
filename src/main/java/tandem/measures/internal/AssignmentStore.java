package tandem.measures.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.measures.Administering.CompletionCount;
import tandem.measures.Assignment;
import tandem.shared.db.Sql;
import tandem.shared.db.WithCommit;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TypedId;

/** Assignments and single-use links. */
@Component
class AssignmentStore {

    private static final String SELECT = "SELECT id, person_id, instrument, due_on, every_months, assigned_by FROM measure_assignment ";

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Assignment a, UUID organisationId) {
        jdbc.sql("""
                INSERT INTO measure_assignment (id, person_id, organisation_id, instrument, due_on, every_months, assigned_by)
                VALUES (:id, :p, :o, :i, :d, :e, :by)
                """).param("id", a.id()).param("p", a.personId()).param("o", organisationId).param("i", a.instrument())
                .param("d", Date.valueOf(a.dueOn())).param("e", a.everyMonths()).param("by", a.assignedBy()).update();
    }

    public List<Assignment> active(PersonId personId) {
        return jdbc.sql(SELECT + "WHERE person_id = :p AND ended_at IS NULL ORDER BY due_on").param("p", personId)
                .query(AssignmentStore::map).list();
    }

    public List<Assignment> activeFor(Collection<UUID> personIds, LocalDate dueBy) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE person_id IN (:ids) AND ended_at IS NULL AND due_on <= :d ORDER BY due_on")
                .param("ids", personIds).param("d", Date.valueOf(dueBy)).query(AssignmentStore::map).list();
    }

    public Optional<Assignment> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = :id AND ended_at IS NULL").param("id", id).query(AssignmentStore::map).optional();
    }

    /**
     * People of the organisations (only those in {@code people} unless it is null, never those in
     * {@code except}) with a request for the instrument open at some time since {@code since}, and
     * how many of them have a response to it since then. One statement.
     */
    CompletionCount completion(String instrument, Instant since, Collection<OrganisationId> organisations,
            Collection<PersonId> people, Collection<PersonId> except) {
        String only = people == null ? "" : " AND a.person_id = ANY(CAST(:only AS uuid[]))";
        String without = except.isEmpty() ? "" : " AND NOT (a.person_id = ANY(CAST(:except AS uuid[])))";
        var spec = jdbc.sql("""
                SELECT count(DISTINCT a.person_id) AS asked,
                       count(DISTINCT a.person_id) FILTER (WHERE EXISTS (SELECT 1 FROM measure_response r
                           WHERE r.person_id = a.person_id AND r.instrument = a.instrument AND r.authored >= :from)) AS completed
                FROM measure_assignment a
                WHERE a.instrument = :i AND a.assigned_at <= now() AND (a.ended_at IS NULL OR a.ended_at >= :from)
                  AND a.organisation_id = ANY(CAST(:orgs AS uuid[]))""" + only + without)
                .param("i", instrument).param("from", Timestamp.from(since)).param("orgs", ids(organisations));
        if (people != null) {
            spec = spec.param("only", ids(people));
        }
        if (!except.isEmpty()) {
            spec = spec.param("except", ids(except));
        }
        return spec.query((rs, n) -> new CompletionCount(rs.getInt("asked"), rs.getInt("completed"))).single();
    }

    private static String ids(Collection<? extends TypedId> ids) {
        return Sql.uuidArray(ids.stream().map(TypedId::value).toList());
    }

    private static final String COMPLETED = """
            UPDATE measure_assignment a SET
              ended_at = CASE WHEN a.every_months IS NULL THEN now() ELSE a.ended_at END,
              due_on = CASE WHEN a.every_months IS NULL THEN a.due_on
                            ELSE (SELECT CAST(min(d) AS date)
                                  FROM generate_series(CAST(a.due_on AS timestamp) + make_interval(months => a.every_months),
                                                       GREATEST(a.due_on, CAST(:on AS date)) + make_interval(months => a.every_months),
                                                       make_interval(months => a.every_months)) d
                                  WHERE d > CAST(:on AS timestamp)) END
            WHERE a.person_id = :p AND a.instrument = :i AND a.ended_at IS NULL AND a.due_on - 14 <= :on
            """;

    /**
     * After a response on {@code on}, to the person's requests for the instrument due within 14 days
     * or overdue: a one-off request ends; a scheduled one moves on by its interval, at least once,
     * until it is due after that day (so answering up to 14 days early counts for that date).
     * Inside a transaction it is sent with the COMMIT ({@link WithCommit}).
     */
    public void completed(PersonId personId, String instrument, LocalDate on) {
        WithCommit.write(jdbc, COMPLETED, Map.of("p", personId, "i", instrument, "on", Date.valueOf(on)));
    }

    /**
     * Requests not completed within {@code days} of their due date expire: a one-off request ends,
     * a scheduled one moves on to its next date. Returns how many expired.
     */
    public int expire(LocalDate today, int days) {
        LocalDate cutoff = today.minusDays(days);
        List<Assignment> stale = jdbc.sql(SELECT + "WHERE ended_at IS NULL AND due_on < :c").param("c", Date.valueOf(cutoff))
                .query(AssignmentStore::map).list();
        for (Assignment a : stale) {
            if (a.everyMonths() == null) {
                jdbc.sql("UPDATE measure_assignment SET ended_at = now() WHERE id = :id").param("id", a.id()).update();
            } else {
                LocalDate next = a.dueOn();
                while (next.isBefore(cutoff)) {
                    next = next.plusMonths(a.everyMonths());
                }
                jdbc.sql("UPDATE measure_assignment SET due_on = :d WHERE id = :id").param("d", Date.valueOf(next))
                        .param("id", a.id()).update();
            }
        }
        return stale.size();
    }

    public boolean end(PersonId personId, UUID assignmentId) {
        return jdbc.sql("UPDATE measure_assignment SET ended_at = now() WHERE id = :id AND person_id = :p AND ended_at IS NULL")
                .param("id", assignmentId).param("p", personId).update() > 0;
    }

    public void insertLink(String token, UUID assignmentId, String createdBy, Instant expiresAt) {
        jdbc.sql("INSERT INTO measure_link (token_hash, assignment_id, created_by, expires_at) VALUES (:h, :a, :by, :e)")
                .param("h", hash(token)).param("a", assignmentId).param("by", createdBy)
                .param("e", Timestamp.from(expiresAt)).update();
    }

    /** A link as stored: which assignment, and whether it is still usable. */
    record Link(UUID assignmentId, Instant expiresAt, Instant usedAt) {
    }

    public Optional<Link> link(String token) {
        return jdbc.sql("SELECT assignment_id, expires_at, used_at FROM measure_link WHERE token_hash = :h")
                .param("h", hash(token)).query((rs, n) -> new Link(rs.getObject("assignment_id", UUID.class), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    /** Marks a link used, once: false when it was already used or has expired (two tabs, a replay). */
    public boolean use(String token, Instant now) {
        return jdbc.sql("UPDATE measure_link SET used_at = :now WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("h", hash(token)).param("now", Timestamp.from(now)).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Assignment map(ResultSet rs, int n) throws SQLException {
        int every = rs.getInt("every_months");
        boolean once = rs.wasNull();
        return new Assignment(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                rs.getString("instrument"), rs.getDate("due_on").toLocalDate(), once ? null : every,
                rs.getString("assigned_by"));
    }
}
