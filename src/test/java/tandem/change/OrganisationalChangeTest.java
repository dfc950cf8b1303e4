package tandem.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationalChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie[] lead;
    UUID org;

    @BeforeAll
    void signIn() throws Exception {
        lead = DemoUsers.login(mvc, "lead");
        org = jdbc.sql("SELECT s.organisation_id FROM staff s JOIN account a ON a.staff_id = s.id WHERE a.username = 'lead'")
                .query(UUID.class).single();
    }

    int assessments() {
        return jdbc.sql("SELECT count(*) FROM change_assessment").query(Integer.class).single();
    }

    @Test
    void theLeadRatesChallengesThroughTheApiAndBadRatingsChangeNothing() throws Exception {
        int before = assessments();
        String bad = "{\"scope\":\"ORGANISATION\",\"scopeId\":\"" + org + "\",\"ratings\":[{\"challenge\":1,\"stage\":\"EXCELLENT\"},"
                + "{\"challenge\":11,\"stage\":\"EARLY\"},{\"challenge\":2,\"stage\":\"EARLY\"},{\"challenge\":2,\"stage\":\"EARLY\"}]}";
        mvc.perform(post("/api/v1/change/assessments").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("stage1")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ratings"))).andExpect(jsonPath("$.errors[*].field", hasItem("stage2")));
        mvc.perform(post("/api/v1/change/assessments").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\":\"TEAM\",\"scopeId\":\"" + UUID.randomUUID() + "\",\"ratings\":[{\"challenge\":1,\"stage\":\"EARLY\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scopeId"));
        assertThat(assessments()).isEqualTo(before);
        String good = "{\"scope\":\"ORGANISATION\",\"scopeId\":\"" + org + "\",\"participants\":10,\"livedExperienceParticipants\":4,"
                + "\"ratings\":[{\"challenge\":3,\"stage\":\"EMBEDDED\",\"evidence\":\"Three colleges\"}]}";
        mvc.perform(post("/api/v1/change/assessments").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ratings[0].stage").value("EMBEDDED"));
        mvc.perform(get("/api/v1/change/assessments").param("scope", "ORGANISATION").param("scopeId", org.toString()).cookie(lead))
                .andExpect(jsonPath("$[0].ratings[0].evidence").value("Three colleges"));
        mvc.perform(get("/api/v1/change/challenges").cookie(lead)).andExpect(jsonPath("$.length()").value(10))
                .andExpect(jsonPath("$[5].title").value("Transforming the workforce"));
    }

    @Test
    void evidenceFilesAreCheckedByContentNotByName() throws Exception {
        int before = assessments();
        MockMultipartFile fake = new MockMultipartFile("file1", "report.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/change/assessments").file(fake).cookie(lead).with(csrf())
                .param("scope", "ORGANISATION:" + org).param("participants", "5").param("livedExperience", "2")
                .param("stage1", "EARLY")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Evidence files must be PDF, PNG, JPEG or plain text");
        MockMultipartFile big = new MockMultipartFile("file1", "big.txt", "text/plain", new byte[3 * 1024 * 1024]);
        assertThat(mvc.perform(multipart("/change/assessments").file(big).cookie(lead).with(csrf())
                .param("scope", "ORGANISATION:" + org).param("participants", "5").param("livedExperience", "2")
                .param("stage1", "EARLY")).andReturn().getResponse().getStatus()).isIn(200, 413);
        assertThat(assessments()).isEqualTo(before);
        MockMultipartFile pdf = new MockMultipartFile("file1", "minutes.pdf", "application/pdf",
                "%PDF-1.4\n%minutes of the workshop\n".getBytes(StandardCharsets.US_ASCII));
        String location = mvc.perform(multipart("/change/assessments").file(pdf).cookie(lead).with(csrf())
                .param("scope", "ORGANISATION:" + org).param("participants", "5").param("livedExperience", "2")
                .param("stage1", "EARLY").param("evidence1", "Workshop minutes")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String view = mvc.perform(get(location).cookie(lead)).andReturn().getResponse().getContentAsString();
        assertThat(view).contains("minutes.pdf", "Workshop minutes");
        UUID file = jdbc.sql("SELECT id FROM change_evidence_file WHERE filename = 'minutes.pdf'").query(UUID.class).single();
        mvc.perform(get("/change/evidence/" + file).cookie(lead)).andExpect(status().isOk());
        mvc.perform(get("/change/evidence/" + file).cookie(DemoUsers.login(mvc, "sam"))).andExpect(status().isNotFound());
    }

    @Test
    void aCycleGoesStepByStepAndClosesOnlyAfterItsReview() throws Exception {
        String location = mvc.perform(post("/change/cycles").cookie(lead).with(csrf()).param("challenge", "9")
                .param("title", "Staff wellbeing")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String today = java.time.LocalDate.now().toString();
        String outOfOrder = mvc.perform(post(location + "/steps").cookie(lead).with(csrf()).param("step", "3").param("text", "x")
                .param("doneOn", today)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outOfOrder).contains("Steps go in order: the next one is joint agreement");
        var closing = mvc.perform(post(location + "/close").cookie(lead).with(csrf())).andReturn();
        assertThat((String) closing.getFlashMap().get("flash")).contains("can't be closed without its review");
        for (int step = 1; step <= 4; step++) {
            mvc.perform(post(location + "/steps").cookie(lead).with(csrf()).param("step", String.valueOf(step))
                    .param("text", "Step " + step).param("doneOn", today)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(location + "/close").cookie(lead).with(csrf())).andExpect(status().is3xxRedirection());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM change_cycle WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void teamPrioritiesAreResetAsNewVersions() throws Exception {
        UUID north = jdbc.sql("SELECT id FROM team WHERE name = 'North Community'").query(UUID.class).single();
        String review = java.time.LocalDate.now().plusMonths(3).toString();
        int before = jdbc.sql("SELECT count(*) FROM change_trip WHERE team_id = :t").param("t", north).query(Integer.class).single();
        String version = String.valueOf(before);
        String dup = mvc.perform(post("/change/teams/" + north).cookie(lead).with(csrf()).param("version", version)
                .param("resources", "Ten staff").param("priority1", "6").param("priority2", "6").param("reviewOn", review))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dup).contains("Each priority is a different challenge");
        mvc.perform(post("/change/teams/" + north).cookie(lead).with(csrf()).param("version", version).param("resources", "Ten staff")
                .param("priority1", "6").param("text1", "Recruit").param("priority2", "9").param("reviewOn", review))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM change_trip WHERE team_id = :t").param("t", north).query(Integer.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void theProgrammeLeadSeesMembersSideBySideWithCountsAndNoPeople() throws Exception {
        Cookie[] network = DemoUsers.login(mvc, "network");
        String page = mvc.perform(get("/change/programme").cookie(network)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Riverside Mental Health Services", "Eastbrook Partnership", "Westvale Health",
                "<td>3</td><td>4</td>");
        assertThat(page).doesNotContain("Lindqvist", "Morley", "Alex");
        mvc.perform(get("/change/programme").cookie(lead)).andExpect(status().isNotFound());
    }

    @Test
    void theCollegeManagerRatesFidelityEachTermWithinTheScale() throws Exception {
        Cookie[] college = DemoUsers.login(mvc, "college");
        String page = mvc.perform(post("/change/fidelity").cookie(college).with(csrf()).param("term", "Spring 2027")
                .param("equality", "3").param("location", "0")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Valuing equality: choose 0, 1 or 2", "Location: choose type 1 or type 2");
        var post = post("/change/fidelity").cookie(college).with(csrf()).param("term", "Spring 2027");
        for (var c : CollegeFidelity.COMPONENTS) {
            post.param(c.key(), c.modifiable() ? "2" : "1");
        }
        mvc.perform(post).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/change/fidelity").cookie(college)).andReturn().getResponse().getContentAsString())
                .contains("Spring 2027");
    }

    @Test
    void cyclesPrioritiesFidelityAndTheProgrammeAreInTheApiToo() throws Exception {
        String today = java.time.LocalDate.now().toString();
        String created = mvc.perform(post("/api/v1/change/cycles").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"challenge\":5,\"title\":\"Personal budgets\"}")).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/change/cycles/" + id + "/steps").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"step\":2,\"text\":\"Goals\",\"doneOn\":\"" + today + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
        mvc.perform(post("/api/v1/change/cycles/" + id + "/steps").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"step\":1,\"text\":\"Agreed\",\"doneOn\":\"" + today + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(1));
        mvc.perform(post("/api/v1/change/cycles/" + id + "/close").cookie(lead).with(csrf())).andExpect(status().isConflict());
        UUID north = jdbc.sql("SELECT id FROM team WHERE name = 'North Community'").query(UUID.class).single();
        int version = jdbc.sql("SELECT max(version) FROM change_trip WHERE team_id = :t").param("t", north).query(Integer.class).single();
        mvc.perform(post("/api/v1/change/teams/" + north + "/priorities").cookie(lead).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + ",\"resources\":\"Nine staff\","
                        + "\"priorities\":[{\"challenge\":2,\"text\":\"Training\"}],\"reviewOn\":\""
                        + java.time.LocalDate.now().plusMonths(2) + "\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(get("/api/v1/change/programme").cookie(DemoUsers.login(mvc, "network"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(post("/api/v1/change/fidelity").cookie(DemoUsers.login(mvc, "college")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\"Summer\",\"ratings\":{\"equality\":5}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("equality"));
    }
}
