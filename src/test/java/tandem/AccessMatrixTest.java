package tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tandem.support.DemoUsers;

/**
 * Every endpoint, every role, the expected answer. Fails when an endpoint has no row, so a new
 * endpoint cannot ship without saying who may use it.
 */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final List<String> WHO = List.of("anonymous", "alex", "jo", "sam", "pat", "tutor", "college", "lead", "admin",
            "robin");
    /** Accounts checked only on the rows that name them: the programme lead and the researcher. */
    static final List<String> EXTRA = List.of("network", "researcher");

    /** One endpoint: how to call it and what each user gets. */
    record Row(String method, String pattern, String path, Map<String, String> params, String json,
            Map<String, Integer> expected) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<String, Cookie[]> sessions = new HashMap<>();
    final Map<String, Row> matrix = new LinkedHashMap<>();

    @BeforeAll
    void signInAndDescribe() throws Exception {
        for (String u : DemoUsers.ALL) {
            sessions.put(u, DemoUsers.login(mvc, u));
        }
        for (String u : EXTRA) {
            sessions.put(u, DemoUsers.login(mvc, u));
        }
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID sam = DemoUsers.staffId(jdbc, "sam");
        UUID random = UUID.randomUUID();

        // Pages everyone signed in may open.
        page("GET", "/", "/", all(200));
        page("GET", "/login", "/login", with(all(200), "anonymous", 200));
        page("GET", "/login/second-factor", "/login/second-factor", all(403));
        form("/login/second-factor", "/login/second-factor", Map.of("code", "000000"), all(403));
        page("GET", "/account/second-factor", "/account/second-factor", all(200));
        form("/account/second-factor", "/account/second-factor", Map.of("code", "000000"), all(200));

        // The JSON API.
        api("GET", "/api/v1/me", "/api/v1/me", null, all(200));
        api("GET", "/api/v1/people", "/api/v1/people", null, all(200));
        api("POST", "/api/v1/people", "/api/v1/people", "{\"givenName\":\"Matrix\",\"familyName\":\"Test\"}",
                only(403, "admin", 201));
        api("GET", "/api/v1/people/{personId}", "/api/v1/people/" + alex, null,
                only(404, "alex", 200, "sam", 200, "pat", 200, "admin", 200, "robin", 200));
        api("GET", "/api/v1/people/{personId}/access-log", "/api/v1/people/" + alex + "/access-log", null,
                only(404, "alex", 200, "lead", 200));
        api("GET", "/api/v1/teams", "/api/v1/teams", null, all(200));

        // Measures.
        String qpr = "{\"instrument\":\"CHIME_CHECKIN\",\"answers\":{\"1\":5}}";
        api("GET", "/api/v1/instruments", "/api/v1/instruments", null, all(200));
        api("GET", "/api/v1/instruments/{code}", "/api/v1/instruments/QPR15", null, all(200));
        api("GET", "/api/v1/instruments/{code}/fhir", "/api/v1/instruments/GBO/fhir", null, all(200));
        String gbo = mvc.perform(get("/api/v1/instruments/GBO/fhir").cookie(sessions.get("admin"))).andReturn()
                .getResponse().getContentAsString();
        api("POST", "/api/v1/instruments", "/api/v1/instruments", gbo, only(403, "admin", 201));
        api("POST", "/api/v1/score", "/api/v1/score", qpr, all(200));
        api("POST", "/api/v1/people/{personId}/responses", "/api/v1/people/" + alex + "/responses", qpr,
                only(404, "alex", 201, "sam", 201, "pat", 201));
        api("GET", "/api/v1/people/{personId}/responses", "/api/v1/people/" + alex + "/responses", null,
                only(404, "alex", 200, "sam", 200, "pat", 200));
        page("GET", "/me/measures", "/me/measures", only(404, "alex", 200, "jo", 200));
        page("GET", "/me/measures/{code}", "/me/measures/CHIME_CHECKIN", only(404, "alex", 200, "jo", 200));
        page("GET", "/me/measures/{code}/new", "/me/measures/CHIME_CHECKIN/new", only(404, "alex", 200, "jo", 200));
        form("/me/measures/{code}", "/me/measures/CHIME_CHECKIN", Map.of("q1", "5"), only(404, "alex", 302, "jo", 302));
        page("GET", "/people/{personId}/measures", "/people/" + alex + "/measures", only(404, "alex", 200, "sam", 200, "pat", 200));
        page("GET", "/people/{personId}/measures/{code}", "/people/" + alex + "/measures/QPR15",
                only(404, "alex", 200, "sam", 200, "pat", 200));
        page("GET", "/people/{personId}/measures/{code}/new", "/people/" + alex + "/measures/QPR15/new",
                only(404, "alex", 200, "sam", 200, "pat", 200));
        form("/people/{personId}/measures/{code}", "/people/" + alex + "/measures/CHIME_CHECKIN", Map.of("q1", "5"),
                only(404, "alex", 302, "sam", 302, "pat", 302));

        UUID assignment = jdbc.sql("SELECT id FROM measure_assignment WHERE person_id = :p ORDER BY due_on LIMIT 1")
                .param("p", alex).query(UUID.class).single();
        form("/people/{personId}/measures/assignments", "/people/" + alex + "/measures/assignments",
                Map.of("instrument", ""), only(404, "sam", 200, "pat", 200));
        form("/people/{personId}/measures/assignments/{assignmentId}/link",
                "/people/" + alex + "/measures/assignments/" + assignment + "/link", Map.of(), only(404, "sam", 200, "pat", 200));
        form("/people/{personId}/measures/assignments/{assignmentId}/end",
                "/people/" + alex + "/measures/assignments/" + random + "/end", Map.of(), all(404));
        page("GET", "/q/{token}", "/q/" + "x".repeat(43), with(all(404), "anonymous", 404));
        form("/q/{token}", "/q/" + "x".repeat(43), Map.of("q1", "1"), with(all(404), "anonymous", 404));
        page("GET", "/measures/due", "/measures/due", only(404, "sam", 200, "pat", 200));
        api("POST", "/api/v1/people/{personId}/measures/requests", "/api/v1/people/" + alex + "/measures/requests",
                "{\"instrument\":\"HONOS\",\"from\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\"}",
                only(404, "sam", 422, "pat", 422));
        page("GET", "/me/measures/{code}/help", "/me/measures/PHQ9/help", only(404, "alex", 200, "jo", 200));
        form("/people/{personId}/measures/safety-alerts/{alertId}/seen",
                "/people/" + alex + "/measures/safety-alerts/" + random + "/seen", Map.of(), all(404));
        api("PUT", "/api/v1/teams/{teamId}/duty-contact", "/api/v1/teams/" + random + "/duty-contact", "{\"email\":\"\"}",
                only(403, "lead", 404, "admin", 404));
        page("GET", "/me/measures/relationships", "/me/measures/relationships", only(404, "alex", 200, "jo", 200));
        page("GET", "/people/{personId}/measures/relationships", "/people/" + alex + "/measures/relationships",
                only(404, "alex", 200, "sam", 200, "pat", 200));

        // Recovery plan: the person's own pages, their care team's view, supporters' shared crisis plan.
        UUID alexGoal = jdbc.sql("SELECT id FROM goal WHERE person_id = :p ORDER BY created_at LIMIT 1").param("p", alex)
                .query(UUID.class).single();
        UUID alexRisk = jdbc.sql("SELECT id FROM risk_plan WHERE person_id = :p LIMIT 1").param("p", alex).query(UUID.class).single();
        String ap = "/people/" + alex + "/plan";
        Map<String, Integer> persons = only(404, "alex", 200, "jo", 200);
        Map<String, Integer> alexsReaders = only(404, "alex", 200, "sam", 200, "pat", 200);
        for (String part : List.of("", "/values", "/strengths", "/history", "/sessions", "/chime", "/crisis", "/risk", "/journal")) {
            page("GET", "/me/plan" + part, "/me/plan" + part, persons);
            page("GET", "/people/{personId}/plan" + part, ap + part,
                    part.equals("/journal") ? only(404, "alex", 200) : alexsReaders);
        }
        form("/me/plan/values", "/me/plan/values", Map.of("whatMatters", ""), persons);
        form("/people/{personId}/plan/heard", ap + "/heard", Map.of("heard", ""), only(404, "alex", 403, "sam", 302, "pat", 302));
        form("/me/plan/strengths", "/me/plan/strengths", Map.of("priorities", ""), persons);
        page("GET", "/me/plan/goals/new", "/me/plan/goals/new", persons);
        form("/me/plan/goals", "/me/plan/goals", Map.of("text", ""), persons);
        page("GET", "/me/plan/goals/{goalId}", "/me/plan/goals/" + alexGoal, only(404, "alex", 200));
        page("GET", "/people/{personId}/plan/goals/{goalId}", ap + "/goals/" + alexGoal, alexsReaders);
        page("GET", "/me/plan/goals/{goalId}/edit", "/me/plan/goals/" + alexGoal + "/edit", only(404, "alex", 200));
        form("/me/plan/goals/{goalId}", "/me/plan/goals/" + alexGoal, Map.of("text", ""), only(404, "alex", 200));
        form("/me/plan/goals/{goalId}/status", "/me/plan/goals/" + alexGoal + "/status", Map.of("status", ""),
                only(404, "alex", 400));
        form("/me/plan/goals/{goalId}/steps", "/me/plan/goals/" + alexGoal + "/steps", Map.of("what", ""), only(404, "alex", 200));
        form("/me/plan/goals/{goalId}/steps/{stepId}/done", "/me/plan/goals/" + alexGoal + "/steps/" + random + "/done", Map.of(),
                all(404));
        form("/me/plan/goals/{goalId}/reviews", "/me/plan/goals/" + alexGoal + "/reviews", Map.of("level", ""),
                only(404, "alex", 200));
        form("/people/{personId}/plan/goals/{goalId}/reviews", ap + "/goals/" + alexGoal + "/reviews", Map.of("level", ""),
                alexsReaders);
        form("/people/{personId}/plan/suggestions", ap + "/suggestions", Map.of("text", ""),
                only(404, "alex", 403, "sam", 302, "pat", 302));
        form("/me/plan/suggestions/{suggestionId}/decline", "/me/plan/suggestions/" + random + "/decline", Map.of(), all(404));
        form("/people/{personId}/plan/sessions", ap + "/sessions", Map.of("notes", ""), only(404, "alex", 403, "sam", 200, "pat", 200));
        form("/me/plan/sessions/{sessionId}/reflection", "/me/plan/sessions/" + random + "/reflection", Map.of("reflection", ""),
                persons);
        page("GET", "/me/plan/crisis/edit", "/me/plan/crisis/edit", persons);
        form("/me/plan/crisis", "/me/plan/crisis", Map.of(), persons);
        form("/me/plan/crisis/sharing", "/me/plan/crisis/sharing", Map.of(), only(404, "alex", 302, "jo", 302));
        page("GET", "/me/plan/crisis.pdf", "/me/plan/crisis.pdf", only(404, "alex", 200));
        page("GET", "/people/{personId}/plan/crisis.pdf", ap + "/crisis.pdf", alexsReaders);
        page("GET", "/supporting/{personId}/crisis-plan", "/supporting/" + alex + "/crisis-plan",
                only(404, "alex", 200, "sam", 200, "pat", 200, "robin", 200));
        page("GET", "/supporting/{personId}/crisis-plan.pdf", "/supporting/" + alex + "/crisis-plan.pdf",
                only(404, "alex", 200, "sam", 200, "pat", 200, "robin", 200));
        form("/me/plan/risk", "/me/plan/risk", Map.of("goal", ""), persons);
        form("/people/{personId}/plan/risk", ap + "/risk", Map.of("goal", ""), alexsReaders);
        page("GET", "/me/plan/risk/{planId}", "/me/plan/risk/" + alexRisk, only(404, "alex", 200));
        page("GET", "/people/{personId}/plan/risk/{planId}", ap + "/risk/" + alexRisk, alexsReaders);
        form("/me/plan/risk/{planId}", "/me/plan/risk/" + alexRisk, Map.of("goal", ""), only(404, "alex", 200));
        form("/people/{personId}/plan/risk/{planId}", ap + "/risk/" + alexRisk, Map.of("goal", ""), alexsReaders);
        form("/me/plan/risk/{planId}/agree", "/me/plan/risk/" + alexRisk + "/agree", Map.of("version", "-1"), only(404, "alex", 302));
        form("/people/{personId}/plan/risk/{planId}/agree", ap + "/risk/" + alexRisk + "/agree", Map.of("version", "-1"),
                only(404, "alex", 302, "sam", 302, "pat", 302));
        form("/me/plan/journal", "/me/plan/journal", Map.of("way", ""), persons);
        form("/me/plan/journal/sharing", "/me/plan/journal/sharing", Map.of("share", "no"), only(404, "alex", 302, "jo", 302));
        page("GET", "/plan/participation", "/plan/participation", only(404, "sam", 200, "pat", 200, "lead", 200));
        // Each plan page is mapped under both bases; the person's own pages have no care-team address and
        // the care team's have none under /me/plan: those addresses answer 404 to everyone.
        for (String part : List.of("/values", "/strengths", "/goals", "/goals/{goalId}", "/goals/{goalId}/status",
                "/goals/{goalId}/steps", "/goals/{goalId}/steps/{stepId}/done", "/suggestions/{suggestionId}/decline",
                "/sessions/{sessionId}/reflection", "/crisis", "/crisis/sharing", "/journal", "/journal/sharing")) {
            form("/people/{personId}/plan" + part, ap + part.replace("{goalId}", alexGoal.toString()).replace("{stepId}", random.toString())
                    .replace("{suggestionId}", random.toString()).replace("{sessionId}", random.toString()), Map.of(), all(404));
        }
        page("GET", "/people/{personId}/plan/goals/new", ap + "/goals/new", all(404));
        page("GET", "/people/{personId}/plan/goals/{goalId}/edit", ap + "/goals/" + alexGoal + "/edit", all(404));
        page("GET", "/people/{personId}/plan/crisis/edit", ap + "/crisis/edit", all(404));
        for (String part : List.of("/heard", "/suggestions", "/sessions")) {
            form("/me/plan" + part, "/me/plan" + part, Map.of("text", "x"), all(404));
        }
        api("POST", "/api/v1/people/{personId}/goals", "/api/v1/people/" + alex + "/goals", "{\"text\":\"\"}",
                only(404, "alex", 400, "sam", 403, "pat", 403));
        api("GET", "/api/v1/people/{personId}/goals", "/api/v1/people/" + alex + "/goals", null, alexsReaders);
        api("POST", "/api/v1/people/{personId}/goals/{goalId}/suggestions",
                "/api/v1/people/" + alex + "/goals/" + alexGoal + "/suggestions", "{\"text\":\"\"}",
                only(404, "alex", 403, "sam", 400, "pat", 400));
        api("POST", "/api/v1/people/{personId}/goals/{goalId}/reviews",
                "/api/v1/people/" + alex + "/goals/" + alexGoal + "/reviews", "{\"level\":9}",
                only(404, "alex", 400, "sam", 400, "pat", 400));
        api("GET", "/api/v1/people/{personId}/goal-attainment", "/api/v1/people/" + alex + "/goal-attainment", null, alexsReaders);

        // Clinical recovery beside personal recovery.
        page("GET", "/me/recovery", "/me/recovery", only(404, "alex", 200, "jo", 200));
        page("GET", "/people/{personId}/recovery", "/people/" + alex + "/recovery", only(404, "alex", 200, "sam", 200, "pat", 200));
        form("/me/recovery/observations", "/me/recovery/observations", Map.of(), only(404, "alex", 200, "jo", 200));
        form("/people/{personId}/recovery/observations", "/people/" + alex + "/recovery/observations", Map.of(),
                only(404, "alex", 200, "sam", 200, "pat", 200));
        api("POST", "/api/v1/people/{personId}/observations", "/api/v1/people/" + alex + "/observations", "{}",
                only(404, "alex", 400, "sam", 400, "pat", 400));
        api("GET", "/api/v1/people/{personId}/observations", "/api/v1/people/" + alex + "/observations", null,
                only(404, "alex", 200, "sam", 200, "pat", 200));
        api("GET", "/api/v1/people/{personId}/clinical-recovery", "/api/v1/people/" + alex + "/clinical-recovery", null,
                only(404, "alex", 200, "sam", 200, "pat", 200));

        // Outcome dashboards and research extracts.
        Map<String, Integer> dashboards = with(with(only(403, "sam", 200, "pat", 200, "lead", 200), "network", 200), "researcher", 403);
        page("GET", "/dashboard", "/dashboard", dashboards);
        page("GET", "/dashboard.csv", "/dashboard.csv", dashboards);
        api("GET", "/api/v1/dashboard", "/api/v1/dashboard", null, dashboards);
        Map<String, Integer> researcher = with(with(only(403), "researcher", 200), "network", 403);
        page("GET", "/research", "/research", researcher);
        form("/research/extracts", "/research/extracts", Map.of(), researcher);
        form("/me/research", "/me/research", Map.of("choice", "perhaps"), only(404, "alex", 400, "jo", 400));

        // Recovery College.
        UUID course = jdbc.sql("SELECT id FROM college_course WHERE title = 'Understanding recovery'").query(UUID.class).single();
        UUID draft = jdbc.sql("SELECT id FROM college_course WHERE status = 'DRAFT' LIMIT 1").query(UUID.class).single();
        UUID session = jdbc.sql("SELECT id FROM college_session WHERE course_id = :c ORDER BY starts_at LIMIT 1").param("c", course)
                .query(UUID.class).single();
        UUID alexStudent = jdbc.sql("SELECT id FROM college_student WHERE person_id = :p").param("p", alex).query(UUID.class).single();
        UUID alexDone = jdbc.sql("""
                SELECT e.id FROM college_enrolment e JOIN college_course c ON c.id = e.course_id
                WHERE e.student_id = :s AND c.title = 'Discovering recovery'
                """).param("s", alexStudent).query(UUID.class).single();
        Map<String, Integer> collegeAdmin = only(403, "college", 200);
        page("GET", "/college", "/college", with(all(200), "anonymous", 200));
        page("GET", "/college/courses/{id}", "/college/courses/" + course, with(all(200), "anonymous", 200));
        page("GET", "/college/courses/{id}/sessions.ics", "/college/courses/" + course + "/sessions.ics", with(all(200), "anonymous", 200));
        form("/admin/staff/{staffId}/account/disable", "/admin/staff/" + random + "/account/disable", Map.of(), only(403, "admin", 404));
        form("/admin/staff/{staffId}/account/enable", "/admin/staff/" + random + "/account/enable", Map.of(), only(403, "admin", 404));
        page("GET", "/account/sessions", "/account/sessions", all(200));
        form("/account/sessions/{handle}/end", "/account/sessions/" + random + "/end", Map.of(), all(404));
        form("/account/sessions/end-others", "/account/sessions/end-others", Map.of(), all(302));
        page("GET", "/account/reset", "/account/reset", with(all(200), "anonymous", 200));
        form("/account/reset", "/account/reset", Map.of("username", "nobody-with-this-name"), with(all(200), "anonymous", 200));
        page("GET", "/account/reset/{token}", "/account/reset/" + "x".repeat(43), with(all(410), "anonymous", 410));
        form("/account/reset/{token}", "/account/reset/" + "x".repeat(43), Map.of("password", "p", "confirm", "p"),
                with(all(410), "anonymous", 410));
        page("GET", "/invitations/{token}", "/invitations/" + "x".repeat(43), with(all(410), "anonymous", 410));
        form("/invitations/{token}", "/invitations/" + "x".repeat(43), Map.of("username", "matrix", "password", "p", "confirm", "p"),
                with(all(410), "anonymous", 410));
        // the person's own sign-in instead of a password: not set up here, so the link is gone for everyone
        form("/invitations/{token}/provider", "/invitations/" + "x".repeat(43) + "/provider", Map.of(), with(all(410), "anonymous", 410));
        // Single sign-on (off here: no provider configured): the pages around it are public, the settings administrators'.
        page("GET", "/login/sso/problem", "/login/sso/problem", with(all(400), "anonymous", 400));
        page("GET", "/login/sso/link", "/login/sso/link", with(all(302), "anonymous", 302));
        form("/login/sso/link", "/login/sso/link", Map.of(), with(all(302), "anonymous", 302));
        form("/login/sso/signed-out", "/login/sso/signed-out", Map.of(), with(all(302), "anonymous", 302));
        page("GET", "/admin/sso", "/admin/sso", only(403, "admin", 200));
        form("/admin/sso/required", "/admin/sso/required", Map.of("required", "false"), only(403, "admin", 302));
        page("GET", "/college/register", "/college/register", with(all(200), "anonymous", 200));
        form("/college/register", "/college/register", Map.of(), with(all(200), "anonymous", 200));
        page("GET", "/college/join", "/college/join", only(200, "alex", 302, "sam", 302, "robin", 302));
        // someone who is already a student is shown the form again with the reason, like any refused form
        form("/college/join", "/college/join", Map.of(), all(200));
        page("GET", "/college/me", "/college/me", all(200));
        form("/college/me/goals", "/college/me/goals", Map.of("goals", "x".repeat(4001)), all(200));
        form("/college/courses/{id}/enrol", "/college/courses/" + draft + "/enrol", Map.of(), only(302, "alex", 404, "sam", 404, "robin", 404));
        form("/college/courses/{id}/withdraw", "/college/courses/" + random + "/withdraw", Map.of(),
                only(422, "alex", 404, "sam", 404, "robin", 404));
        page("GET", "/college/me/enrolments/{id}/feedback", "/college/me/enrolments/" + random + "/feedback", all(404));
        form("/college/me/enrolments/{id}/feedback", "/college/me/enrolments/" + random + "/feedback", Map.of(), all(404));
        page("GET", "/college/me/enrolments/{id}/certificate.pdf", "/college/me/enrolments/" + alexDone + "/certificate.pdf",
                only(404, "alex", 200, "college", 200));
        page("GET", "/college/teaching", "/college/teaching", only(200, "alex", 403, "jo", 403, "robin", 403));
        page("GET", "/college/sessions/{id}/register", "/college/sessions/" + session + "/register", only(404, "tutor", 200, "college", 200));
        form("/college/sessions/{id}/register", "/college/sessions/" + session + "/register", Map.of(), only(404, "tutor", 302, "college", 302));
        page("GET", "/college/admin", "/college/admin", collegeAdmin);
        page("GET", "/college/admin/dashboard.csv", "/college/admin/dashboard.csv", collegeAdmin);
        page("GET", "/college/admin/terms", "/college/admin/terms", collegeAdmin);
        form("/college/admin/terms", "/college/admin/terms", Map.of(), collegeAdmin);
        page("GET", "/college/admin/courses/new", "/college/admin/courses/new", collegeAdmin);
        form("/college/admin/courses", "/college/admin/courses", Map.of(), collegeAdmin);
        page("GET", "/college/admin/courses/{id}", "/college/admin/courses/" + course, collegeAdmin);
        form("/college/admin/courses/{id}", "/college/admin/courses/" + course, Map.of(), collegeAdmin);
        form("/college/admin/courses/{id}/sessions", "/college/admin/courses/" + course + "/sessions", Map.of(), collegeAdmin);
        form("/college/admin/courses/{id}/sessions/{sessionId}/delete", "/college/admin/courses/" + course + "/sessions/" + random + "/delete",
                Map.of(), only(403, "college", 404));
        form("/college/admin/courses/{id}/trainers", "/college/admin/courses/" + course + "/trainers", Map.of(), collegeAdmin);
        form("/college/admin/courses/{id}/trainers/{staffId}/delete", "/college/admin/courses/" + course + "/trainers/" + random + "/delete",
                Map.of(), only(403, "college", 302));
        form("/college/admin/courses/{id}/publish", "/college/admin/courses/" + draft + "/publish", Map.of(), collegeAdmin);
        page("GET", "/college/admin/courses/{id}/feedback", "/college/admin/courses/" + course + "/feedback", collegeAdmin);
        page("GET", "/college/admin/students", "/college/admin/students", collegeAdmin);
        page("GET", "/college/students/{id}", "/college/students/" + alexStudent, only(404, "college", 200, "tutor", 200));
        form("/college/students/{id}/tutor", "/college/students/" + alexStudent + "/tutor", Map.of("tutorId", "nobody"), collegeAdmin);
        form("/college/students/{id}/notes", "/college/students/" + alexStudent + "/notes", Map.of(), only(404, "college", 200, "tutor", 200));
        api("GET", "/api/v1/college/courses", "/api/v1/college/courses", null, with(all(200), "anonymous", 200));
        api("POST", "/api/v1/college/courses/{id}/enrolments", "/api/v1/college/courses/" + draft + "/enrolments", null,
                only(422, "alex", 404, "sam", 404, "robin", 404));
        api("DELETE", "/api/v1/college/courses/{id}/enrolments/me", "/api/v1/college/courses/" + random + "/enrolments/me", null,
                only(422, "alex", 404, "sam", 404, "robin", 404));

        // Organisational change and the workforce.
        UUID pat = DemoUsers.staffId(jdbc, "pat");
        UUID north = jdbc.sql("SELECT id FROM team WHERE name = 'North Community'").query(UUID.class).single();
        UUID assessment = jdbc.sql("SELECT id FROM change_assessment ORDER BY assessed_on DESC LIMIT 1").query(UUID.class).single();
        UUID openCycle = jdbc.sql("SELECT id FROM change_cycle WHERE closed_at IS NULL LIMIT 1").query(UUID.class).single();
        Map<String, Integer> staffOnly = only(404, "sam", 200, "pat", 200, "tutor", 200, "college", 200, "lead", 200, "admin", 200);
        Map<String, Integer> leadOnly = only(404, "lead", 200);
        page("GET", "/workforce/me", "/workforce/me", staffOnly);
        form("/workforce/me/lived-experience", "/workforce/me/lived-experience", Map.of(), staffOnly);
        page("GET", "/workforce", "/workforce", only(403, "lead", 200));
        page("GET", "/workforce/staff/{staffId}", "/workforce/staff/" + sam, only(404, "lead", 200, "sam", 200));
        form("/workforce/staff/{staffId}/roles", "/workforce/staff/" + sam + "/roles", Map.of(), only(403, "lead", 302));
        form("/workforce/staff/{staffId}/supervision", "/workforce/staff/" + pat + "/supervision", Map.of(), only(403, "lead", 200));
        form("/workforce/staff/{staffId}/training", "/workforce/staff/" + pat + "/training", Map.of(), only(403, "lead", 200));
        api("GET", "/api/v1/workforce/me/lived-experience", "/api/v1/workforce/me/lived-experience", null, staffOnly);
        api("PUT", "/api/v1/workforce/me/lived-experience", "/api/v1/workforce/me/lived-experience", "{}",
                only(404, "sam", 400, "pat", 400, "tutor", 400, "college", 400, "lead", 400, "admin", 400));
        api("GET", "/api/v1/workforce/lived-experience", "/api/v1/workforce/lived-experience", null, only(403, "lead", 200));
        api("GET", "/api/v1/change/teams/{teamId}/priorities", "/api/v1/change/teams/" + north + "/priorities", null,
                only(404, "lead", 200, "sam", 200, "pat", 200));
        api("POST", "/api/v1/change/teams/{teamId}/priorities", "/api/v1/change/teams/" + north + "/priorities", "{}",
                only(404, "lead", 400));
        api("GET", "/api/v1/change/cycles", "/api/v1/change/cycles", null, leadOnly);
        api("POST", "/api/v1/change/cycles", "/api/v1/change/cycles", "{}", only(404, "lead", 400));
        api("POST", "/api/v1/change/cycles/{id}/steps", "/api/v1/change/cycles/" + openCycle + "/steps", "{}", only(404, "lead", 400));
        api("POST", "/api/v1/change/cycles/{id}/close", "/api/v1/change/cycles/" + openCycle + "/close", null, only(404, "lead", 409));
        api("GET", "/api/v1/change/programme", "/api/v1/change/programme", null, all(404));
        api("GET", "/api/v1/change/fidelity", "/api/v1/change/fidelity", null, only(404, "college", 200, "lead", 200));
        api("POST", "/api/v1/change/fidelity", "/api/v1/change/fidelity", "{}", only(404, "college", 400, "lead", 403));
        api("GET", "/api/v1/workforce/staff/{staffId}", "/api/v1/workforce/staff/" + sam, null, only(404, "lead", 200, "sam", 200));
        api("POST", "/api/v1/workforce/staff/{staffId}/roles", "/api/v1/workforce/staff/" + sam + "/roles", "{\"roles\":[\"BOSS\"]}",
                only(403, "lead", 400));
        api("POST", "/api/v1/workforce/staff/{staffId}/supervision", "/api/v1/workforce/staff/" + pat + "/supervision", "{}",
                only(403, "lead", 400));
        api("POST", "/api/v1/workforce/staff/{staffId}/training", "/api/v1/workforce/staff/" + pat + "/training", "{}",
                only(403, "lead", 400));
        api("GET", "/api/v1/workforce/dashboard", "/api/v1/workforce/dashboard", null, only(403, "lead", 200));
        page("GET", "/change", "/change", leadOnly);
        page("GET", "/change/assessments/new", "/change/assessments/new", leadOnly);
        form("/change/assessments", "/change/assessments", Map.of(), leadOnly);
        page("GET", "/change/assessments/{id}", "/change/assessments/" + assessment, leadOnly);
        page("GET", "/change/evidence/{fileId}", "/change/evidence/" + random, all(404));
        page("GET", "/change/teams/{teamId}", "/change/teams/" + north, only(404, "lead", 200, "sam", 200, "pat", 200));
        form("/change/teams/{teamId}", "/change/teams/" + north, Map.of(), leadOnly);
        page("GET", "/change/cycles", "/change/cycles", leadOnly);
        form("/change/cycles", "/change/cycles", Map.of(), leadOnly);
        page("GET", "/change/cycles/{id}", "/change/cycles/" + openCycle, leadOnly);
        form("/change/cycles/{id}/steps", "/change/cycles/" + openCycle + "/steps", Map.of(), leadOnly);
        form("/change/cycles/{id}/close", "/change/cycles/" + openCycle + "/close", Map.of(), only(404, "lead", 302));
        form("/change/colleges", "/change/colleges", Map.of(), only(404, "lead", 302));
        page("GET", "/change/programme", "/change/programme", all(404));
        page("GET", "/change/fidelity", "/change/fidelity", only(404, "college", 200, "lead", 200));
        form("/change/fidelity", "/change/fidelity", Map.of(), only(404, "college", 200, "lead", 403));
        api("GET", "/api/v1/change/challenges", "/api/v1/change/challenges", null, all(200));
        api("POST", "/api/v1/change/assessments", "/api/v1/change/assessments", "{}", only(404, "lead", 400));
        api("GET", "/api/v1/change/assessments", "/api/v1/change/assessments", null, leadOnly);

        // Community: public pages, stories, moderation, groups and resources.
        UUID published = jdbc.sql("SELECT id FROM story WHERE title = 'Small steps back to the allotment'").query(UUID.class).single();
        UUID pending = jdbc.sql("SELECT id FROM story WHERE title = 'What the walking group gave me'").query(UUID.class).single();
        UUID alexPrivate = jdbc.sql("SELECT id FROM story WHERE title = 'Notes to myself'").query(UUID.class).single();
        UUID walk = jdbc.sql("SELECT id FROM community_group WHERE name = 'Saturday walk and talk'").query(UUID.class).single();
        Map<String, Integer> everyone = with(all(200), "anonymous", 200);
        page("GET", "/stories", "/stories", everyone);
        page("GET", "/stories/{id}", "/stories/" + published, with(all(200), "anonymous", 200));
        form("/stories/{id}/save", "/stories/" + published + "/save", Map.of(), only(403, "alex", 302, "jo", 302));
        form("/me/stories/saved/{id}/remove", "/me/stories/saved/" + random + "/remove", Map.of(), all(404));
        page("GET", "/house-rules", "/house-rules", with(all(200), "anonymous", 200));
        page("GET", "/me/stories", "/me/stories", all(200));
        page("GET", "/me/stories/new", "/me/stories/new", all(200));
        form("/me/stories", "/me/stories", Map.of("title", ""), all(200));
        page("GET", "/me/stories/{id}/edit", "/me/stories/" + alexPrivate + "/edit", only(404, "alex", 200));
        form("/me/stories/{id}", "/me/stories/" + alexPrivate, Map.of("title", ""), only(404, "alex", 200));
        form("/me/stories/{id}/withdraw", "/me/stories/" + random + "/withdraw", Map.of(), all(404));
        page("GET", "/moderation", "/moderation", only(404, "pat", 200, "admin", 200));
        page("GET", "/moderation/{id}", "/moderation/" + pending, only(404, "pat", 200, "admin", 200));
        form("/moderation/{id}", "/moderation/" + pending, Map.of("decision", ""), only(404, "pat", 200, "admin", 200));
        api("POST", "/api/v1/stories", "/api/v1/stories", "{\"title\":\"\"}", all(400));
        api("GET", "/api/v1/stories", "/api/v1/stories", null, with(all(200), "anonymous", 200));
        api("GET", "/api/v1/stories/{id}", "/api/v1/stories/" + published, null, with(all(200), "anonymous", 200));
        api("PUT", "/api/v1/stories/{id}", "/api/v1/stories/" + alexPrivate, "{}", only(404, "alex", 400));
        api("DELETE", "/api/v1/stories/{id}", "/api/v1/stories/" + random, null, all(404));
        api("POST", "/api/v1/stories/{id}/moderation", "/api/v1/stories/" + pending + "/moderation", "{\"decision\":\"\"}",
                only(404, "pat", 400, "admin", 400));
        api("GET", "/api/v1/groups", "/api/v1/groups", null, with(all(200), "anonymous", 200));
        api("GET", "/api/v1/resources", "/api/v1/resources", null, with(all(200), "anonymous", 200));
        page("GET", "/groups", "/groups", with(all(200), "anonymous", 200));
        page("GET", "/groups/{id}", "/groups/" + walk, with(all(200), "anonymous", 200));
        form("/groups/{id}/join", "/groups/" + walk + "/join", Map.of("role", "BOSS"), all(200));
        form("/groups/{id}/leave", "/groups/" + random + "/leave", Map.of(), all(404));
        page("GET", "/resources", "/resources", with(all(200), "anonymous", 200));
        page("GET", "/resources/{key}", "/resources/leamy-2011", with(all(200), "anonymous", 200));
        page("GET", "/resources/export.ris", "/resources/export.ris", with(all(200), "anonymous", 200));
        page("GET", "/resources/export.bib", "/resources/export.bib", with(all(200), "anonymous", 200));

        // People pages.
        page("GET", "/people", "/people", only(404, "sam", 200, "pat", 200, "admin", 200));
        page("GET", "/people/{personId}", "/people/" + alex, only(404, "alex", 200, "sam", 200, "pat", 200));
        // a number other than the one held: the permitted are sent back to the page with the reason, nothing changes
        form("/people/{personId}/nhs-number/checked", "/people/" + alex + "/nhs-number/checked", Map.of("nhsNumber", "0000000000"),
                only(404, "sam", 302, "pat", 302));
        // invitations: only the care team invites (Alex has an account already, so they get 409 or the form again, and nothing is sent)
        api("POST", "/api/v1/people/{personId}/invitations", "/api/v1/people/" + alex + "/invitations", "{\"email\":\"matrix@example.org\"}",
                only(404, "sam", 409, "pat", 409, "alex", 403, "lead", 403, "admin", 403, "robin", 403));
        form("/people/{personId}/invitations", "/people/" + alex + "/invitations", Map.of("email", "matrix@example.org"),
                only(404, "sam", 200, "pat", 200, "alex", 403, "lead", 403, "admin", 403, "robin", 403));
        form("/people/{personId}/invitations/{invitationId}/revoke", "/people/" + alex + "/invitations/" + random + "/revoke", Map.of(),
                only(404, "alex", 403, "lead", 403, "admin", 403, "robin", 403));
        page("GET", "/people/{personId}/emergency-access", "/people/" + alex + "/emergency-access", only(404, "sam", 200));
        form("/people/{personId}/emergency-access", "/people/" + alex + "/emergency-access", Map.of("reason", ""),
                only(404, "sam", 200));
        page("GET", "/people/{personId}/access-log", "/people/" + alex + "/access-log", only(404, "alex", 200, "lead", 200));
        page("GET", "/me", "/me", only(404, "alex", 200, "jo", 200));
        form("/me/sharing", "/me/sharing", Map.of("choice", "share"), only(404, "alex", 302, "jo", 302));
        form("/me/supporters/{linkId}/end", "/me/supporters/" + random + "/end", Map.of(), all(404));
        page("GET", "/me/access-log", "/me/access-log", only(404, "alex", 200, "jo", 200));
        page("GET", "/supporting", "/supporting", only(404, "robin", 200));
        page("GET", "/supporting/{personId}", "/supporting/" + alex,
                only(404, "robin", 200, "alex", 200, "sam", 200, "pat", 200));

        // Administration: administrators only (403 for everyone else).
        Map<String, Integer> adminOnly = only(403, "admin", 200);
        page("GET", "/admin", "/admin", adminOnly);
        page("GET", "/admin/organisation", "/admin/organisation", adminOnly);
        form("/admin/sites", "/admin/sites", Map.of("siteName", ""), adminOnly);
        form("/admin/teams", "/admin/teams", Map.of("teamName", ""), adminOnly);
        page("GET", "/admin/audit", "/admin/audit", adminOnly);
        page("GET", "/admin/people", "/admin/people", adminOnly);
        page("GET", "/admin/people/new", "/admin/people/new", adminOnly);
        form("/admin/people", "/admin/people", Map.of("givenName", ""), adminOnly);
        page("GET", "/admin/people/{personId}", "/admin/people/" + alex, adminOnly);
        form("/admin/people/{personId}", "/admin/people/" + alex, Map.of("version", "0", "givenName", ""), adminOnly);
        form("/admin/people/{personId}/caseload", "/admin/people/" + alex + "/caseload", Map.of(), adminOnly);
        form("/admin/people/{personId}/caseload/{caseloadId}/end", "/admin/people/" + alex + "/caseload/" + random + "/end",
                Map.of("to", "2026-01-01"), only(403, "admin", 404));
        form("/admin/people/{personId}/supporters", "/admin/people/" + alex + "/supporters", Map.of(), adminOnly);
        page("GET", "/admin/staff", "/admin/staff", adminOnly);
        page("GET", "/admin/staff/new", "/admin/staff/new", adminOnly);
        form("/admin/staff", "/admin/staff", Map.of("givenName", ""), adminOnly);
        page("GET", "/admin/staff/{staffId}", "/admin/staff/" + sam, adminOnly);
        form("/admin/staff/{staffId}", "/admin/staff/" + sam, Map.of("version", "0", "givenName", ""), adminOnly);
        page("GET", "/admin/import", "/admin/import", adminOnly);
        page("GET", "/admin/instruments", "/admin/instruments", adminOnly);
        form("/admin/instruments", "/admin/instruments", Map.of(), adminOnly);
        form("/admin/import", "/admin/import", Map.of(), adminOnly);
        page("GET", "/admin/groups", "/admin/groups", adminOnly);
        page("GET", "/admin/groups/new", "/admin/groups/new", adminOnly);
        form("/admin/groups", "/admin/groups", Map.of("name", ""), adminOnly);
        page("GET", "/admin/groups/{id}", "/admin/groups/" + walk, adminOnly);
        form("/admin/groups/{id}", "/admin/groups/" + walk, Map.of("name", ""), adminOnly);
        page("GET", "/admin/resources/new", "/admin/resources/new", adminOnly);
        form("/admin/resources", "/admin/resources", Map.of("key", ""), adminOnly);
        page("GET", "/admin/resources/{key}", "/admin/resources/leamy-2011", adminOnly);
        form("/admin/resources/{key}", "/admin/resources/leamy-2011", Map.of("title", ""), adminOnly);
        // Other systems' API clients (bearer callers: ApiTokensTest and ScopeRulesTest).
        api("POST", "/api/v1/admin/api-clients", "/api/v1/admin/api-clients",
                "{\"name\":\"Matrix client\",\"scopes\":[\"system/Patient.read\"]}", only(403, "admin", 201));
        page("GET", "/admin/api-clients", "/admin/api-clients", adminOnly);
        form("/admin/api-clients", "/admin/api-clients", Map.of("name", ""), adminOnly);
        for (String action : List.of("disable", "enable", "rotate")) {
            form("/admin/api-clients/{clientId}/" + action, "/admin/api-clients/tandem-nosuchclient/" + action, Map.of(),
                    only(403, "admin", 404));
        }
        // SMART apps (the authorization endpoint and bearer callers with user tokens: SmartAppLaunchTest).
        page("GET", "/.well-known/smart-configuration", "/.well-known/smart-configuration", with(all(200), "anonymous", 200));
        page("GET", "/oauth2/consent", "/oauth2/consent?client_id=tandem-app-nosuch&state=abc&scope=patient/Patient.read", all(404));
        form("/account/apps/{clientId}/stop", "/account/apps/tandem-app-nosuch/stop", Map.of(), all(404));
        api("POST", "/api/v1/admin/smart-apps", "/api/v1/admin/smart-apps",
                "{\"name\":\"Matrix app\",\"redirectUris\":[\"https://app.example.test/cb\"],\"scopes\":[\"patient/Patient.read\"]}",
                only(403, "admin", 201));
    }

    @Test
    void everyEndpointHasARowInTheMatrix() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("tandem")
                    || e.getValue().getBeanType().getSimpleName().equals("ErrorPageController")) {
                continue;
            }
            Set<String> patterns = e.getKey().getPatternValues();
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String p : patterns) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + p);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + p));
            }
        }
        assertThat(matrix.keySet()).as("endpoints in the access matrix").containsAll(endpoints);
    }

    @Test
    void everyRoleGetsTheExpectedAnswerFromEveryEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix.values()) {
            List<String> callers = new ArrayList<>(WHO);
            EXTRA.stream().filter(row.expected()::containsKey).forEach(callers::add);
            for (String who : callers) {
                int expected = row.expected().get(who);
                int actual = call(row, who);
                if (actual != expected) {
                    wrong.add(row.method() + " " + row.pattern() + " as " + who + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int call(Row row, String who) throws Exception {
        MockHttpServletRequestBuilder request = switch (row.method()) {
            case "GET" -> get(row.path());
            case "PUT" -> put(row.path()).with(csrf());
            case "DELETE" -> delete(row.path()).with(csrf());
            default -> post(row.path()).with(csrf());
        };
        row.params().forEach(request::param);
        if (row.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(row.json());
        }
        if (row.path().startsWith("/api/")) {
            request.accept(MediaType.APPLICATION_JSON);
        }
        if (!"anonymous".equals(who)) {
            request.cookie(sessions.get(who));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    // Anonymous callers: pages redirect to the login page, the API answers 401.

    private void page(String method, String pattern, String path, Map<String, Integer> expected) {
        add(new Row(method, pattern, path, Map.of(), null, withAnonymous(expected, 302)));
    }

    private void form(String pattern, String path, Map<String, String> params, Map<String, Integer> expected) {
        add(new Row("POST", pattern, path, params, null, withAnonymous(expected, 302)));
    }

    private void api(String method, String pattern, String path, String json, Map<String, Integer> expected) {
        add(new Row(method, pattern, path, Map.of(), json, withAnonymous(expected, 401)));
    }

    private void add(Row row) {
        matrix.put(row.method() + " " + row.pattern(), row);
    }

    private static Map<String, Integer> withAnonymous(Map<String, Integer> expected, int anonymous) {
        Map<String, Integer> m = new HashMap<>(expected);
        m.putIfAbsent("anonymous", anonymous);
        return m;
    }

    private static Map<String, Integer> all(int status) {
        Map<String, Integer> m = new HashMap<>();
        DemoUsers.ALL.forEach(u -> m.put(u, status));
        return m;
    }

    private static Map<String, Integer> with(Map<String, Integer> m, String who, int status) {
        m.put(who, status);
        return m;
    }

    private static Map<String, Integer> only(int others, Object... pairs) {
        Map<String, Integer> m = all(others);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }
}
