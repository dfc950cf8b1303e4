package tandem.college;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import tandem.audit.AuditAction;
import tandem.audit.AuditLog;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * A module test: the college alone (with the shared kernel) on its own database, its neighbours'
 * APIs mocked. A published course with two places is set up in the college's own tables; three
 * students then enrol and one withdraws, through the {@link Places} façade.
 */
@ApplicationModuleTest(extraIncludes = "shared")
class CollegeModuleTest {

    @MockitoBean
    PeopleApi people;
    @MockitoBean
    CurrentUsers currentUsers;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    AuditLog audit;

    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    CourseId course;
    List<CurrentUser> students;

    @BeforeEach
    void aPublishedCourseWithTwoPlacesAndThreeStudents() {
        OrganisationId org = OrganisationId.random();
        UUID term = UUID.randomUUID();
        course = CourseId.random();
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);
        jdbc.sql("INSERT INTO college_term (id, organisation_id, name, starts_on, ends_on, enrolment_opens_at) VALUES (:id, :o, :n, :s, :e, :op)")
                .param("id", term).param("o", org.value()).param("n", "Term " + term).param("s", java.sql.Date.valueOf(LocalDate.now()))
                .param("e", java.sql.Date.valueOf(LocalDate.now().plusMonths(3))).param("op", Timestamp.from(Instant.now().minusSeconds(3600)))
                .update();
        jdbc.sql("""
                INSERT INTO college_course (id, organisation_id, term_id, title, description, level, capacity, status)
                VALUES (:id, :o, :t, 'Understanding recovery', 'What recovery means, in our own words', 'INTRODUCTORY', 2, 'PUBLISHED')
                """).param("id", course).param("o", org.value()).param("t", term).update();
        jdbc.sql("INSERT INTO college_session (id, course_id, starts_at, ends_at) VALUES (:id, :c, :s, :e)").param("id", UUID.randomUUID())
                .param("c", course).param("s", Timestamp.from(nextWeek)).param("e", Timestamp.from(nextWeek.plus(2, ChronoUnit.HOURS))).update();
        students = new ArrayList<>();
        for (String name : List.of("Ash", "Bea", "Cal")) {
            CurrentUser user = new CurrentUser(AccountId.random(), name.toLowerCase(), name + " Student", Set.of(Role.STUDENT),
                    PersonId.random(), null, org);
            jdbc.sql("""
                    INSERT INTO college_student (id, organisation_id, account_id, person_id, given_name, family_name, contact_by)
                    VALUES (:id, :o, :a, :p, :g, 'Student', 'NONE')
                    """).param("id", UUID.randomUUID()).param("o", org.value()).param("a", user.accountId().value())
                    .param("p", user.personId().value()).param("g", name).update();
            students.add(user);
        }
    }

    private List<String> statuses() {
        return jdbc.sql("""
                SELECT st.given_name || ' ' || e.status FROM college_enrolment e JOIN college_student st ON st.id = e.student_id
                WHERE e.course_id = :c ORDER BY st.given_name
                """).param("c", course).query(String.class).list();
    }

    private int enrolledCounter() {
        return jdbc.sql("SELECT enrolled FROM college_course WHERE id = :c").param("c", course).query(Integer.class).single();
    }

    @Test
    void theThirdStudentWaitsAndTakesThePlaceTheFirstLeaves() {
        assertThat(places.enrol(students.get(0), course, null)).isEqualTo(new Places.Result(EnrolmentStatus.ENROLLED, null));
        assertThat(places.enrol(students.get(1), course, null)).isEqualTo(new Places.Result(EnrolmentStatus.ENROLLED, null));
        assertThat(places.enrol(students.get(2), course, null)).isEqualTo(new Places.Result(EnrolmentStatus.WAITLISTED, 1));
        assertThat(enrolledCounter()).isEqualTo(2);

        places.withdraw(students.get(0), course);

        assertThat(statuses()).containsExactly("Ash WITHDRAWN", "Bea ENROLLED", "Cal ENROLLED");
        assertThat(enrolledCounter()).isEqualTo(2);
        verify(audit, times(3)).record(argThat(e -> e.action() == AuditAction.CREATE && "college enrolment".equals(e.objectType())));
        verify(audit, times(1)).record(argThat(e -> e.action() == AuditAction.DELETE && "college enrolment".equals(e.objectType())));
    }
}
