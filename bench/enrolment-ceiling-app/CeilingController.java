package tandem.college.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tandem.identity.CurrentUsers;

/**
 * Not part of Tandem: bench/enrolment-ceiling compiles this next to the packaged app and starts
 * both nodes with it, to measure what the same stack can do at most with the enrolment race's
 * requests (same path shape, same JSON body, same session, CSRF and security filters):
 * <ul>
 * <li>{@code ceiling-noop}: the signed-in request and its reply, no database work beyond the session;</li>
 * <li>{@code ceiling-baseline}: the baseline's own transaction (lock the course row, count, add to
 * the count when there is room, insert), statement by statement as pgbench sends it;</li>
 * <li>{@code ceiling-one-trip}: the same transaction as one request to PostgreSQL (BEGIN, the lock,
 * one statement for the rest, COMMIT).</li>
 * </ul>
 * None of them writes an audit entry, creates a student, checks a rule or notifies anyone.
 */
@RestController
class CeilingController {

    record In(String personId) {
    }

    private final CurrentUsers identity;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DataSource dataSource;

    CeilingController(CurrentUsers identity, JdbcClient jdbc, TransactionTemplate tx, DataSource dataSource) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.tx = tx;
        this.dataSource = dataSource;
    }

    @PostMapping("/api/v1/college/courses/{id}/ceiling-noop")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> noop(@PathVariable("id") UUID course, @RequestBody In body) {
        identity.require();
        UUID.fromString(body.personId());
        return Map.of("status", "ENROLLED");
    }

    @PostMapping("/api/v1/college/courses/{id}/ceiling-baseline")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> baseline(@PathVariable("id") UUID course, @RequestBody In body) {
        identity.require();
        UUID student = UUID.fromString(body.personId());
        return Map.of("status", tx.execute(s -> {
            boolean room = jdbc.sql("SELECT enrolled < capacity FROM bench_ceiling_course WHERE id = :c FOR UPDATE")
                    .param("c", course).query(Boolean.class).single();
            jdbc.sql("SELECT count(*) FROM bench_ceiling_enrolment WHERE course_id = :c AND student = :s")
                    .param("c", course).param("s", student).query(Long.class).single();
            if (room) {
                jdbc.sql("UPDATE bench_ceiling_course SET enrolled = enrolled + 1 WHERE id = :c").param("c", course).update();
            }
            String status = room ? "ENROLLED" : "WAITLISTED";
            jdbc.sql("INSERT INTO bench_ceiling_enrolment (course_id, student, status) VALUES (:c, :s, :st)")
                    .param("c", course).param("s", student).param("st", status).update();
            return status;
        }));
    }

    private static final String ONE_TRIP = """
            BEGIN;
            SELECT 1 FROM bench_ceiling_course WHERE id = ? FOR UPDATE;
            WITH c AS (
                SELECT id, enrolled < capacity AS room FROM bench_ceiling_course WHERE id = ?
            ), live AS (
                SELECT count(*) AS n FROM bench_ceiling_enrolment WHERE course_id = ? AND student = ?
            ), counted AS (
                UPDATE bench_ceiling_course SET enrolled = enrolled + 1 WHERE id = ? AND (SELECT room FROM c)
            )
            INSERT INTO bench_ceiling_enrolment (course_id, student, status)
            SELECT c.id, ?, CASE WHEN c.room THEN 'ENROLLED' ELSE 'WAITLISTED' END FROM c, live RETURNING status;
            COMMIT""";

    @PostMapping("/api/v1/college/courses/{id}/ceiling-one-trip")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> oneTrip(@PathVariable("id") UUID course, @RequestBody In body) throws Exception {
        identity.require();
        UUID student = UUID.fromString(body.personId());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ONE_TRIP)) {
            for (int i : new int[] {1, 2, 3, 5}) {
                ps.setObject(i, course);
            }
            ps.setObject(4, student);
            ps.setObject(6, student);
            ps.execute(); // BEGIN
            ps.getMoreResults(); // the lock's row
            ps.getMoreResults(); // the insert's status
            try (ResultSet rs = ps.getResultSet()) {
                rs.next();
                return Map.of("status", rs.getString(1));
            }
        }
    }
}
