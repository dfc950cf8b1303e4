package tandem.college.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.college.StudentId;
import tandem.college.Views;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** The college's students: who they are, how they like to be contacted, their learning plans, tutors and review notes. */
@Component
class StudentStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    StudentStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A student's insert; %s: the account column's value. */
    private static final String INSERT_STUDENT_WITH_ACCOUNT = """
            INSERT INTO college_student (id, organisation_id, account_id, person_id, given_name, family_name, email, phone, contact_by,
              access_needs, uses_services, supports_someone, works_in_services)
            VALUES (:id, :o, %s, :p, :g, :f, :e, :ph, :cb, :an, :us, :ss, :ws)
            """;

    private static final String INSERT_STUDENT = INSERT_STUDENT_WITH_ACCOUNT.formatted(":a");

    public StudentId insertStudent(Views.Student s) {
        StudentId id = s.id() == null ? StudentId.random() : s.id();
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
        // the insert and the read go together in one round trip; the read's snapshot sees the row whichever request made it
        return named.execute(INSERT_STUDENT_WITH_ACCOUNT.formatted(
                "CASE WHEN EXISTS (SELECT 1 FROM college_student WHERE account_id = CAST(:a AS uuid)) THEN NULL ELSE CAST(:a AS uuid) END")
                + " ON CONFLICT DO NOTHING;\nSELECT * FROM college_student WHERE person_id = :p", studentParams(StudentId.random(), s), ps -> {
                    ps.execute();
                    ps.getMoreResults(); // past the insert's count
                    try (ResultSet rs = ps.getResultSet()) {
                        rs.next();
                        return student(rs, 0);
                    }
                });
    }

    private static Map<String, Object> studentParams(StudentId id, Views.Student s) {
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
        return jdbc.sql("SELECT * FROM college_student WHERE account_id = :a").param("a", account).query(StudentStore::student).optional();
    }

    public Optional<Views.Student> studentByPerson(UUID person) {
        return jdbc.sql("SELECT * FROM college_student WHERE person_id = :p").param("p", person).query(StudentStore::student).optional();
    }

    public Optional<Views.Student> student(StudentId id) {
        return jdbc.sql("SELECT * FROM college_student WHERE id = :id").param("id", id).query(StudentStore::student).optional();
    }

    public List<Views.Student> students(UUID org) {
        return jdbc.sql("SELECT * FROM college_student WHERE organisation_id = :o ORDER BY family_name, given_name").param("o", org)
                .query(StudentStore::student).list();
    }

    public void setGoals(StudentId student, String goals) {
        jdbc.sql("UPDATE college_student SET learning_goals = :g WHERE id = :id").param("g", goals).param("id", student).update();
    }

    public void setTutor(StudentId student, StaffId staff) {
        jdbc.sql("UPDATE college_student SET tutor_staff_id = :t WHERE id = :id").param("t", staff).param("id", student).update();
    }

    public void addNote(StudentId student, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO college_plan_note (id, student_id, note, written_by, written_at) VALUES (:id, :s, :n, :b, :at)")
                .param("id", UUID.randomUUID()).param("s", student).param("n", note).param("b", by).param("at", Timestamp.from(at)).update();
    }

    public List<Views.PlanNote> notes(StudentId student) {
        return jdbc.sql("SELECT note, written_by, written_at FROM college_plan_note WHERE student_id = :s ORDER BY written_at DESC")
                .param("s", student).query((rs, n) -> new Views.PlanNote(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static Views.Student student(ResultSet rs, int n) throws SQLException {
        return new Views.Student(StudentId.of(rs.getObject("id", UUID.class)), OrganisationId.of(rs.getObject("organisation_id", UUID.class)),
                AccountId.of(rs.getObject("account_id", UUID.class)), PersonId.of(rs.getObject("person_id", UUID.class)), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getString("contact_by"),
                rs.getString("access_needs"), rs.getBoolean("uses_services"), rs.getBoolean("supports_someone"),
                rs.getBoolean("works_in_services"), rs.getString("learning_goals"),
                StaffId.of(rs.getObject("tutor_staff_id", UUID.class)));
    }
}
