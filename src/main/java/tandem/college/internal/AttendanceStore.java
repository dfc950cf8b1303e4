package tandem.college.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.college.CourseId;
import tandem.college.EnrolmentId;
import tandem.college.Views;

/** The registers of sessions: who is enrolled, and each one's mark. */
@Component
class AttendanceStore {

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Views.RegisterLine> register(CourseId course, UUID session) {
        return jdbc.sql("""
                SELECT e.id, st.given_name || ' ' || st.family_name AS name, a.mark, st.access_needs
                FROM college_enrolment e JOIN college_student st ON st.id = e.student_id
                LEFT JOIN college_attendance a ON a.enrolment_id = e.id AND a.session_id = :session
                WHERE e.course_id = :c AND e.status = 'ENROLLED' ORDER BY st.family_name, st.given_name
                """).param("c", course).param("session", session)
                .query((rs, n) -> new Views.RegisterLine(EnrolmentId.of(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("mark"), rs.getString("access_needs")))
                .list();
    }

    public void mark(UUID session, UUID enrolment, String mark, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO college_attendance (session_id, enrolment_id, mark, marked_by, marked_at) VALUES (:s, :e, :m, :b, :at)
                ON CONFLICT (session_id, enrolment_id) DO UPDATE SET mark = :m, marked_by = :b, marked_at = :at
                """).param("s", session).param("e", enrolment).param("m", mark).param("b", by).param("at", Timestamp.from(at)).update();
    }
}
