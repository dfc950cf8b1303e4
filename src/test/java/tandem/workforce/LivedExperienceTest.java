package tandem.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivedExperienceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie[] kim;
    Cookie[] lead;
    Cookie[] admin;

    @BeforeAll
    void signIn() throws Exception {
        kim = DemoUsers.login(mvc, "kim");
        lead = DemoUsers.login(mvc, "lead");
        admin = DemoUsers.login(mvc, "admin");
    }

    String body(Cookie[] who, String path) throws Exception {
        return mvc.perform(get(path).cookie(who).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void onlyTheStaffMemberReadsTheirOwnAnswerAndNobodyElseCanFindItAnywhere() throws Exception {
        UUID kimStaff = DemoUsers.staffId(jdbc, "kim");
        String before = body(lead, "/api/v1/workforce/lived-experience");
        mvc.perform(put("/api/v1/workforce/me/lived-experience").cookie(kim).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"hasLivedExperience\":true,\"usesItOpenly\":false}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/workforce/me/lived-experience").cookie(kim)).andExpect(status().isOk())
                .andExpect(jsonPath("$.hasLivedExperience").value(true)).andExpect(jsonPath("$.usesItOpenly").value(false));
        // The lead and the administrator get their own (unanswered or different) answer, never Kim's.
        mvc.perform(get("/api/v1/workforce/me/lived-experience").cookie(admin)).andExpect(status().isOk());
        String after = body(lead, "/api/v1/workforce/lived-experience");
        int staffBefore = JsonPath.read(before, "$.staff");
        int staffAfter = JsonPath.read(after, "$.staff");
        assertThat(staffAfter).isEqualTo(staffBefore);
        // Pages and APIs other people can open about Kim: none of them carries the answer.
        List<String> seen = new ArrayList<>();
        for (Cookie[] who : new Cookie[][] {lead, admin}) {
            for (String path : List.of("/workforce/staff/" + kimStaff, "/admin/staff/" + kimStaff, "/workforce", "/admin/audit",
                    "/api/v1/people", "/people", "/api/v1/teams",
                    "/api/v1/workforce/staff/" + kimStaff, "/api/v1/workforce/dashboard")) {
                seen.add(body(who, path).toLowerCase());
            }
        }
        assertThat(seen.stream().filter(page -> page.contains("kim adeyemi")).count())
                .as("Kim's own staff pages (for the lead and for the administrator) are among those searched").isGreaterThanOrEqualTo(2);
        for (String page : seen) {
            assertThat(page).doesNotContain("haslivedexperience").doesNotContain("usesitopenly")
                    .doesNotContain("kim adeyemi has lived").doesNotContain("\"has_it\"")
                    .doesNotContain("lived experience: yes").doesNotContain("with lived experience</dt>");
        }
        assertThat(jdbc.sql("SELECT object_id FROM audit_entry WHERE object_type = 'own lived experience answer' AND actor = 'kim'")
                .query(String.class).list()).containsOnlyNulls();
    }

    @Test
    void reportsAreCountsSuppressedBelowFiveOnEitherSideWhateverTheFilter() throws Exception {
        List<String> queries = new ArrayList<>(List.of(""));
        jdbc.sql("SELECT t.id FROM team t JOIN account a ON a.username = 'lead' JOIN staff s ON s.id = a.staff_id "
                + "WHERE t.organisation_id = s.organisation_id").query(UUID.class).list().forEach(t -> queries.add("?teamId=" + t));
        jdbc.sql("SELECT t.id FROM site t JOIN account a ON a.username = 'lead' JOIN staff s ON s.id = a.staff_id "
                + "WHERE t.organisation_id = s.organisation_id").query(UUID.class).list().forEach(t -> queries.add("?siteId=" + t));
        int shown = 0;
        for (String q : queries) {
            String r = body(lead, "/api/v1/workforce/lived-experience" + q);
            boolean suppressed = JsonPath.read(r, "$.suppressed");
            int staff = JsonPath.read(r, "$.staff");
            if (suppressed) {
                assertThat((Object) JsonPath.read(r, "$.withLivedExperience")).isNull();
                assertThat((Object) JsonPath.read(r, "$.percent")).isNull();
            } else {
                shown++;
                int with = JsonPath.read(r, "$.withLivedExperience");
                if (!q.isEmpty()) {
                    assertThat(with % 5).as("team and site counts are rounded to 5").isZero();
                }
                assertThat(staff).isGreaterThanOrEqualTo(5);
                assertThat(with).isGreaterThanOrEqualTo(5);
                assertThat(staff - with).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(shown).as("the organisation-wide figure is shown").isPositive();
        mvc.perform(get("/api/v1/workforce/lived-experience?teamId=" + UUID.randomUUID()).cookie(lead).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        assertThat(Counts.of(9, 5).suppressed()).isTrue();
        assertThat(Counts.of(10, 5).percent()).isEqualByComparingTo("50.0");
        assertThat(Counts.of(4, 0).suppressed()).isTrue();
        mvc.perform(get("/api/v1/workforce/lived-experience").cookie(admin)).andExpect(status().isForbidden());
    }

    @Test
    void anAnswerMustBeCompleteAndConsistentAndOnlyStaffCanGiveOne() throws Exception {
        mvc.perform(put("/api/v1/workforce/me/lived-experience").cookie(kim).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"hasLivedExperience\":false,\"usesItOpenly\":true}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usesItOpenly"));
        mvc.perform(put("/api/v1/workforce/me/lived-experience").cookie(kim).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        mvc.perform(put("/api/v1/workforce/me/lived-experience").cookie(alex).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"hasLivedExperience\":true,\"usesItOpenly\":true}")).andExpect(status().isNotFound());
        String page = mvc.perform(post("/workforce/me/lived-experience").cookie(kim).with(csrf()).param("usesItOpenly", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Say whether you have lived experience");
    }

    @Test
    void theLeadSeesPeerWorkersSupervisionAndTrainingDueAndSupervisorsMustHoldAPeerRole() throws Exception {
        String dash = body(lead, "/workforce");
        assertThat(dash).contains("Peer workers", "Supervision due", "Accredited peer support training expires",
                "Risk assessment refresher expired");
        UUID pat = DemoUsers.staffId(jdbc, "pat");
        UUID sam = DemoUsers.staffId(jdbc, "sam");
        String refused = mvc.perform(post("/workforce/staff/" + pat + "/supervision").cookie(lead).with(csrf())
                .param("supervisorId", sam.toString()).param("heldOn", java.time.LocalDate.now().toString())
                .param("notes", "Check-in")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose a supervisor who holds a peer role themselves");
        // A peer worker supervises another peer worker; they can't write a record in someone else's name,
        // and they can't open the record of staff outside the peer workforce.
        Cookie[] pats = DemoUsers.login(mvc, "pat");
        UUID tom = jdbc.sql("SELECT id FROM staff WHERE given_name = 'Tom' AND family_name = 'Brennan'").query(UUID.class).single();
        UUID jess = DemoUsers.staffId(jdbc, "jess");
        mvc.perform(post("/workforce/staff/" + tom + "/supervision").cookie(pats).with(csrf())
                .param("supervisorId", jess.toString()).param("heldOn", "2026-01-01").param("notes", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workforce/staff/" + tom + "/supervision").cookie(pats).with(csrf())
                .param("supervisorId", pat.toString()).param("heldOn", java.time.LocalDate.now().toString())
                .param("notes", "Talked about a hard week")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/workforce/staff/" + sam).cookie(pats)).andExpect(status().isNotFound());
        // Toni is a peer trainer but supervises nobody: Pat's supervision notes are not theirs to read.
        mvc.perform(get("/workforce/staff/" + pat).cookie(DemoUsers.login(mvc, "tutor"))).andExpect(status().isNotFound());
        String asSupervisor = mvc.perform(get("/workforce/staff/" + pat).cookie(DemoUsers.login(mvc, "jess")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asSupervisor).contains("Talked about boundaries");
        assertThat(mvc.perform(get("/workforce/staff/" + tom).cookie(DemoUsers.login(mvc, "jess"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        mvc.perform(post("/workforce/staff/" + pat + "/training").cookie(lead).with(csrf()).param("course", "Refresher")
                .param("completedOn", "2026-01-10").param("expiresOn", "2025-01-01")).andExpect(status().isOk());
    }
}
