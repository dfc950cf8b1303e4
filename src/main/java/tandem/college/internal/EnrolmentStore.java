package tandem.college.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.college.CourseId;
import tandem.college.CourseStatus;
import tandem.college.EnrolmentPolicy;
import tandem.college.EnrolmentStatus;
import tandem.college.StudentId;
import tandem.shared.ids.OrganisationId;

/**
 * Places on courses: the course row's lock and the writes that follow a decision of
 * {@link EnrolmentPolicy}. Which status a request gets is never decided here; every method but
 * {@link #lock} expects the course row to be locked already, so that the place count and the
 * waiting list change only one request at a time, on one node or several.
 */
@Component
class EnrolmentStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    EnrolmentStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * A course as read under its row lock: the facts the policy needs, the title and term name for
     * the messages, and the live enrolment of the student asked about, if any.
     */
    public record LockedCourse(CourseId id, String title, String termName, EnrolmentPolicy.CourseFacts facts, Optional<Live> live) {
    }

    /** A live (not withdrawn) enrolment. */
    public record Live(UUID id, StudentId studentId, EnrolmentStatus status) {
    }

    /**
     * Locks the course row until the transaction ends, then reads what enrolment needs, and the
     * student's live enrolment on the course when {@code student} is given; empty when there is no
     * such course. Two statements, sent together in one round trip: a statement that waited for the
     * lock still reads with the snapshot it took before waiting, so it would miss the waiting-list
     * places that the request before it added; the second statement's snapshot is taken after the
     * lock was granted and sees every earlier change of places.
     */
    public Optional<LockedCourse> lock(CourseId course, StudentId student) {
        Map<String, Object> p = new HashMap<>();
        p.put("c", course);
        p.put("s", student);
        return Optional.ofNullable(named.execute("""
                SELECT 1 FROM college_course WHERE id = :c FOR UPDATE;
                SELECT c.id, c.organisation_id, c.title, c.status, c.capacity, c.enrolled, t.name AS term_name, t.ends_on,
                       t.enrolment_opens_at,
                       (SELECT max(s.ends_at) FROM college_session s WHERE s.course_id = c.id) AS last_session_ends,
                       (SELECT count(*) FROM college_enrolment w WHERE w.course_id = c.id AND w.status = 'WAITLISTED') AS waiting,
                       l.id AS live_id, l.status AS live_status
                FROM college_course c JOIN college_term t ON t.id = c.term_id
                LEFT JOIN college_enrolment l ON l.course_id = c.id AND l.student_id = CAST(:s AS uuid) AND l.status <> 'WITHDRAWN'
                WHERE c.id = :c
                """, p, ps -> {
                    ps.execute();
                    ps.getMoreResults(); // past the lock's row
                    try (ResultSet rs = ps.getResultSet()) {
                        return rs.next() ? locked(rs, student) : null;
                    }
                }));
    }

    /** Locks the course row and reads what enrolment needs, without a student. */
    public Optional<LockedCourse> lock(CourseId course) {
        return lock(course, null);
    }

    private static LockedCourse locked(ResultSet rs, StudentId student) throws SQLException {
        Timestamp last = rs.getTimestamp("last_session_ends");
        String liveStatus = rs.getString("live_status");
        Optional<Live> live = liveStatus == null ? Optional.empty()
                : Optional.of(new Live(rs.getObject("live_id", UUID.class), student, EnrolmentStatus.valueOf(liveStatus)));
        return new LockedCourse(CourseId.of(rs.getObject("id", UUID.class)), rs.getString("title"), rs.getString("term_name"),
                new EnrolmentPolicy.CourseFacts(OrganisationId.of(rs.getObject("organisation_id", UUID.class)), CourseStatus.valueOf(rs.getString("status")),
                        rs.getInt("capacity"), rs.getInt("enrolled"), rs.getInt("waiting"), rs.getObject("ends_on", LocalDate.class),
                        rs.getTimestamp("enrolment_opens_at").toInstant(), last == null ? null : last.toInstant()), live);
    }

    /**
     * A new enrolment with a place or on the waiting list, the place count, and the student's
     * notification, in one statement (one round trip): the status was decided by the policy.
     */
    public void place(CourseId course, StudentId student, EnrolmentStatus status, Instant at, String subject, String body) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            throw new IllegalArgumentException("A new enrolment has a place or waits for one");
        }
        jdbc.sql("""
                WITH ins AS (
                    INSERT INTO college_enrolment (id, course_id, student_id, status, requested_at, enrolled_at)
                    VALUES (:id, :c, :s, :st, :at, :enrolledAt) RETURNING id
                ), counted AS (
                    UPDATE college_course SET enrolled = enrolled + :places WHERE id = :c AND :places > 0 AND EXISTS (SELECT 1 FROM ins)
                )
                INSERT INTO college_notification (id, student_id, kind, subject, body, created_at)
                SELECT :nid, :s, :st, :subject, :body, :at FROM ins
                """).param("id", UUID.randomUUID()).param("c", course).param("s", student).param("st", status.name())
                .param("at", Timestamp.from(at)).param("enrolledAt", status == EnrolmentStatus.ENROLLED ? Timestamp.from(at) : null)
                .param("places", status == EnrolmentStatus.ENROLLED ? 1 : 0).param("nid", UUID.randomUUID()).param("subject", subject)
                .param("body", body).update();
    }

    /** A new enrolment with a place or on the waiting list (its place in the queue is its sequence number). */
    public Live insert(CourseId course, StudentId student, EnrolmentStatus status, Instant at) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            throw new IllegalArgumentException("A new enrolment has a place or waits for one");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO college_enrolment (id, course_id, student_id, status, requested_at, enrolled_at)
                VALUES (:id, :c, :s, :st, :at, :enrolledAt)
                """).param("id", id).param("c", course).param("s", student).param("st", status.name()).param("at", Timestamp.from(at))
                .param("enrolledAt", status == EnrolmentStatus.ENROLLED ? Timestamp.from(at) : null).update();
        if (status == EnrolmentStatus.ENROLLED) {
            countPlaces(course, 1);
        }
        return new Live(id, student, status);
    }

    public void withdraw(Live live, CourseId course, Instant at) {
        jdbc.sql("UPDATE college_enrolment SET status = 'WITHDRAWN', withdrawn_at = :at WHERE id = :id").param("at", Timestamp.from(at))
                .param("id", live.id()).update();
        if (live.status() == EnrolmentStatus.ENROLLED) {
            countPlaces(course, -1);
        }
    }

    /** Gives places to the first {@code places} on the waiting list, in the order they joined it; returns their student ids in that order. */
    public List<StudentId> promote(CourseId course, int places, Instant at) {
        if (places <= 0) {
            return List.of();
        }
        List<StudentId> students = jdbc.sql("""
                UPDATE college_enrolment e SET status = 'ENROLLED', enrolled_at = :at
                FROM (SELECT id, seq FROM college_enrolment WHERE course_id = :c AND status = 'WAITLISTED' ORDER BY seq LIMIT :n) first
                WHERE e.id = first.id
                RETURNING e.student_id, first.seq
                """).param("c", course).param("n", places).param("at", Timestamp.from(at))
                .query((rs, n) -> new Promoted(StudentId.of(rs.getObject("student_id", UUID.class)), rs.getLong("seq"))).list().stream()
                .sorted(Comparator.comparingLong(Promoted::seq)).map(Promoted::student).toList();
        countPlaces(course, students.size());
        return students;
    }

    /** RETURNING gives no order: the sequence number puts the promoted back in the order they waited. */
    private record Promoted(StudentId student, long seq) {
    }

    public List<StudentId> enrolledStudents(CourseId course) {
        return jdbc.sql("SELECT student_id FROM college_enrolment WHERE course_id = :c AND status = 'ENROLLED'").param("c", course)
                .query(UUID.class).list().stream().map(StudentId::of).toList();
    }

    private void countPlaces(CourseId course, int change) {
        if (change != 0) {
            jdbc.sql("UPDATE college_course SET enrolled = enrolled + :d WHERE id = :c").param("d", change).param("c", course).update();
        }
    }
}
