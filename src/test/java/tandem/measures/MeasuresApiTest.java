package tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class MeasuresApiTest {

    static final String QPR_ALL_THREES = "{\"instrument\":\"QPR15\",\"answers\":{\"1\":3,\"2\":3,\"3\":3,\"4\":3,\"5\":3,"
            + "\"6\":3,\"7\":3,\"8\":3,\"9\":3,\"10\":3,\"11\":3,\"12\":3,\"13\":3,\"14\":3,\"15\":3}}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long responses() {
        return jdbc.sql("SELECT count(*) FROM measure_response").query(Long.class).single();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    @Test
    void listsInstrumentsAndSaysWhichHaveWording() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/api/v1/instruments").cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.hasItems("QPR15", "QPR22", "INSPIRE", "INSPIRE_BRIEF", "STAR_P",
                        "STAR_C", "WEMWBS", "SWEMWBS", "REQOL10", "DIALOG", "GBO", "CHIME_CHECKIN")))
                .andExpect(jsonPath("$[?(@.code=='CHIME_CHECKIN')].wordingInstalled").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.code=='QPR15')].wordingInstalled").value(hasItem(false)));
        mvc.perform(get("/api/v1/instruments/QPR15").cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(15))
                .andExpect(jsonPath("$.items[0].text").doesNotExist())
                .andExpect(jsonPath("$.scales[0].code").value("TOTAL"));
        mvc.perform(get("/api/v1/instruments/NOPE").cookie(sam)).andExpect(status().isNotFound());
    }

    @Test
    void scoresStatelesslyAndStoresNothing() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        long before = responses();
        mvc.perform(json(post("/api/v1/score"), QPR_ALL_THREES).cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.instrument").value("QPR15"))
                .andExpect(jsonPath("$.definitionVersion").value(1))
                .andExpect(jsonPath("$.scales[0].code").value("TOTAL"))
                .andExpect(jsonPath("$.scales[0].value").value(45))
                .andExpect(jsonPath("$.scales[0].scored").value(true));
        assertThat(responses()).isEqualTo(before);
    }

    @Test
    void badAnswersAre400WithTheFieldNamedAndNothingStored() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        UUID me = DemoUsers.personId(jdbc, "alex");
        long before = responses();
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"),
                "{\"instrument\":\"QPR15\",\"answers\":{\"1\":7,\"2\":\"three\",\"99\":1}}").cookie(alex))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("answers.1", "answers.2", "answers.99")));
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"), "{\"instrument\":\"NOPE\",\"answers\":{}}").cookie(alex))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("instrument"));
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"),
                QPR_ALL_THREES.replace("}}", "},\"authored\":\"2999-01-01T00:00:00Z\"}")).cookie(alex))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("authored"));
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"), "{\"instrument\":\"QPR15\",\"answers\":{}}").cookie(alex))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answers"));
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"), "not json").cookie(alex))
                .andExpect(status().isBadRequest());
        assertThat(responses()).isEqualTo(before);
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyStoresOneResponse() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        UUID me = DemoUsers.personId(jdbc, "alex");
        long before = responses();
        String first = mvc.perform(json(post("/api/v1/people/" + me + "/responses"), QPR_ALL_THREES).cookie(alex)
                .header("Idempotency-Key", "retry-123")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.scales[0].value").value(45)).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(json(post("/api/v1/people/" + me + "/responses"), QPR_ALL_THREES).cookie(alex)
                .header("Idempotency-Key", "retry-123")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(responses()).isEqualTo(before + 1);
        assertThat(second.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).isEqualTo(first.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
    }

    @Test
    void historyShowsEachStoredScoreAndTheChangeFromTheFirstScoredOneAndExplainsWhatWasNotScored() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        UUID me = DemoUsers.personId(jdbc, "alex");
        // two answers only: too many missing to prorate, so not scored
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"), "{\"instrument\":\"QPR15\",\"answers\":{\"1\":3,\"2\":3}}")
                .cookie(alex)).andExpect(status().isCreated());
        String history = mvc.perform(get("/api/v1/people/" + me + "/responses").param("instrument", "QPR15").cookie(alex))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long stored = jdbc.sql("SELECT count(*) FROM measure_response WHERE person_id = :p AND instrument = 'QPR15'")
                .param("p", me).query(Long.class).single();
        List<Map<String, Object>> items = com.jayway.jsonpath.JsonPath.read(history, "$");
        assertThat(items).hasSize((int) stored);
        Map<String, Object> newest = items.get(0);
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(history, "$[0].scales[0].scored")).isFalse();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(history, "$[0].scales[0].reason")).isNotBlank();
        assertThat(newest).doesNotContainKey("change");

        // the first scored total, and the latest scored one, straight from the table
        List<java.math.BigDecimal> totals = jdbc.sql("""
                SELECT (e->>'value')::numeric FROM measure_response r, jsonb_array_elements(r.scales) e
                WHERE r.person_id = :p AND r.instrument = 'QPR15' AND e->>'code' = 'TOTAL' AND (e->>'scored')::boolean
                ORDER BY r.authored, r.id""").param("p", me).query(java.math.BigDecimal.class).list();
        java.math.BigDecimal firstTotal = totals.get(0);
        int latestScored = 0;
        while (!com.jayway.jsonpath.JsonPath.<Boolean>read(history, "$[" + latestScored + "].scales[0].scored")) {
            latestScored++;
        }
        Number latest = com.jayway.jsonpath.JsonPath.read(history, "$[" + latestScored + "].scales[0].value");
        Number fromFirst = com.jayway.jsonpath.JsonPath.read(history, "$[" + latestScored + "].change.fromFirst");
        assertThat(new java.math.BigDecimal(fromFirst.toString()))
                .isEqualByComparingTo(new java.math.BigDecimal(latest.toString()).subtract(firstTotal));
        assertThat(new java.math.BigDecimal(latest.toString())).isEqualByComparingTo(totals.get(totals.size() - 1));
        mvc.perform(get("/api/v1/people/" + me + "/responses").param("instrument", "NOPE").cookie(alex))
                .andExpect(status().isBadRequest());
    }

    @Test
    void historyIsNewestFirstWithChangeFromTheFirstAndOnlyForThoseWhoMaySee() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID jo = DemoUsers.personId(jdbc, "jo");
        mvc.perform(get("/api/v1/people/" + alex + "/responses").param("instrument", "WEMWBS").cookie(sam))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(4)))
                .andExpect(jsonPath("$[0].instrument").value("WEMWBS"))
                .andExpect(jsonPath("$[0].change.direction").value(Matchers.oneOf("improved", "worsened", "no reliable change")))
                .andExpect(jsonPath("$[0].change.reliable").isBoolean());
        mvc.perform(get("/api/v1/people/" + jo + "/responses").cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/people/" + jo + "/responses"), QPR_ALL_THREES).cookie(sam))
                .andExpect(status().isNotFound());
        // the read is in Alex's access log
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/api/v1/people/" + alex + "/access-log").cookie(alexSession))
                .andExpect(jsonPath("$[0].actor").value("sam"));
    }

    @Test
    void aPersonFillsInACheckInOnTheirPagesAndSeesTheResultInPlainWords() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        mvc.perform(post("/me/measures/CHIME_CHECKIN").cookie(alex).with(csrf()).param("q1", "11"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("from 0 to 10")));
        mvc.perform(post("/me/measures/CHIME_CHECKIN").cookie(alex).with(csrf())
                .param("q1", "6").param("q2", "7").param("q3", "5").param("q4", "8").param("q5", "4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/me/measures/CHIME_CHECKIN").cookie(alex)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("6 out of 10")))
                .andExpect(content().string(Matchers.containsString("since the first time")));
        // licensed wording is not shipped, so a person cannot fill QPR-15 in on their own pages
        mvc.perform(get("/me/measures/QPR15/new").cookie(alex)).andExpect(status().isNotFound());
    }

    @Test
    void answersForARetiredVersionAreRefusedWith409() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        UUID me = DemoUsers.personId(jdbc, "alex");
        long before = responses();
        mvc.perform(json(post("/api/v1/people/" + me + "/responses"), QPR_ALL_THREES.replace("}}", "},\"definitionVersion\":0}"))
                .cookie(alex)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("definitionVersion"));
        assertThat(responses()).isEqualTo(before);
    }

    @Test
    void starPAndStarCAboutTheSameRelationshipAreShownSideBySide() throws Exception {
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID pat = DemoUsers.staffId(jdbc, "pat");
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        String twelve = "\"1\":3,\"2\":3,\"3\":3,\"4\":3,\"5\":3,\"6\":3,\"7\":3,\"8\":3,\"9\":3,\"10\":1,\"11\":1,\"12\":1";
        mvc.perform(json(post("/api/v1/people/" + alex + "/responses"),
                "{\"instrument\":\"STAR_P\",\"aboutStaffId\":\"" + pat + "\",\"answers\":{" + twelve + "}}").cookie(alexSession))
                .andExpect(status().isCreated());
        Cookie[] patSession = DemoUsers.login(mvc, "pat");
        mvc.perform(json(post("/api/v1/people/" + alex + "/responses"),
                "{\"instrument\":\"STAR_C\",\"answers\":{" + twelve.replace(":3", ":4") + "}}").cookie(patSession))
                .andExpect(status().isCreated());
        // a person does not fill in the clinician's side
        mvc.perform(json(post("/api/v1/people/" + alex + "/responses"),
                "{\"instrument\":\"STAR_C\",\"answers\":{" + twelve + "}}").cookie(alexSession))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/people/" + alex + "/measures/relationships").cookie(patSession)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("With Pat Lindqvist")))
                .andExpect(content().string(Matchers.containsString("<td>36</td>")))   // 9×3 + 3×(4−1) = 36
                .andExpect(content().string(Matchers.containsString("<td>45</td>")));  // 9×4 + 3×3 = 45
        mvc.perform(get("/me/measures/relationships").cookie(alexSession)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("With Sam Okafor")));
    }

    @Test
    void aWorkerCompletesAQuestionnaireTogetherWithThePerson() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        var params = post("/people/" + alex + "/measures/QPR15").cookie(sam).with(csrf());
        for (int i = 1; i <= 15; i++) {
            params.param("q" + i, "2");
        }
        mvc.perform(params).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM measure_response WHERE person_id = :p AND completed_together AND entered_by = 'sam'")
                .param("p", alex).query(Long.class).single()).isEqualTo(1);
    }
}
