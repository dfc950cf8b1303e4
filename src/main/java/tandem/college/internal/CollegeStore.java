package tandem.college.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import tandem.college.EnrolmentId;
import tandem.college.EnrolmentStatus;
import tandem.college.StudentId;
import tandem.college.TermId;
import tandem.college.Views;
import tandem.people.PeopleApi;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

/** The college's tables but the places on courses ({@link EnrolmentStore}, which also holds the course row's lock). */
@Component
class CollegeStore {

    private static final String COURSE = """
            SELECT c.*, t.name AS term_name, t.starts_on, t.ends_on, t.enrolment_opens_at,
                   (SELECT count(*) FROM college_enrolment e WHERE e.course_id = c.id AND e.status = 'WAITLISTED') AS waitlisted
            FROM college_course c JOIN college_term t ON t.id = c.term_id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String zone;
    private final PeopleApi people;

    CollegeStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, tandem.shared.TandemClock clock, PeopleApi people) {
        this.jdbc = jdbc;
        this.named = named;
        this.people = people;
        this.zone = clock.zone().getId();
    }

    public TermId insertTerm(UUID org, String name, LocalDate starts, LocalDate ends, Instant opens) {
        TermId id = TermId.random();
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

    public void setEnrolmentOpens(TermId term, Instant opens) {
        jdbc.sql("UPDATE college_term SET enrolment_opens_at = :o WHERE id = :id").param("o", Timestamp.from(opens)).param("id", term).update();
    }

    public record CourseRow(TermId termId, String title, String description, String outcomes, List<String> chime, List<String> topics,
            String level, String location, String onlineLink, String accessibility, int capacity, String coDesignedBy,
            int numerator, int denominator) {
    }

    public CourseId insertCourse(UUID org, CourseRow r) {
        CourseId id = CourseId.random();
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
    public boolean updateCourse(CourseId id, long version, CourseRow r) {
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

    public void setStatus(CourseId course, CourseStatus status) {
        jdbc.sql("UPDATE college_course SET status = :s, version = version + 1 WHERE id = :id").param("s", status.name()).param("id", course).update();
    }

    public Optional<Views.Course> course(CourseId id) {
        return jdbc.sql(COURSE + "WHERE c.id = :id").param("id", id).query(this::mapCourse).optional();
    }

    /** Courses matching a prospectus search; {@code published} limits to published ones. */
    public List<Views.Course> search(UUID org, TermId term, String query, String topic, String chime, Integer dayOfWeek,
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

    public void putFacilitator(CourseId course, StaffId staff, String kind, boolean confirmed) {
        jdbc.sql("""
                INSERT INTO college_facilitator (course_id, staff_id, kind, confirmed) VALUES (:c, :s, :k, :conf)
                ON CONFLICT (course_id, staff_id) DO UPDATE SET kind = :k, confirmed = :conf
                """).param("c", course).param("s", staff).param("k", kind).param("conf", confirmed).update();
    }

    public void removeFacilitator(CourseId course, StaffId staff) {
        jdbc.sql("DELETE FROM college_facilitator WHERE course_id = :c AND staff_id = :s").param("c", course).param("s", staff).update();
    }

    public List<UUID> coursesFacilitatedBy(UUID staff) {
        return jdbc.sql("SELECT course_id FROM college_facilitator WHERE staff_id = :s").param("s", staff).query(UUID.class).list();
    }

    public UUID insertSession(CourseId course, Instant starts, Instant ends) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO college_session (id, course_id, starts_at, ends_at) VALUES (:id, :c, :s, :e)").param("id", id)
                .param("c", course).param("s", Timestamp.from(starts)).param("e", Timestamp.from(ends)).update();
        return id;
    }

    public int deleteSession(CourseId course, UUID session) {
        return jdbc.sql("DELETE FROM college_session WHERE id = :id AND course_id = :c").param("id", session).param("c", course).update();
    }

    public boolean hasAttendance(UUID session) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM college_attendance WHERE session_id = :s)").param("s", session).query(Boolean.class).single();
    }

    public Optional<CourseId> courseOfSession(UUID session) {
        return jdbc.sql("SELECT course_id FROM college_session WHERE id = :id").param("id", session).query(UUID.class).optional().map(CourseId::of);
    }

    public List<Views.Enrolment> enrolmentsOf(StudentId student) {
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
                    return new Views.Enrolment(EnrolmentId.of(rs.getObject("id", UUID.class)), CourseId.of(rs.getObject("course_id", UUID.class)), rs.getString("title"),
                            rs.getString("name"), EnrolmentStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("position", Integer.class), sessions, present,
                            completed(sessions, present, rs.getInt("completion_numerator"), rs.getInt("completion_denominator")),
                            rs.getBoolean("feedback"), first == null ? null : first.toInstant());
                }).list();
    }

    /** Completed: present at no fewer than numerator/denominator of the course's sessions (exact, in whole numbers). */
    public static boolean completed(int sessions, int present, int numerator, int denominator) {
        return sessions > 0 && (long) present * denominator >= (long) sessions * numerator;
    }

    public record EnrolmentOwner(UUID id, CourseId courseId, StudentId studentId, EnrolmentStatus status) {
    }

    public Optional<EnrolmentOwner> enrolment(EnrolmentId id) {
        return jdbc.sql("SELECT id, course_id, student_id, status FROM college_enrolment WHERE id = :id").param("id", id)
                .query((rs, n) -> new EnrolmentOwner(rs.getObject("id", UUID.class), CourseId.of(rs.getObject("course_id", UUID.class)),
                        StudentId.of(rs.getObject("student_id", UUID.class)), EnrolmentStatus.valueOf(rs.getString("status")))).optional();
    }

    public boolean insertFeedback(EnrolmentId enrolment, int enjoyed, int useful, int respected, boolean recommend, String better, Instant at) {
        return jdbc.sql("""
                INSERT INTO college_feedback (enrolment_id, enjoyed, useful, respected, recommend, better, given_at)
                VALUES (:e, :en, :u, :r, :rec, :b, :at) ON CONFLICT (enrolment_id) DO NOTHING
                """).param("e", enrolment).param("en", enjoyed).param("u", useful).param("r", respected).param("rec", recommend)
                .param("b", better).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The organisation that runs the college (the one with the latest term). */
    public Optional<UUID> collegeOrganisation() {
        return jdbc.sql("SELECT organisation_id FROM college_term ORDER BY starts_on DESC LIMIT 1").query(UUID.class).optional();
    }

    public void notify(StudentId student, String kind, String subject, String body, Instant at) {
        jdbc.sql("INSERT INTO college_notification (id, student_id, kind, subject, body, created_at) VALUES (:id, :s, :k, :sub, :b, :at)")
                .param("id", UUID.randomUUID()).param("s", student).param("k", kind).param("sub", subject).param("b", body)
                .param("at", Timestamp.from(at)).update();
    }

    public List<Views.Notification> notifications(StudentId student) {
        return jdbc.sql("SELECT subject, body, created_at, outcome FROM college_notification WHERE student_id = :s ORDER BY created_at DESC LIMIT 20")
                .param("s", student).query((rs, n) -> new Views.Notification(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4))).list();
    }

    /**
     * A course's facilitators by kind, then family name. Their names are people's to tell: staff are
     * looked up through {@link PeopleApi}, never read from people's tables; one who has left shows as
     * "a former member of staff".
     */
    private List<Views.Facilitator> facilitators(CourseId course) {
        record Row(StaffId staffId, String kind, boolean confirmed) {
        }
        List<Row> rows = jdbc.sql("SELECT staff_id, kind, confirmed FROM college_facilitator WHERE course_id = :c").param("c", course)
                .query((r, i) -> new Row(StaffId.of(r.getObject("staff_id", UUID.class)), r.getString("kind"), r.getBoolean("confirmed"))).list();
        record Named(Row row, String name, String familyName) {
        }
        return rows.stream().map(r -> people.staff(r.staffId())
                        .map(s -> new Named(r, s.givenName() + " " + s.familyName(), s.familyName()))
                        .orElseGet(() -> new Named(r, "A former member of staff", "")))
                .sorted(Comparator.comparing((Named n) -> n.row().kind()).thenComparing(Named::familyName))
                .map(n -> new Views.Facilitator(n.row().staffId(), n.name(), n.row().kind(), n.row().confirmed())).toList();
    }

    private Views.Course mapCourse(ResultSet rs, int n) throws SQLException {
        CourseId id = CourseId.of(rs.getObject("id", UUID.class));
        List<Views.Facilitator> facilitators = facilitators(id);
        List<Views.Session> sessions = jdbc.sql("SELECT id, starts_at, ends_at FROM college_session WHERE course_id = :c ORDER BY starts_at")
                .param("c", id).query((r, i) -> new Views.Session(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant(),
                        r.getTimestamp(3).toInstant())).list();
        Views.Term term = new Views.Term(TermId.of(rs.getObject("term_id", UUID.class)), rs.getString("term_name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("enrolment_opens_at").toInstant());
        return new Views.Course(id, OrganisationId.of(rs.getObject("organisation_id", UUID.class)), term, rs.getString("title"), rs.getString("description"),
                rs.getString("outcomes"), list(rs.getArray("chime")), list(rs.getArray("topics")), rs.getString("level"),
                rs.getString("location"), rs.getString("online_link"), rs.getString("accessibility"), rs.getInt("capacity"),
                rs.getInt("enrolled"), rs.getInt("waitlisted"), CourseStatus.valueOf(rs.getString("status")), rs.getString("co_designed_by"),
                rs.getInt("completion_numerator"), rs.getInt("completion_denominator"), rs.getLong("version"), facilitators, sessions);
    }

    private static Views.Term term(ResultSet rs, int n) throws SQLException {
        return new Views.Term(TermId.of(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("enrolment_opens_at").toInstant());
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
