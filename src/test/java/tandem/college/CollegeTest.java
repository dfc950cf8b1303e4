package tandem.college;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import tandem.college.internal.NotifierAccess;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.support.DemoUsers;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false", "tandem.college.notify-interval=PT24H"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollegeTest {

    static final GreenMail SMTP = tandem.support.TestSmtp.start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        tandem.support.TestSmtp.use(SMTP, registry);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;



    @Autowired
    Prospectus prospectus;

    @Autowired
    CourseAdministration courses;

    @Autowired
    Places places;

    @Autowired
    ApplicationContext context;

    /** People without an account, so that enrolling them never makes a demo account holder a student. */
    static final String NO_ACCOUNT = "SELECT p.id FROM person p WHERE p.organisation_id = :o "
            + "AND NOT EXISTS (SELECT 1 FROM account a WHERE a.person_id = p.id) ";

    @Autowired
    tandem.identity.Accounts identity;

    CurrentUser admin;
    UUID org;
    UUID thisTerm;
    Cookie[] alex;
    Cookie[] robin;
    Cookie[] sam;
    Cookie[] tutor;
    Cookie[] collegeCookie;

    @BeforeAll
    void setUp() throws Exception {
        var row = jdbc.sql("SELECT a.id, s.id, s.organisation_id FROM account a JOIN staff s ON s.id = a.staff_id WHERE a.username = 'college'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)}).single();
        org = row[2];
        admin = new CurrentUser(AccountId.of(row[0]), "college", "Cal Ferris", Set.of(Role.COLLEGE_ADMIN), null, StaffId.of(row[1]), OrganisationId.of(org));
        thisTerm = jdbc.sql("SELECT id FROM college_term WHERE name = 'This term'").query(UUID.class).single();
        alex = DemoUsers.login(mvc, "alex");
        robin = DemoUsers.login(mvc, "robin");
        sam = DemoUsers.login(mvc, "sam");
        tutor = DemoUsers.login(mvc, "tutor");
        collegeCookie = DemoUsers.login(mvc, "college");
    }

    UUID staff(String username) {
        return DemoUsers.staffId(jdbc, username);
    }

    CourseId publishedCourse(String title, int capacity) {
        return publishedCourse(title, capacity, "Riverside Centre", "");
    }

    CourseId publishedCourse(String title, int capacity, String location, String onlineLink) {
        CourseId id = courses.saveCourse(admin, null, new CourseAdministration.CourseForm(thisTerm.toString(), title, "A course for the tests.", "", List.of("HOPE"),
                List.of("Living well"), "INTRODUCTORY", location, onlineLink, "", Integer.toString(capacity), "", "2/3", "0"));
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
        courses.addSession(admin, id, day.toString(), "10:00", "12:00");
        courses.setFacilitator(admin, id, staff("tutor").toString(), "PEER", true);
        courses.setFacilitator(admin, id, staff("kim").toString(), "PRACTITIONER", true);
        courses.publish(admin, id);
        return id;
    }

    @Test
    void neverOverbooksWhenManyPeopleRaceForTheLastPlacesAndKeepsTheWaitingListInOrder() throws Exception {
        CourseId course = publishedCourse("Race for places", 5);
        List<UUID> people = jdbc.sql("""
                SELECT p.id FROM person p WHERE p.organisation_id = :o AND NOT EXISTS (SELECT 1 FROM college_student s WHERE s.person_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.person_id = p.id)
                ORDER BY p.id LIMIT 24
                """).param("o", org).query(UUID.class).list();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Places.Result>> calls = new ArrayList<>();
        for (UUID p : people) {
            calls.add(() -> places.enrol(admin, course, PersonId.of(p)));
        }
        List<Places.Result> results = new ArrayList<>();
        for (Future<Places.Result> f : pool.invokeAll(calls)) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results.stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED)).hasSize(5);
        List<Integer> positions = new ArrayList<>(results.stream().filter(r -> r.status() == EnrolmentStatus.WAITLISTED).map(Places.Result::position).toList());
        Collections.sort(positions);
        assertThat(positions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        assertThat(jdbc.sql("SELECT enrolled FROM college_course WHERE id = :c").param("c", course).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM college_enrolment WHERE course_id = :c AND status = 'ENROLLED'").param("c", course)
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void withdrawingGivesThePlaceToTheFirstOnTheWaitingListAndTellsThemByTheirChosenRoute() throws Exception {
        CourseId course = publishedCourse("One place only", 1);
        String path = "/api/v1/college/courses/" + course + "/enrolments";
        mvc.perform(post(path).cookie(alex).with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENROLLED"));
        mvc.perform(post(path).cookie(robin).with(csrf())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.position").value(1));
        mvc.perform(post(path).cookie(sam).with(csrf())).andExpect(jsonPath("$.position").value(2));
        String counts = "SELECT (SELECT count(*) FROM audit_entry WHERE object_type = 'college enrolment' AND object_id = :cs)"
                + " || '/' || (SELECT count(*) FROM college_enrolment WHERE course_id = :c)"
                + " || '/' || (SELECT count(*) FROM college_notification)";
        String beforeConflict = jdbc.sql(counts).param("c", course).param("cs", course.toString()).query(String.class).single();
        mvc.perform(post(path).cookie(robin).with(csrf())).andExpect(status().isConflict());
        assertThat(jdbc.sql(counts).param("c", course).param("cs", course.toString()).query(String.class).single())
                .as("a refused second enrolment leaves no audit entry, enrolment or notification").isEqualTo(beforeConflict);
        NotifierAccess.sendPending(context);
        int before = SMTP.getReceivedMessages().length;

        mvc.perform(delete(path + "/me").cookie(alex).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/college/me").cookie(robin)).andExpect(content().string(containsString("You have a place on One place only")));
        mvc.perform(get("/college/me").cookie(sam)).andExpect(content().string(containsString("number 1 on the waiting list")));
        assertThat(jdbc.sql("SELECT enrolled FROM college_course WHERE id = :c").param("c", course).query(Integer.class).single()).isEqualTo(1);

        NotifierAccess.sendPending(context);
        var received = SMTP.getReceivedMessages();
        assertThat(received.length).isEqualTo(before + 1); // Robin chose e-mail; Sam chose not to be contacted
        assertThat(received[received.length - 1].getAllRecipients()[0].toString()).isEqualTo("robin@example.org");
        assertThat(GreenMailUtil.getBody(received[received.length - 1])).contains("a place came up on One place only");
        assertThat(jdbc.sql("""
                SELECT n.outcome FROM college_notification n JOIN college_student s ON s.id = n.student_id
                JOIN account a ON a.id = s.account_id WHERE a.username = 'sam' ORDER BY n.created_at DESC LIMIT 1
                """).query(String.class).single()).isEqualTo("NOT_CONTACTED");
    }

    @Test
    void onlyStudentsWithAPlaceSeeTheOnlineLink() throws Exception {
        String link = "https://meet.example.org/online-only";
        CourseId course = publishedCourse("Online only", 1, "", link);
        String api = "/api/v1/college/courses/" + course + "/enrolments";
        mvc.perform(post(api).cookie(alex).with(csrf())).andExpect(jsonPath("$.status").value("ENROLLED"));
        mvc.perform(post(api).cookie(robin).with(csrf())).andExpect(jsonPath("$.status").value("WAITLISTED"));
        String page = "/college/courses/" + course;
        mvc.perform(get(page).cookie(alex)).andExpect(content().string(containsString("href=\"" + link + "\"")));
        mvc.perform(get(page).cookie(robin)).andExpect(content().string(not(containsString(link))));
        mvc.perform(get(page)).andExpect(content().string(not(containsString(link))));
    }

    @Test
    void freePlacesGoToTheWaitingListInOrderOnlyWhileTheCourseRuns() throws Exception {
        CourseId course = publishedCourse("More places later", 1);
        String api = "/api/v1/college/courses/" + course + "/enrolments";
        mvc.perform(post(api).cookie(alex).with(csrf())).andExpect(jsonPath("$.status").value("ENROLLED"));
        mvc.perform(post(api).cookie(robin).with(csrf())).andExpect(jsonPath("$.position").value(1));
        mvc.perform(post(api).cookie(sam).with(csrf())).andExpect(jsonPath("$.position").value(2));
        String statuses = """
                SELECT string_agg(a.username || '=' || e.status, ',' ORDER BY a.username) FROM college_enrolment e
                JOIN college_student s ON s.id = e.student_id JOIN account a ON a.id = s.account_id WHERE e.course_id = :c""";
        courses.saveCourse(admin, course, withCapacity(courses.adminView(admin, course), 2));
        assertThat(jdbc.sql(statuses).param("c", course).query(String.class).single()).isEqualTo("alex=ENROLLED,robin=ENROLLED,sam=WAITLISTED");
        // once the course has finished, neither a change of places nor a withdrawal moves anyone
        jdbc.sql("UPDATE college_session SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '2 hours' "
                + "WHERE course_id = :c").param("c", course).update();
        courses.saveCourse(admin, course, withCapacity(courses.adminView(admin, course), 3));
        assertThat(jdbc.sql(statuses).param("c", course).query(String.class).single()).isEqualTo("alex=ENROLLED,robin=ENROLLED,sam=WAITLISTED");
        mvc.perform(delete(api + "/me").cookie(robin).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql(statuses).param("c", course).query(String.class).single()).isEqualTo("alex=ENROLLED,robin=WITHDRAWN,sam=WAITLISTED");
        assertThat(jdbc.sql("SELECT enrolled FROM college_course WHERE id = :c").param("c", course).query(Integer.class).single())
                .as("the place count follows the withdrawal").isEqualTo(1);
    }

    static CourseAdministration.CourseForm withCapacity(Views.Course c, int capacity) {
        CourseAdministration.CourseForm f = CourseAdministration.CourseForm.of(c);
        return new CourseAdministration.CourseForm(f.termId(), f.title(), f.description(), f.outcomes(), f.chime(), f.topics(), f.level(), f.location(),
                f.onlineLink(), f.accessibility(), Integer.toString(capacity), f.coDesignedBy(), f.completion(), f.version());
    }

    @Test
    void aSessionThatHasStartedOrIsTheLastOfAPublishedCourseStaysOnTheCourse() {
        CourseId course = publishedCourse("Sessions stay", 12);
        String sessions = "SELECT count(*) FROM college_session WHERE course_id = :c";
        UUID only = jdbc.sql("SELECT id FROM college_session WHERE course_id = :c").param("c", course).query(UUID.class).single();
        assertThatThrownBy(() -> courses.removeSession(admin, course, only)).isInstanceOf(RuleRefusedException.class)
                .hasMessageContaining("needs at least one session");
        UUID started = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO college_session (id, course_id, starts_at, ends_at)
                VALUES (:id, :c, now() - interval '2 days', now() - interval '2 days' + interval '2 hours')
                """).param("id", started).param("c", course).update();
        assertThatThrownBy(() -> courses.removeSession(admin, course, started)).isInstanceOf(RuleRefusedException.class)
                .hasMessageContaining("has started");
        assertThat(jdbc.sql(sessions).param("c", course).query(Integer.class).single()).as("nothing removed yet").isEqualTo(2);
        courses.removeSession(admin, course, only);
        assertThat(jdbc.sql("SELECT id FROM college_session WHERE course_id = :c").param("c", course).query(UUID.class).list())
                .containsExactly(started);
    }

    @Test
    void anEmailThatFailsIsTriedAgainWithoutHoldingBackOrResendingTheOthers() {
        NotifierAccess.sendPending(context);
        String student = """
                INSERT INTO college_student (id, organisation_id, given_name, family_name, email, contact_by)
                VALUES (:id, :o, :g, 'Student', :e, 'EMAIL')""";
        String note = """
                INSERT INTO college_notification (id, student_id, kind, subject, body, created_at)
                VALUES (:id, :s, 'ENROLLED', :subject, 'Body', now() + make_interval(secs => :n))""";
        UUID[] ids = new UUID[3];
        String[] emails = {"first@example.org", "not an address@@", "third@example.org"};
        for (int i = 0; i < 3; i++) {
            UUID s = UUID.randomUUID();
            jdbc.sql(student).param("id", s).param("o", org).param("g", "Mail" + i).param("e", emails[i]).update();
            ids[i] = UUID.randomUUID();
            jdbc.sql(note).param("id", ids[i]).param("s", s).param("subject", "Mail test " + i).param("n", i).update();
        }
        int before = SMTP.getReceivedMessages().length;
        assertThat(NotifierAccess.sendPending(context)).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 2);
        String outcome = "SELECT coalesce(outcome, 'PENDING') || '/' || attempts FROM college_notification WHERE id = :id";
        assertThat(jdbc.sql(outcome).param("id", ids[0]).query(String.class).single()).isEqualTo("SENT/0");
        assertThat(jdbc.sql(outcome).param("id", ids[1]).query(String.class).single()).isEqualTo("PENDING/1");
        assertThat(jdbc.sql(outcome).param("id", ids[2]).query(String.class).single()).isEqualTo("SENT/0");
        for (int run = 2; run <= 5; run++) {
            assertThat(NotifierAccess.sendPending(context)).as("run %d sends nothing again", run).isZero();
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 2);
        assertThat(jdbc.sql(outcome).param("id", ids[1]).query(String.class).single()).isEqualTo("FAILED/5");
    }

    @Test
    void aCourseIsPublishedOnlyWithAConfirmedPeerTrainerAndAConfirmedPractitionerTrainer() throws Exception {
        CourseId id = courses.saveCourse(admin, null, new CourseAdministration.CourseForm(thisTerm.toString(), "Not yet co-produced", "Draft.", "", List.of(),
                List.of(), "INTRODUCTORY", "Riverside Centre", "", "", "12", "", "2/3", "0"));
        courses.addSession(admin, id, LocalDate.now(ZoneId.of("Europe/London")).plusDays(8).toString(), "10:00", "12:00");
        courses.setFacilitator(admin, id, staff("tutor").toString(), "PEER", true);
        courses.setFacilitator(admin, id, staff("kim").toString(), "PRACTITIONER", false);
        assertThatThrownBy(() -> courses.publish(admin, id)).isInstanceOf(RuleRefusedException.class).hasMessageContaining("both confirmed");
        mvc.perform(post("/college/admin/courses/" + id + "/publish").cookie(collegeCookie).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("practitioner trainer have both confirmed")));
        mvc.perform(get("/college/courses/" + id)).andExpect(status().isNotFound());
        courses.setFacilitator(admin, id, staff("kim").toString(), "PRACTITIONER", true);
        courses.publish(admin, id);
        mvc.perform(get("/college/courses/" + id)).andExpect(status().isOk());
        assertThatThrownBy(() -> courses.removeFacilitator(admin, id, StaffId.of(staff("kim")))).isInstanceOf(RuleRefusedException.class);
        assertThatThrownBy(() -> courses.setFacilitator(admin, id, staff("kim").toString(), "PRACTITIONER", false))
                .isInstanceOf(RuleRefusedException.class);
        // A trainer who has not confirmed is neither listed publicly nor let into the register.
        courses.setFacilitator(admin, id, staff("rob").toString(), "PEER", false);
        mvc.perform(get("/api/v1/college/courses")).andExpect(jsonPath("$[?(@.id == '" + id + "')].facilitators[*].staffId")
                .value(not(hasItem(staff("rob").toString()))));
        UUID session = jdbc.sql("SELECT id FROM college_session WHERE course_id = :c").param("c", id).query(UUID.class).single();
        mvc.perform(get("/college/sessions/" + session + "/register").cookie(DemoUsers.login(mvc, "rob"))).andExpect(status().isNotFound());
        mvc.perform(get("/college/sessions/" + session + "/register").cookie(tutor)).andExpect(status().isOk());
    }

    @Test
    void badRequestsGetAClearAnswerAndChangeNothing() throws Exception {
        CourseId course = publishedCourse("Checks", 2);
        int before = jdbc.sql("SELECT count(*) FROM college_enrolment").query(Integer.class).single();
        UUID next = jdbc.sql("SELECT c.id FROM college_course c JOIN college_term t ON t.id = c.term_id WHERE t.name = 'Next term'")
                .query(UUID.class).single();
        mvc.perform(post("/api/v1/college/courses/" + next + "/enrolments").cookie(robin).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value(containsString("opens on")));
        UUID finished = jdbc.sql("SELECT id FROM college_course WHERE title = 'Discovering recovery'").query(UUID.class).single();
        mvc.perform(post("/api/v1/college/courses/" + finished + "/enrolments").cookie(robin).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value(containsString("finished")));
        CourseId draft = CourseId.of(jdbc.sql("SELECT id FROM college_course WHERE status = 'DRAFT' AND title = 'Self-compassion'").query(UUID.class).single());
        mvc.perform(post("/api/v1/college/courses/" + draft + "/enrolments").cookie(robin).with(csrf())).andExpect(status().isNotFound());
        UUID someone = jdbc.sql(NO_ACCOUNT + "ORDER BY p.id LIMIT 1").param("o", org).query(UUID.class).single();
        assertThatThrownBy(() -> places.enrol(admin, draft, PersonId.of(someone))).isInstanceOf(RuleRefusedException.class)
                .hasMessageContaining("not published");
        mvc.perform(post("/api/v1/college/courses/" + course + "/enrolments").cookie(DemoUsers.login(mvc, "jo")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT count(*) FROM college_enrolment").query(Integer.class).single()).isEqualTo(before);

        assertThatThrownBy(() -> courses.addSession(admin, course, LocalDate.now(ZoneId.of("Europe/London")).plusDays(9).toString(), "14:00", "13:00"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("end")));
        places.enrol(admin, course, PersonId.of(jdbc.sql(NO_ACCOUNT + "ORDER BY p.id DESC LIMIT 1").param("o", org)
                .query(UUID.class).single()));
        Views.Course c = prospectus.course(java.util.Optional.of(admin), course);
        CourseAdministration.CourseForm smaller = new CourseAdministration.CourseForm(thisTerm.toString(), c.title(), c.description(), "", List.of(), List.of(),
                "INTRODUCTORY", "Riverside Centre", "", "", "0", "", "2/3", Long.toString(c.version()));
        assertThatThrownBy(() -> courses.saveCourse(admin, course, smaller)).isInstanceOf(InvalidInputException.class);
        assertThat(prospectus.course(java.util.Optional.of(admin), course).capacity()).isEqualTo(2);
        assertThatThrownBy(() -> courses.saveCourse(admin, course, new CourseAdministration.CourseForm(thisTerm.toString(), c.title(), c.description(), "",
                List.of(), List.of(), "INTRODUCTORY", "Riverside Centre", "", "", "2", "", "2/3", "999"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> prospectus.course(java.util.Optional.empty(), CourseId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sessionsKeepTheirLocalTimeAcrossTheClockChangeAndTheCalendarFileSaysSo() throws Exception {
        courses.addTerm(admin, "Autumn clock test", "2026-10-01", "2026-11-30", "2026-09-01", "09:00");
        UUID term = jdbc.sql("SELECT id FROM college_term WHERE name = 'Autumn clock test'").query(UUID.class).single();
        CourseId id = courses.saveCourse(admin, null, new CourseAdministration.CourseForm(term.toString(), "Evenings across the change", "Evening course.", "",
                List.of(), List.of(), "INTRODUCTORY", "Hillside House", "", "", "10", "", "2/3", "0"));
        courses.addSession(admin, id, "2026-10-20", "18:30", "20:00");
        courses.addSession(admin, id, "2026-10-27", "18:30", "20:00");
        courses.setFacilitator(admin, id, staff("tutor").toString(), "PEER", true);
        courses.setFacilitator(admin, id, staff("kim").toString(), "PRACTITIONER", true);
        courses.publish(admin, id);
        String ics = mvc.perform(get("/college/courses/" + id + "/sessions.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("BEGIN:VCALENDAR", "DTSTART:20261020T173000Z", "DTSTART:20261027T183000Z", "END:VCALENDAR");
        mvc.perform(get("/college/courses/" + id)).andExpect(content().string(containsString("Tuesday 20 October 2026, 18:30 to 20:00")))
                .andExpect(content().string(containsString("Tuesday 27 October 2026, 18:30 to 20:00")));
    }

    @Test
    void theProspectusIsOpenToEveryoneAndFilters() throws Exception {
        mvc.perform(get("/college")).andExpect(status().isOk()).andExpect(content().string(containsString("Understanding recovery")));
        mvc.perform(get("/college").param("query", "anxiety")).andExpect(content().string(containsString("Understanding anxiety")))
                .andExpect(content().string(not(containsString("Sleep well"))));
        mvc.perform(get("/college").param("mode", "ONLINE")).andExpect(content().string(containsString("Understanding anxiety")))
                .andExpect(content().string(not(containsString("Sleep well"))));
        mvc.perform(get("/college").param("mode", "IN_PERSON")).andExpect(content().string(containsString("Sleep well")))
                .andExpect(content().string(not(containsString("Understanding anxiety"))));
        UUID online = jdbc.sql("SELECT id FROM college_course WHERE title = 'Understanding anxiety'").query(UUID.class).single();
        mvc.perform(get("/college/courses/" + online)).andExpect(content().string(containsString("students with a place find the link")))
                .andExpect(content().string(not(containsString("https://meet.example.org"))));
        mvc.perform(get("/college").param("day", "SOMEDAY")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a day from the list.")));
        mvc.perform(get("/api/v1/college/courses").param("term", "current")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title == 'Recovery and wellbeing planning')].enrolled").value(hasItem(11)))
                .andExpect(jsonPath("$[?(@.title == 'Telling your story')].waitlisted").value(hasItem(2)))
                .andExpect(jsonPath("$[?(@.title == 'Sleep well')].capacity").value(hasItem(12)))
                .andExpect(jsonPath("$[0].facilitators[0].kind").exists());
    }

    @Test
    void anyoneCanRegisterAsAStudentAndThenEnrol() throws Exception {
        mvc.perform(post("/college/register").with(csrf()).param("givenName", "Nadia").param("familyName", "Rowe").param("contactBy", "EMAIL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter your e-mail address")));
        mvc.perform(post("/college/register").with(csrf()).param("givenName", "Nadia").param("familyName", "Rowe").param("contactBy", "EMAIL")
                .param("email", "nadia@example.org").param("supportsSomeone", "yes").param("username", "nadia.rowe")
                .param("password", "a long enough passphrase")).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("SELECT supports_someone FROM college_student WHERE email = 'nadia@example.org'").query(Boolean.class).single()).isTrue();
        Cookie[] nadia = DemoUsers.login(mvc, "nadia.rowe", "a long enough passphrase");
        UUID course = jdbc.sql("SELECT id FROM college_course WHERE title = 'Sleep well'").query(UUID.class).single();
        mvc.perform(post("/api/v1/college/courses/" + course + "/enrolments").cookie(nadia).with(csrf())).andExpect(status().isCreated());
    }

    @Test
    void joiningLinksTheTandemRecordOnlyWhenThePersonAgrees() throws Exception {
        Cookie[] jo = DemoUsers.login(mvc, "jo");
        mvc.perform(get("/college/join").cookie(jo)).andExpect(status().isOk()).andExpect(content().string(containsString("Link your college learning")))
                .andExpect(content().string(not(containsString("value=\"yes\" checked"))))
                .andExpect(content().string(not(containsString("value=\"no\" checked"))))
                .andExpect(content().string(not(containsString("id=\"usesServices\" name=\"usesServices\" type=\"checkbox\" value=\"yes\" checked"))));
        String students = "SELECT count(*) FROM college_student s JOIN account a ON a.id = s.account_id WHERE a.username = 'jo'";
        mvc.perform(post("/college/join").cookie(jo).with(csrf()).param("givenName", "Jo").param("familyName", "Pennington")
                .param("contactBy", "NONE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose whether to link your college learning to your Tandem record")));
        assertThat(jdbc.sql(students).query(Integer.class).single()).as("no answer, no student").isZero();
        mvc.perform(post("/college/join").cookie(jo).with(csrf()).param("givenName", "Jo").param("familyName", "Pennington")
                .param("contactBy", "NONE").param("linkRecord", "no")).andExpect(redirectedUrl("/college/me"));
        assertThat(jdbc.sql("SELECT count(*) FROM college_student s JOIN account a ON a.id = s.account_id WHERE a.username = 'jo' AND s.person_id IS NULL")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void tutorsMarkTheRegisterAndACertificateComesOnlyWithEnoughAttendance() throws Exception {
        UUID course = jdbc.sql("SELECT id FROM college_course WHERE title = 'Understanding recovery'").query(UUID.class).single();
        UUID session = jdbc.sql("SELECT id FROM college_session WHERE course_id = :c ORDER BY starts_at LIMIT 1").param("c", course).query(UUID.class).single();
        UUID enrolment = jdbc.sql("""
                SELECT e.id FROM college_enrolment e JOIN college_student s ON s.id = e.student_id JOIN account a ON a.id = s.account_id
                WHERE a.username = 'alex' AND e.course_id = :c AND e.status = 'ENROLLED'
                """).param("c", course).query(UUID.class).single();
        mvc.perform(post("/college/sessions/" + session + "/register").cookie(tutor).with(csrf()).param("mark-" + enrolment, "MAYBE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose present, absent or sent apologies")));
        mvc.perform(post("/college/sessions/" + session + "/register").cookie(tutor).with(csrf()).param("mark-" + enrolment, "APOLOGIES"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT mark FROM college_attendance WHERE session_id = :s AND enrolment_id = :e").param("s", session)
                .param("e", enrolment).query(String.class).single()).isEqualTo("APOLOGIES");
        mvc.perform(get("/college/sessions/" + session + "/register").cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/college/me/enrolments/" + enrolment + "/certificate.pdf").cookie(alex)).andExpect(status().isUnprocessableContent());
        UUID done = jdbc.sql("""
                SELECT e.id FROM college_enrolment e JOIN college_course c ON c.id = e.course_id JOIN college_student s ON s.id = e.student_id
                JOIN account a ON a.id = s.account_id WHERE a.username = 'alex' AND c.title = 'Discovering recovery'
                """).query(UUID.class).single();
        byte[] pdf = mvc.perform(get("/college/me/enrolments/" + done + "/certificate.pdf").cookie(alex)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/college/me/enrolments/" + done + "/certificate.pdf").cookie(robin)).andExpect(status().isNotFound());
    }

    @Test
    void studentsGiveFeedbackOnceAndTheAdministratorSeesTheResults() throws Exception {
        UUID course = jdbc.sql("SELECT id FROM college_course WHERE title = 'Understanding recovery'").query(UUID.class).single();
        UUID enrolment = jdbc.sql("""
                SELECT e.id FROM college_enrolment e JOIN college_student s ON s.id = e.student_id JOIN account a ON a.id = s.account_id
                WHERE a.username = 'alex' AND e.course_id = :c AND e.status = 'ENROLLED'
                """).param("c", course).query(UUID.class).single();
        String path = "/college/me/enrolments/" + enrolment + "/feedback";
        int auditedBefore = jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'college course feedback' AND object_id = :e")
                .param("e", enrolment.toString()).query(Integer.class).single();
        mvc.perform(post(path).cookie(alex).with(csrf()).param("enjoyed", "9")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an answer about how much you enjoyed the course")));
        mvc.perform(post(path).cookie(alex).with(csrf()).param("enjoyed", "5").param("useful", "4").param("respected", "5").param("recommend", "yes")
                .param("better", "Longer breaks")).andExpect(redirectedUrl("/college/me"));
        mvc.perform(post(path).cookie(alex).with(csrf()).param("enjoyed", "5").param("useful", "4").param("respected", "5").param("recommend", "yes"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("You have already given feedback on this course")));
        assertThat(jdbc.sql("SELECT count(*) FROM college_feedback WHERE enrolment_id = :e").param("e", enrolment).query(Integer.class).single())
                .as("the second try stores nothing").isEqualTo(1);
        mvc.perform(get("/college/admin/courses/" + course + "/feedback").cookie(collegeCookie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 5 students have answered")))
                .andExpect(content().string(not(containsString("Longer breaks"))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'college course feedback' AND object_id = :e")
                .param("e", enrolment.toString()).query(Integer.class).single()).as("the feedback given once is audited once").isEqualTo(auditedBefore + 1);
    }

    @Test
    void theCollegeDashboardShowsTheMixAndExportsCsv() throws Exception {
        // the figures, counted here another way: students with a live place or waitlist entry this term
        int usingServices = jdbc.sql("""
                SELECT count(DISTINCT st.id) FROM college_student st JOIN college_enrolment e ON e.student_id = st.id
                JOIN college_course c ON c.id = e.course_id WHERE c.term_id = :t AND e.status <> 'WITHDRAWN' AND st.uses_services
                """).param("t", thisTerm).query(Integer.class).single();
        String sleepWell = jdbc.sql("""
                SELECT count(*) FILTER (WHERE e.status = 'ENROLLED') || ',' || count(*) FILTER (WHERE e.status = 'WAITLISTED')
                FROM college_course c LEFT JOIN college_enrolment e ON e.course_id = c.id WHERE c.title = 'Sleep well'
                """).query(String.class).single();
        assertThat(usingServices).isPositive();
        mvc.perform(get("/college/admin").cookie(collegeCookie)).andExpect(status().isOk())
                .andExpect(content().string(containsString(usingServices + " use services")))
                .andExpect(content().string(containsString("Sleep well")));
        mvc.perform(get("/college/admin/dashboard.csv").cookie(collegeCookie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("course,status,places,enrolled,waitlisted")))
                .andExpect(content().string(containsString("\"Sleep well\",PUBLISHED,12," + sleepWell + ",")))
                .andExpect(content().string(containsString("\"Students who use services\",,," + usingServices + ",")));
        mvc.perform(get("/college/admin").cookie(tutor)).andExpect(status().isForbidden());
        mvc.perform(get("/college/students/" + UUID.randomUUID()).cookie(collegeCookie)).andExpect(status().isNotFound());
    }

    @Test
    void aPersonIsNotAStudentUntilTheyJoin() {
        assertThatThrownBy(() -> places.enrol(new CurrentUser(AccountId.of(UUID.randomUUID()), "x", "X", Set.of(Role.PERSON), null, null, OrganisationId.of(org)),
                CourseId.random(), null)).isInstanceOf(RuleRefusedException.class).hasMessageContaining("/college/join");
    }

    @Test
    void theAdministratorEnrolsAPersonAsTheStudentTheyAlreadyAreAndOnlyOnce() {
        CourseId first = publishedCourse("First of two", 12);
        CourseId second = publishedCourse("Second of two", 12);
        UUID person = jdbc.sql(NO_ACCOUNT + "AND NOT EXISTS (SELECT 1 FROM college_student s WHERE s.person_id = p.id) ORDER BY p.id LIMIT 1 OFFSET 3")
                .param("o", org).query(UUID.class).single();
        assertThat(places.enrol(admin, first, PersonId.of(person)).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(places.enrol(admin, second, PersonId.of(person)).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(jdbc.sql("SELECT count(*) FROM college_student WHERE person_id = :p").param("p", person).query(Integer.class).single())
                .as("one student record, used for both").isEqualTo(1);
        assertThatThrownBy(() -> places.enrol(admin, first, PersonId.of(person))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already enrolled");

        // A person whose account joined the college and chose to keep it apart from their record: that
        // student is neither used nor linked; the person gets a student record of their own, without the account.
        UUID[] withAccount = new UUID[2];
        withAccount[0] = jdbc.sql(NO_ACCOUNT + "AND NOT EXISTS (SELECT 1 FROM college_student s WHERE s.person_id = p.id) ORDER BY p.id LIMIT 1 OFFSET 4")
                .param("o", org).query(UUID.class).single();
        withAccount[1] = identity.createAccountWithHash(new tandem.identity.NewAccount("unlinked-student", null, Set.of(Role.PERSON), OrganisationId.of(org),
                PersonId.of(withAccount[0]), null), "{noop}not-used").value();
        UUID joined = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO college_student (id, organisation_id, account_id, given_name, family_name, contact_by)
                VALUES (:id, :o, :a, 'Joined', 'Unlinked', 'NONE')
                """).param("id", joined).param("o", org).param("a", withAccount[1]).update();
        assertThat(places.enrol(admin, first, PersonId.of(withAccount[0])).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(jdbc.sql("SELECT count(*) FROM college_enrolment WHERE student_id = :s").param("s", joined).query(Integer.class).single())
                .as("the student who kept apart is not enrolled by the administrator").isZero();
        assertThat(jdbc.sql("SELECT coalesce(CAST(account_id AS text), 'none') FROM college_student WHERE person_id = :p")
                .param("p", withAccount[0]).query(String.class).single()).as("a record of the person's own, without the account").isEqualTo("none");
        assertThat(jdbc.sql("SELECT person_id FROM college_student WHERE id = :s").param("s", joined).query(UUID.class).list())
                .as("still not linked").containsExactly((UUID) null);
    }
}
