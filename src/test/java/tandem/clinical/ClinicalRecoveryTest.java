package tandem.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicalRecoveryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie[] alex;
    Cookie[] sam;
    Cookie[] jo;
    UUID alexId;
    UUID joId;

    @BeforeAll
    void signIn() throws Exception {
        alex = DemoUsers.login(mvc, "alex");
        sam = DemoUsers.login(mvc, "sam");
        jo = DemoUsers.login(mvc, "jo");
        alexId = DemoUsers.personId(jdbc, "alex");
        joId = DemoUsers.personId(jdbc, "jo");
    }

    int observations() {
        return jdbc.sql("SELECT count(*) FROM clinical_observation").query(Integer.class).single();
    }

    @Test
    void theContractShapeSaysPerCriterionWhetherItIsMetSinceWhenAndWhenTwoYearsAreReached() throws Exception {
        mvc.perform(get("/api/v1/people/" + alexId + "/clinical-recovery").cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.recovered").value(false))
                .andExpect(jsonPath("$.criteria.length()").value(5))
                .andExpect(jsonPath("$.criteria[?(@.code == 'LIVING')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.criteria[?(@.code == 'WORK_OR_STUDY')].status").value(hasItem("NOT_MET")));
        mvc.perform(get("/api/v1/people/" + alexId + "/clinical-recovery").param("asOf", "2001-01-01").cookie(alex))
                .andExpect(jsonPath("$.criteria[0].status").value("UNKNOWN"));
        mvc.perform(get("/api/v1/people/" + alexId + "/clinical-recovery").param("asOf", "not a date").cookie(alex))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people/" + joId + "/clinical-recovery").cookie(sam)).andExpect(status().isNotFound());
    }

    @Test
    void observationsAreCheckedAndKeepTheirSourceAndNothingIsStoredForBadInput() throws Exception {
        int before = observations();
        String path = "/api/v1/people/" + alexId + "/observations";
        for (String bad : new String[] {"{\"kind\":\"MOOD\",\"value\":\"GOOD\",\"observedOn\":\"2026-01-01\"}",
            "{\"kind\":\"LIVING\",\"value\":\"HALF_TIME_OR_MORE\",\"observedOn\":\"2026-01-01\"}",
            "{\"kind\":\"LIVING\",\"value\":\"INDEPENDENT\",\"observedOn\":\"" + LocalDate.now().plusDays(2) + "\"}"}) {
            mvc.perform(post(path).cookie(sam).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/v1/people/" + joId + "/observations").cookie(sam).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"LIVING\",\"value\":\"INDEPENDENT\",\"observedOn\":\"2026-01-01\"}")).andExpect(status().isNotFound());
        assertThat(observations()).isEqualTo(before);
        mvc.perform(post(path).cookie(alex).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"WORK_OR_STUDY\",\"value\":\"HALF_TIME_OR_MORE\",\"observedOn\":\"" + LocalDate.now()
                        + "\",\"source\":\"STAFF\"}")).andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("PERSON"));
        mvc.perform(post(path).cookie(sam).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SOCIAL\",\"value\":\"WEEKLY_OR_MORE\",\"observedOn\":\"" + LocalDate.now() + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("STAFF"));
        mvc.perform(get("/api/v1/people/" + alexId + "/clinical-recovery").cookie(sam))
                .andExpect(jsonPath("$.criteria[?(@.code == 'WORK_OR_STUDY')].since").value(hasItem(LocalDate.now().toString())));
    }

    @Test
    void aStoredBprsBecomesASymptomsObservationByTheConfiguredItemSets() throws Exception {
        // Items 3, 4, 11, 12, 13, 15 and 16 at 4 or below: remitted. Item 4 at 6: not remitted.
        String remitted = "{\"instrument\":\"BPRS\",\"answers\":{\"1\":5,\"2\":6,\"3\":2,\"4\":3,\"5\":1,\"6\":1,\"7\":1,\"8\":1,"
                + "\"9\":1,\"10\":1,\"11\":4,\"12\":2,\"13\":1,\"14\":7,\"15\":2,\"16\":3,\"17\":1,\"18\":1}}";
        mvc.perform(post("/api/v1/people/" + alexId + "/responses").cookie(alex).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(remitted)).andExpect(status().isBadRequest());
        String response = mvc.perform(post("/api/v1/people/" + alexId + "/responses").cookie(sam).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(remitted)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(response, "$.id");
        assertThat(jdbc.sql("SELECT value FROM clinical_observation WHERE response_id = CAST(:r AS uuid)").param("r", id)
                .query(String.class).single()).isEqualTo("REMITTED");
        String worse = remitted.replace("\"4\":3", "\"4\":6");
        String second = mvc.perform(post("/api/v1/people/" + alexId + "/responses").cookie(sam).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(worse)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        assertThat(jdbc.sql("SELECT value FROM clinical_observation WHERE response_id = CAST(:r AS uuid)")
                .param("r", (String) com.jayway.jsonpath.JsonPath.read(second, "$.id")).query(String.class).single())
                .isEqualTo("NOT_REMITTED");
        mvc.perform(get("/api/v1/people/" + alexId + "/clinical-recovery").cookie(sam))
                .andExpect(jsonPath("$.criteria[?(@.code == 'SYMPTOMS')].status").value(hasItem("NOT_MET")));
    }

    @Test
    void theSideBySidePageExplainsBothAndShowsTheCriteria() throws Exception {
        String page = mvc.perform(get("/people/" + alexId + "/recovery").cookie(sam)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Someone can recover personally without meeting the clinical criteria",
                "Living independently", "Goal attainment");
        assertThat(mvc.perform(get("/me/recovery").cookie(jo)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Personal and clinical recovery");
        mvc.perform(get("/people/" + alexId + "/recovery").cookie(DemoUsers.login(mvc, "robin"))).andExpect(status().isNotFound());
        String form = mvc.perform(post("/me/recovery/observations").cookie(jo).with(csrf()).param("observation", "")
                .param("observedOn", "tomorrow")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Choose what was observed", "The date observed must be a real date", "value=\"tomorrow\"");
    }

    @Test
    void thePagesSayWhoSaidSoForEachObservation() throws Exception {
        mvc.perform(post("/api/v1/people/" + alexId + "/observations").cookie(alex).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"LIVING\",\"value\":\"INDEPENDENT\",\"observedOn\":\"" + LocalDate.now() + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("PERSON"));
        String page = mvc.perform(get("/people/" + alexId + "/recovery").cookie(sam)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("The person said, ", "Staff observed, Demo data");
    }
}
