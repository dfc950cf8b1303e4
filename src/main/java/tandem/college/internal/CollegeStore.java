package tandem.college.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.college.CourseStatus;
import tandem.college.EnrolmentStatus;
import tandem.college.Views;

/** The college's tables but the places on courses ({@link EnrolmentStore}, which also holds the course row's lock). */
@Component
public class CollegeStore {

    private static final String COURSE = """
            SELECT c.*, t.name AS term_name, t.starts_on, t.ends_on, t.enrolment_opens_at,
                   (SELECT count(*) FROM college_enrolment e WHERE e.course_id = c.id AND e.status = 'WAITLISTED') AS waitlisted
            FROM college_course c JOIN college_term t ON t.id = c.term_id
            """;

    private final JdbcClient jdbc;
    private final String zone;

    CollegeStore(JdbcClient jdbc, tandem.shared.TandemClock clock) {
        this.jdbc = jdbc;
        this.zone = clock.zone().getId();
    }

    // Terms

    public UUID insertTerm(UUID org, String name, LocalDate starts, LocalDate ends, Instant opens) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO college_term (id, organisation_id, name, starts_on, ends_on, enrolment_opens_at) VALUES (:id, :o, :n, :s, :e, :op)")
                .param("id", id).param("o", org).param("n", name).param("s", java.sql.Date.valueOf(starts))
                .param("e", java.sql.Date.valueOf(ends)).param("op", Timestamp.from(opens)).update();
        return id;
    }

    public boolean termNameTaken(UUID org, String name) {
        return jdbc.sql("SELECT count(*) FROM college_term WHERE organisation_id = :o AND lower(name) = lower(:n)").param("o", org)
                .param("n", name).query(Integer.class).single() > 0;
    }

    public List<Views.Term> terms(UUID org) {
        String where = org == null ? "" : "WHERE organisation_id = :o ";
        var spec = jdbc.sql("SELECT * FROM college_term " + where + "ORDER BY starts_on DESC");
        if (org != null) {
            spec = spec.param("o", org);
        }
        return spec.query(CollegeStore::term).list();
    }

    public Optional<Views.Term> term(UUID id) {
        return jdbc.sql("SELECT * FROM college_term WHERE id = :id").param("id", id).query(CollegeStore::term).optional();
    }

    public void setEnrolmentOpens(UUID term, Instant opens) {
        jdbc.sql("UPDATE college_term SET enrolment_opens_at = :o WHERE id = :id").param("o", Timestamp.from(opens)).param("id", term).update();
    }

    // Courses

    public record CourseRow(UUID termId, String title, String description, String outcomes, List<String> chime, List<String> topics,
            String level, String location, String onlineLink, String accessibility, int capacity, String coDesignedBy,
            int numerator, int denominator) {
    }

    public UUID insertCourse(UUID org, CourseRow r) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO college_course (id, organisation_id, term_id, title, description, outcomes, chime, topics, level, location,
                  online_link, accessibility, capacity, co_designed_by, completion_numerator, completion_denominator)
                VALUES (:id, :o, :t, :title, :d, :out, CAST(:chime AS text[]), CAST(:topics AS text[]), :level, :loc, :link, :acc,
                  :cap, :co, :num, :den)
                """).param("id", id).param("o", org).param("t", r.termId()).param("title", r.title()).param("d", r.description())
                .param("out", r.outcomes()).param("chime", array(r.chime())).param("topics", array(r.topics())).param("level", r.level())
                .param("loc", r.location()).param("link", r.onlineLink()).param("acc", r.accessibility()).param("cap", r.capacity())
                .param("co", r.coDesignedBy()).param("num", r.numerator()).param("den", r.denominator()).update();
        return id;
    }

    /** Updates a course at the version the editor saw; false when someone else changed it first. */
    public boolean updateCourse(UUID id, long version, CourseRow r) {
        return jdbc.sql("""
                UPDATE college_course SET term_id = :t, title = :title, description = :d, outcomes = :out, chime = CAST(:chime AS text[]),
                  topics = CAST(:topics AS text[]), level = :level, location = :loc, online_link = :link, accessibility = :acc,
                  capacity = :cap, co_designed_by = :co, completion_numerator = :num, completion_denominator = :den, version = version + 1
                WHERE id = :id AND version = :v
                """).param("id", id).param("v", version).param("t", r.termId()).param("title", r.title()).param("d", r.description())
                .param("out", r.outcomes()).param("chime", array(r.chime())).param("topics", array(r.topics())).param("level", r.level())
                .param("loc", r.location()).param("link", r.onlineLink()).param("acc", r.accessibility()).param("cap", r.capacity())
                .param("co", r.coDesignedBy()).param("num", r.numerator()).param("den", r.denominator()).update() == 1;
    }

    public void setStatus(UUID course, CourseStatus status) {
        jdbc.sql("UPDATE college_course SET status = :s, version = version + 1 WHERE id = :id").param("s", status.name()).param("id", course).update();
    }

    public Optional<Views.Course> course(UUID id) {
        return jdbc.sql(COURSE + "WHERE c.id = :id").param("id", id).query(this::mapCourse).optional();
    }

    /** Courses matching a prospectus search; {@code published} limits to published ones. */
    public List<Views.Course> search(UUID org, UUID term, String query, String topic, String chime, Integer dayOfWeek,
            String timeOfDay, String mode, boolean publishedOnly) {
        StringBuilder sql = new StringBuilder(COURSE).append("WHERE true ");
        Map<String, Object> p = new HashMap<>();
        if (org != null) {
            sql.append("AND c.organisation_id = :o ");
            p.put("o", org);
        }
        if (term != null) {
            sql.append("AND c.term_id = :t ");
            p.put("t", term);
        }
        if (publishedOnly) {
            sql.append("AND c.status = 'PUBLISHED' ");
        }
        if (query != null && !query.isBlank()) {
            sql.append("AND (c.title ILIKE :q OR c.description ILIKE :q OR c.outcomes ILIKE :q) ");
            p.put("q", tandem.shared.db.Sql.contains(query));
        }
        if (topic != null && !topic.isBlank()) {
            sql.append("AND :topic = ANY(c.topics) ");
            p.put("topic", topic);
        }
        if (chime != null && !chime.isBlank()) {
            sql.append("AND :chime = ANY(c.chime) ");
            p.put("chime", chime);
        }
        if ("ONLINE".equals(mode)) {
            sql.append("AND c.online_link IS NOT NULL AND c.online_link <> '' ");
        } else if ("IN_PERSON".equals(mode)) {
            sql.append("AND (c.online_link IS NULL OR c.online_link = '') ");
        }
        if (dayOfWeek != null || timeOfDay != null) {
            sql.append("AND EXISTS (SELECT 1 FROM college_session s WHERE s.course_id = c.id ");
            if (dayOfWeek != null) {
                sql.append("AND extract(isodow FROM s.starts_at AT TIME ZONE :zone) = :dow ");
                p.put("dow", dayOfWeek);
            }
            if (timeOfDay != null) {
                sql.append(switch (timeOfDay) {
                    case "MORNING" -> "AND extract(hour FROM s.starts_at AT TIME ZONE :zone) < 12 ";
                    case "AFTERNOON" -> "AND extract(hour FROM s.starts_at AT TIME ZONE :zone) BETWEEN 12 AND 16 ";
                    default -> "AND extract(hour FROM s.starts_at AT TIME ZONE :zone) >= 17 ";
                });
            }
            sql.append(") ");
            p.put("zone", zone); // the organisation's time zone, as sessions are entered and shown
        }
        sql.append("ORDER BY t.starts_on DESC, c.title");
        var spec = jdbc.sql(sql.toString());
        for (var e : p.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(this::mapCourse).list();
    }

    // Facilitators and sessions

    public void putFacilitator(UUID course, UUID staff, String kind, boolean confirmed) {
        jdbc.sql("""
                INSERT INTO college_facilitator (course_id, staff_id, kind, confirmed) VALUES (:c, :s, :k, :conf)
                ON CONFLICT (course_id, staff_id) DO UPDATE SET kind = :k, confirmed = :conf
                """).param("c", course).param("s", staff).param("k", kind).param("conf", confirmed).update();
    }

    public void removeFacilitator(UUID course, UUID staff) {
        jdbc.sql("DELETE FROM college_facilitator WHERE course_id = :c AND staff_id = :s").param("c", course).param("s", staff).update();
    }

    public List<UUID> coursesFacilitatedBy(UUID staff) {
        return jdbc.sql("SELECT course_id FROM college_facilitator WHERE staff_id = :s").param("s", staff).query(UUID.class).list();
    }

    public UUID insertSession(UUID course, Instant starts, Instant ends) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO college_session (id, course_id, starts_at, ends_at) VALUES (:id, :c, :s, :e)").param("id", id)
                .param("c", course).param("s", Timestamp.from(starts)).param("e", Timestamp.from(ends)).update();
        return id;
    }

    public int deleteSession(UUID course, UUID session) {
        return jdbc.sql("DELETE FROM college_session WHERE id = :id AND course_id = :c").param("id", session).param("c", course).update();
    }

    public boolean hasAttendance(UUID session) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM college_attendance WHERE session_id = :s)").param("s", session).query(Boolean.class).single();
    }

    public Optional<UUID> courseOfSession(UUID session) {
        return jdbc.sql("SELECT course_id FROM college_session WHERE id = :id").param("id", session).query(UUID.class).optional();
    }

    // Students

    /** A student's insert; %s: the account column's value. */
    private static final String INSERT_STUDENT_WITH_ACCOUNT = """
            INSERT INTO college_student (id, organisation_id, account_id, person_id, given_name, family_name, email, phone, contact_by,
              access_needs, uses_services, supports_someone, works_in_services)
            VALUES (:id, :o, %s, :p, :g, :f, :e, :ph, :cb, :an, :us, :ss, :ws)
            """;

    private static final String INSERT_STUDENT = INSERT_STUDENT_WITH_ACCOUNT.formatted(":a");

    public UUID insertStudent(Views.Student s) {
        UUID id = s.id() == null ? UUID.randomUUID() : s.id();
        jdbc.sql(INSERT_STUDENT).params(studentParams(id, s)).update();
        return id;
    }

    /**
     * The student record of a person of the organisation, made now unless they have one (or another
     * request has just made it). The new student gets the person's account too, unless the account
     * already joined the college by itself: that student chose to keep their college learning apart
     * from their Tandem record, so it is neither used nor revealed here.
     */
    public Views.Student studentForPerson(Views.Student s) {
        jdbc.sql(INSERT_STUDENT_WITH_ACCOUNT.formatted(
                "CASE WHEN EXISTS (SELECT 1 FROM college_student WHERE account_id = CAST(:a AS uuid)) THEN NULL ELSE CAST(:a AS uuid) END")
                + " ON CONFLICT DO NOTHING").params(studentParams(UUID.randomUUID(), s)).update();
        return studentByPerson(s.personId()).orElseThrow();
    }

    private static Map<String, Object> studentParams(UUID id, Views.Student s) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("o", s.organisationId());
        p.put("a", s.accountId());
        p.put("p", s.personId());
        p.put("g", s.givenName());
        p.put("f", s.familyName());
        p.put("e", s.email());
        p.put("ph", s.phone());
        p.put("cb", s.contactBy());
        p.put("an", s.accessNeeds());
        p.put("us", s.usesServices());
        p.put("ss", s.supportsSomeone());
        p.put("ws", s.worksInServices());
        return p;
    }

    public Optional<Views.Student> studentByAccount(UUID account) {
        return jdbc.sql("SELECT * FROM college_student WHERE account_id = :a").param("a", account).query(CollegeStore::student).optional();
    }

    public Optional<Views.Student> studentByPerson(UUID person) {
        return jdbc.sql("SELECT * FROM college_student WHERE person_id = :p").param("p", person).query(CollegeStore::student).optional();
    }

    public Optional<Views.Student> student(UUID id) {
        return jdbc.sql("SELECT * FROM college_student WHERE id = :id").param("id", id).query(CollegeStore::student).optional();
    }

    public List<Views.Student> students(UUID org) {
        return jdbc.sql("SELECT * FROM college_student WHERE organisation_id = :o ORDER BY family_name, given_name").param("o", org)
                .query(CollegeStore::student).list();
    }

    public void setGoals(UUID student, String goals) {
        jdbc.sql("UPDATE college_student SET learning_goals = :g WHERE id = :id").param("g", goals).param("id", student).update();
    }

    public void setTutor(UUID student, UUID staff) {
        jdbc.sql("UPDATE college_student SET tutor_staff_id = :t WHERE id = :id").param("t", staff).param("id", student).update();
    }

    public void addNote(UUID student, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO college_plan_note (id, student_id, note, written_by, written_at) VALUES (:id, :s, :n, :b, :at)")
                .param("id", UUID.randomUUID()).param("s", student).param("n", note).param("b", by).param("at", Timestamp.from(at)).update();
    }

    public List<Views.PlanNote> notes(UUID student) {
        return jdbc.sql("SELECT note, written_by, written_at FROM college_plan_note WHERE student_id = :s ORDER BY written_at DESC")
                .param("s", student).query((rs, n) -> new Views.PlanNote(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public List<Views.Enrolment> enrolmentsOf(UUID student) {
        return jdbc.sql("""
                SELECT e.id, e.course_id, c.title, t.name, e.status, e.seq,
                  (SELECT count(*) FROM college_session s WHERE s.course_id = c.id) AS sessions,
                  (SELECT count(*) FROM college_attendance a WHERE a.enrolment_id = e.id AND a.mark = 'PRESENT') AS present,
                  c.completion_numerator, c.completion_denominator,
                  EXISTS (SELECT 1 FROM college_feedback f WHERE f.enrolment_id = e.id) AS feedback,
                  (SELECT min(starts_at) FROM college_session s WHERE s.course_id = c.id) AS first_session,
                  CASE WHEN e.status = 'WAITLISTED' THEN (SELECT CAST(count(*) AS int) FROM college_enrolment w WHERE w.course_id = e.course_id
                    AND w.status = 'WAITLISTED' AND w.seq <= e.seq) END AS position
                FROM college_enrolment e JOIN college_course c ON c.id = e.course_id JOIN college_term t ON t.id = c.term_id
                WHERE e.student_id = :s AND e.status <> 'WITHDRAWN' ORDER BY t.starts_on DESC, c.title
                """).param("s", student).query((rs, n) -> {
                    int sessions = rs.getInt("sessions");
                    int present = rs.getInt("present");
                    Timestamp first = rs.getTimestamp("first_session");
                    return new Views.Enrolment(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), rs.getString("title"),
                            rs.getString("name"), EnrolmentStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("position", Integer.class), sessions, present,
                            completed(sessions, present, rs.getInt("completion_numerator"), rs.getInt("completion_denominator")),
                            rs.getBoolean("feedback"), first == null ? null : first.toInstant());
                }).list();
    }

    /** Completed: present at no fewer than numerator/denominator of the course's sessions (exact, in whole numbers). */
    public static boolean completed(int sessions, int present, int numerator, int denominator) {
        return sessions > 0 && (long) present * denominator >= (long) sessions * numerator;
    }

    public record EnrolmentOwner(UUID id, UUID courseId, UUID studentId, EnrolmentStatus status) {
    }

    public Optional<EnrolmentOwner> enrolment(UUID id) {
        return jdbc.sql("SELECT id, course_id, student_id, status FROM college_enrolment WHERE id = :id").param("id", id)
                .query((rs, n) -> new EnrolmentOwner(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                        rs.getObject("student_id", UUID.class), EnrolmentStatus.valueOf(rs.getString("status")))).optional();
    }

    // Attendance

    public List<Views.RegisterLine> register(UUID course, UUID session) {
        return jdbc.sql("""
                SELECT e.id, st.given_name || ' ' || st.family_name, a.mark, st.access_needs
                FROM college_enrolment e JOIN college_student st ON st.id = e.student_id
                LEFT JOIN college_attendance a ON a.enrolment_id = e.id AND a.session_id = :session
                WHERE e.course_id = :c AND e.status = 'ENROLLED' ORDER BY st.family_name, st.given_name
                """).param("c", course).param("session", session)
                .query((rs, n) -> new Views.RegisterLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void mark(UUID session, UUID enrolment, String mark, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO college_attendance (session_id, enrolment_id, mark, marked_by, marked_at) VALUES (:s, :e, :m, :b, :at)
                ON CONFLICT (session_id, enrolment_id) DO UPDATE SET mark = :m, marked_by = :b, marked_at = :at
                """).param("s", session).param("e", enrolment).param("m", mark).param("b", by).param("at", Timestamp.from(at)).update();
    }

    // Feedback

    public boolean insertFeedback(UUID enrolment, int enjoyed, int useful, int respected, boolean recommend, String better, Instant at) {
        return jdbc.sql("""
                INSERT INTO college_feedback (enrolment_id, enjoyed, useful, respected, recommend, better, given_at)
                VALUES (:e, :en, :u, :r, :rec, :b, :at) ON CONFLICT (enrolment_id) DO NOTHING
                """).param("e", enrolment).param("en", enjoyed).param("u", useful).param("r", respected).param("rec", recommend)
                .param("b", better).param("at", Timestamp.from(at)).update() == 1;
    }

    public record FeedbackSummary(int responses, Double enjoyed, Double useful, Double respected, int recommend, List<String> better) {
    }

    public FeedbackSummary feedback(UUID course) {
        var row = jdbc.sql("""
                SELECT count(*), CAST(avg(f.enjoyed) AS float8), CAST(avg(f.useful) AS float8), CAST(avg(f.respected) AS float8), count(*) FILTER (WHERE f.recommend)
                FROM college_feedback f JOIN college_enrolment e ON e.id = f.enrolment_id WHERE e.course_id = :c
                """).param("c", course).query((rs, n) -> new Object[] {rs.getInt(1), (Double) rs.getObject(2, Double.class),
                        (Double) rs.getObject(3, Double.class), (Double) rs.getObject(4, Double.class), rs.getInt(5)}).single();
        List<String> better = jdbc.sql("""
                SELECT f.better FROM college_feedback f JOIN college_enrolment e ON e.id = f.enrolment_id
                WHERE e.course_id = :c AND f.better <> '' ORDER BY f.given_at
                """).param("c", course).query(String.class).list();
        return new FeedbackSummary((Integer) row[0], (Double) row[1], (Double) row[2], (Double) row[3], (Integer) row[4], better);
    }

    // The college dashboard

    /** Students with a live place or waitlist entry in the term: all, using services, supporting someone, working in services, none said. */
    public int[] studentMix(UUID term) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE uses_services), count(*) FILTER (WHERE supports_someone),
                       count(*) FILTER (WHERE works_in_services),
                       count(*) FILTER (WHERE NOT uses_services AND NOT supports_someone AND NOT works_in_services)
                FROM college_student st WHERE EXISTS (SELECT 1 FROM college_enrolment e JOIN college_course c ON c.id = e.course_id
                  WHERE e.student_id = st.id AND c.term_id = :t AND e.status <> 'WITHDRAWN')
                """).param("t", term).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)})
                .single();
    }

    public List<tandem.college.Enrolments.CourseLine> courseLines(UUID term) {
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
                """).param("t", term).query((rs, n) -> new tandem.college.Enrolments.CourseLine(rs.getObject("id", UUID.class),
                        rs.getString("title"), CourseStatus.valueOf(rs.getString("status")), rs.getInt("capacity"), rs.getInt("enrolled"),
                        rs.getInt("waitlisted"), rs.getInt("withdrawn"), rs.getInt("sessions"), rs.getInt("marks"), rs.getInt("present"),
                        rs.getInt("completed"))).list();
    }

    /** The organisation that runs the college (the one with the latest term). */
    public Optional<UUID> collegeOrganisation() {
        return jdbc.sql("SELECT organisation_id FROM college_term ORDER BY starts_on DESC LIMIT 1").query(UUID.class).optional();
    }

    // Notifications

    public void notify(UUID student, String kind, String subject, String body, Instant at) {
        jdbc.sql("INSERT INTO college_notification (id, student_id, kind, subject, body, created_at) VALUES (:id, :s, :k, :sub, :b, :at)")
                .param("id", UUID.randomUUID()).param("s", student).param("k", kind).param("sub", subject).param("b", body)
                .param("at", Timestamp.from(at)).update();
    }

    public List<Views.Notification> notifications(UUID student) {
        return jdbc.sql("SELECT subject, body, created_at, outcome FROM college_notification WHERE student_id = :s ORDER BY created_at DESC LIMIT 20")
                .param("s", student).query((rs, n) -> new Views.Notification(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4))).list();
    }

    private Views.Course mapCourse(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Views.Facilitator> facilitators = jdbc.sql("""
                SELECT f.staff_id, s.given_name || ' ' || s.family_name, f.kind, f.confirmed FROM college_facilitator f
                JOIN staff s ON s.id = f.staff_id WHERE f.course_id = :c ORDER BY f.kind, s.family_name
                """).param("c", id).query((r, i) -> new Views.Facilitator(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getBoolean(4))).list();
        List<Views.Session> sessions = jdbc.sql("SELECT id, starts_at, ends_at FROM college_session WHERE course_id = :c ORDER BY starts_at")
                .param("c", id).query((r, i) -> new Views.Session(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant(),
                        r.getTimestamp(3).toInstant())).list();
        Views.Term term = new Views.Term(rs.getObject("term_id", UUID.class), rs.getString("term_name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("enrolment_opens_at").toInstant());
        return new Views.Course(id, rs.getObject("organisation_id", UUID.class), term, rs.getString("title"), rs.getString("description"),
                rs.getString("outcomes"), list(rs.getArray("chime")), list(rs.getArray("topics")), rs.getString("level"),
                rs.getString("location"), rs.getString("online_link"), rs.getString("accessibility"), rs.getInt("capacity"),
                rs.getInt("enrolled"), rs.getInt("waitlisted"), CourseStatus.valueOf(rs.getString("status")), rs.getString("co_designed_by"),
                rs.getInt("completion_numerator"), rs.getInt("completion_denominator"), rs.getLong("version"), facilitators, sessions);
    }

    private static Views.Term term(ResultSet rs, int n) throws SQLException {
        return new Views.Term(rs.getObject("id", UUID.class), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("enrolment_opens_at").toInstant());
    }

    private static Views.Student student(ResultSet rs, int n) throws SQLException {
        return new Views.Student(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getString("contact_by"),
                rs.getString("access_needs"), rs.getBoolean("uses_services"), rs.getBoolean("supports_someone"),
                rs.getBoolean("works_in_services"), rs.getString("learning_goals"), rs.getObject("tutor_staff_id", UUID.class));
    }

    private static List<String> list(Array a) throws SQLException {
        return a == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) a.getArray()));
    }

    private static String array(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }
}
