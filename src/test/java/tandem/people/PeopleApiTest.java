package tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class PeopleApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void meDescribesTheSignedInUser() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/api/v1/me").cookie(alex)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("alex"))
                .andExpect(jsonPath("$.roles[0]").value("PERSON"))
                .andExpect(jsonPath("$.personId").value(DemoUsers.personId(jdbc, "alex").toString()))
                .andExpect(jsonPath("$.staffId").doesNotExist())
                .andExpect(jsonPath("$.organisationId").isNotEmpty());
    }

    @Test
    void aSupporterSeesTheSharedNameButNotTheCareTeam() throws Exception {
        Cookie[] robin = DemoUsers.login(mvc, "robin");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        mvc.perform(get("/api/v1/people/" + alex).cookie(robin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Alex Morgan"))
                .andExpect(jsonPath("$.teams").isEmpty());
        mvc.perform(get("/api/v1/people/" + DemoUsers.personId(jdbc, "jo")).cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/" + alex + "/responses").cookie(robin)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousApiCallsGet401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void practitionerListsOnlyTheirTeamsCaseloadAndCannotSeeJo() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID jo = DemoUsers.personId(jdbc, "jo");
        mvc.perform(get("/api/v1/people").param("size", "200").cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(alex.toString())))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(jo.toString()))));
        mvc.perform(get("/api/v1/people/" + jo).cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/" + UUID.randomUUID()).cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/not-a-uuid").cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/" + alex).cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Alex Morgan"))
                .andExpect(jsonPath("$.teams[0].name").value("North Community"));
    }

    @Test
    void aStaffReadAppearsInThePersonsAccessLogNewestFirst() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        mvc.perform(get("/people/" + alex).cookie(sam)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + alex + "/access-log").cookie(alexSession)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("sam"))
                .andExpect(jsonPath("$[0].actorRole").value("PRACTITIONER"))
                .andExpect(jsonPath("$[0].action").value("READ"))
                .andExpect(jsonPath("$[0].breakGlass").value(false));
        mvc.perform(get("/me/access-log").cookie(alexSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("sam")));
    }

    @Test
    void withdrawingSharingHidesThePersonFromTheirCareTeam() throws Exception {
        Cookie[] jo = DemoUsers.login(mvc, "jo");
        UUID joId = DemoUsers.personId(jdbc, "jo");
        Cookie[] kim = DemoUsers.login(mvc, "kim");
        mvc.perform(get("/api/v1/people/" + joId).cookie(kim)).andExpect(status().isOk());
        mvc.perform(post("/me/sharing").param("choice", "withdraw").cookie(jo).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/people/" + joId).cookie(kim)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people").param("size", "200").cookie(kim))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(joId.toString()))));
        mvc.perform(post("/me/sharing").param("choice", "share").cookie(jo).with(csrf()));
        mvc.perform(get("/api/v1/people/" + joId).cookie(kim)).andExpect(status().isOk());
    }

    @Test
    void breakGlassNeedsAReasonAndIsFlaggedForThePersonAndTheLead() throws Exception {
        // A person on another team, with an account of their own.
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        String south = jdbc.sql("SELECT id FROM team WHERE name = 'South Community'").query(String.class).single();
        mvc.perform(post("/admin/people").cookie(admin).with(csrf()).param("givenName", "Rue").param("familyName", "Tarn")
                .param("teamId", south).param("username", "rue").param("password", "otter kettle lamp"))
                .andExpect(status().is3xxRedirection());
        UUID rue = DemoUsers.personId(jdbc, "rue");

        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/people/" + rue).cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(post("/people/" + rue + "/emergency-access").param("reason", "too short").cookie(sam).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at least 10 characters")));
        mvc.perform(get("/people/" + rue).cookie(sam)).andExpect(status().isNotFound());

        mvc.perform(post("/people/" + rue + "/emergency-access").param("reason", "Crisis call at night, Rue asked for help")
                .cookie(sam).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + rue).cookie(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Emergency access")));

        Cookie[] rueSession = DemoUsers.login(mvc, "rue", "otter kettle lamp");
        mvc.perform(get("/api/v1/people/" + rue + "/access-log").cookie(rueSession))
                .andExpect(jsonPath("$[0].breakGlass").value(true))
                .andExpect(jsonPath("$[0].actor").value("sam"));
        mvc.perform(get("/").cookie(rueSession)).andExpect(content().string(containsString("Crisis call at night")));
        Cookie[] lead = DemoUsers.login(mvc, "lead");
        mvc.perform(get("/").cookie(lead)).andExpect(content().string(containsString("Crisis call at night")));
        mvc.perform(get("/api/v1/people/" + rue + "/access-log").cookie(lead)).andExpect(status().isOk());
    }

    @Test
    void administratorCreatesAPersonOnATeamAndBadInputNamesTheField() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        String team = jdbc.sql("SELECT id FROM team WHERE name = 'North Community'").query(String.class).single();
        long before = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();

        mvc.perform(post("/api/v1/people").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"\",\"familyName\":\"" + "x".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("givenName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("familyName")));
        mvc.perform(post("/api/v1/people").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"Rae\",\"familyName\":\"Quill\",\"teamId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamId"));
        mvc.perform(post("/api/v1/people").cookie(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"Rae\",\"familyName\":\"Quill\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(before);

        String body = mvc.perform(post("/api/v1/people").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"Rae\",\"familyName\":\"Quill\",\"teamId\":\"" + team + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        assertThat(jdbc.sql("SELECT count(*) FROM caseload WHERE person_id = :p AND team_id = :t::uuid AND to_date IS NULL")
                .param("p", id).param("t", team).query(Long.class).single()).isEqualTo(1);
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/api/v1/people/" + id).cookie(sam)).andExpect(status().isOk());
    }

    @Test
    void administratorFormsRejectImpossibleDatesAndDuplicateUsernamesSavingNothing() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        mvc.perform(post("/admin/people").cookie(admin).with(csrf()).param("givenName", "Sky").param("familyName", "Lark")
                .param("dateOfBirth", "2001-02-30").param("username", "sam").param("password", "a fine password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("That username is already taken")));
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(people);

        long staff = jdbc.sql("SELECT count(*) FROM staff").query(Long.class).single();
        mvc.perform(post("/admin/staff").cookie(admin).with(csrf()).param("givenName", "Nat").param("familyName", "Quay")
                .param("roles", "WIZARD").param("username", "nat").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a staff role")))
                .andExpect(content().string(containsString("at least 12 characters")));
        assertThat(jdbc.sql("SELECT count(*) FROM staff").query(Long.class).single()).isEqualTo(staff);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        mvc.perform(post("/admin/sites").cookie(admin).param("siteName", "Nowhere")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM site WHERE name = 'Nowhere'").query(Long.class).single()).isZero();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aPersonsOrganisationCannotChangeSoItMayBeRemembered() {
        UUID person = jdbc.sql("SELECT id FROM person ORDER BY id LIMIT 1").query(UUID.class).single();
        UUID other = jdbc.sql("SELECT o.id FROM organisation o WHERE o.id <> (SELECT organisation_id FROM person WHERE id = :p) LIMIT 1")
                .param("p", person).query(UUID.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE person SET organisation_id = :o WHERE id = :p")
                .param("o", other).param("p", person).update()).hasMessageContaining("organisation cannot change");
        // other changes to the person are unaffected
        assertThat(jdbc.sql("UPDATE person SET given_name = given_name WHERE id = :p").param("p", person).update()).isEqualTo(1);
    }
}
