package tandem.college.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.college.CollegeDashboard;
import tandem.college.CourseAdministration;
import tandem.college.CourseId;
import tandem.college.CourseStatus;
import tandem.college.TermId;

/** What the college reports: feedback results, the mix of students of a term and the line of each course. */
@Component
class CollegeReadModel {

    private final JdbcClient jdbc;

    CollegeReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CourseAdministration.FeedbackSummary feedback(CourseId course) {
        var row = jdbc.sql("""
                SELECT count(*), CAST(avg(f.enjoyed) AS float8), CAST(avg(f.useful) AS float8), CAST(avg(f.respected) AS float8), count(*) FILTER (WHERE f.recommend)
                FROM college_feedback f JOIN college_enrolment e ON e.id = f.enrolment_id WHERE e.course_id = :c
                """).param("c", course).query((rs, n) -> new Object[] {rs.getInt(1), (Double) rs.getObject(2, Double.class),
                        (Double) rs.getObject(3, Double.class), (Double) rs.getObject(4, Double.class), rs.getInt(5)}).single();
        List<String> better = jdbc.sql("""
                SELECT f.better FROM college_feedback f JOIN college_enrolment e ON e.id = f.enrolment_id
                WHERE e.course_id = :c AND f.better <> '' ORDER BY f.given_at
                """).param("c", course).query(String.class).list();
        return new CourseAdministration.FeedbackSummary((Integer) row[0], (Double) row[1], (Double) row[2], (Double) row[3], (Integer) row[4], better);
    }

    /** Students with a live place or waitlist entry in the term: all, using services, supporting someone, working in services, none said. */
    public CollegeDashboard.StudentMix studentMix(TermId term) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE uses_services), count(*) FILTER (WHERE supports_someone),
                       count(*) FILTER (WHERE works_in_services),
                       count(*) FILTER (WHERE NOT uses_services AND NOT supports_someone AND NOT works_in_services)
                FROM college_student st WHERE EXISTS (SELECT 1 FROM college_enrolment e JOIN college_course c ON c.id = e.course_id
                  WHERE e.student_id = st.id AND c.term_id = :t AND e.status <> 'WITHDRAWN')
                """).param("t", term).query((rs, n) -> new CollegeDashboard.StudentMix(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    public List<CollegeDashboard.CourseLine> courseLines(TermId term) {
        return jdbc.sql("""
                SELECT c.id, c.title, c.status, c.capacity, c.enrolled,
                  (SELECT count(*) FROM college_enrolment e WHERE e.course_id = c.id AND e.status = 'WAITLISTED') AS waitlisted,
                  (SELECT count(*) FROM college_enrolment e WHERE e.course_id = c.id AND e.status = 'WITHDRAWN') AS withdrawn,
                  (SELECT count(*) FROM college_session s WHERE s.course_id = c.id) AS sessions,
                  (SELECT count(*) FROM college_attendance a JOIN college_session s ON s.id = a.session_id WHERE s.course_id = c.id) AS marks,
                  (SELECT count(*) FROM college_attendance a JOIN college_session s ON s.id = a.session_id
                     WHERE s.course_id = c.id AND a.mark = 'PRESENT') AS present,
                  (SELECT count(*) FROM college_enrolment e WHERE e.course_id = c.id AND e.status = 'ENROLLED'
                     AND EXISTS (SELECT 1 FROM college_session s WHERE s.course_id = c.id)
                     AND (SELECT count(*) FROM college_attendance a WHERE a.enrolment_id = e.id AND a.mark = 'PRESENT') * c.completion_denominator
                         >= (SELECT count(*) FROM college_session s WHERE s.course_id = c.id) * c.completion_numerator) AS completed
                FROM college_course c WHERE c.term_id = :t ORDER BY c.title
                """).param("t", term).query((rs, n) -> new CollegeDashboard.CourseLine(CourseId.of(rs.getObject("id", UUID.class)),
                        rs.getString("title"), CourseStatus.valueOf(rs.getString("status")), rs.getInt("capacity"), rs.getInt("enrolled"),
                        rs.getInt("waitlisted"), rs.getInt("withdrawn"), rs.getInt("sessions"), rs.getInt("marks"), rs.getInt("present"),
                        rs.getInt("completed"))).list();
    }
}
