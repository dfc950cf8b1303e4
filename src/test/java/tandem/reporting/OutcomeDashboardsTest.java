package tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

import tandem.measures.MeasuresApi;
import tandem.support.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeDashboardsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeasuresApi measures;

    Cookie[] lead;
    Cookie[] sam;
    Cookie[] network;
    UUID alexId;
    UUID north;
    UUID south;
    UUID riverside;

    @BeforeAll
    void signIn() throws Exception {
        lead = DemoUsers.login(mvc, "lead");
        sam = DemoUsers.login(mvc, "sam");
        network = DemoUsers.login(mvc, "network");
        alexId = DemoUsers.personId(jdbc, "alex");
        riverside = jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
        north = jdbc.sql("SELECT id FROM team WHERE name = 'North Community'").query(UUID.class).single();
        south = jdbc.sql("SELECT id FROM team WHERE name = 'South Community'").query(UUID.class).single();
    }

    JsonNode dashboard(Cookie[] who, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/dashboard?" + query).cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    /** The figures worked out from scratch from the stored responses, written differently from the read model. */
    Map<String, Object> naive(UUID organisation, int months) {
        OutcomeRule rule = OutcomeRule.of(measures.instrument("QPR15"));
        LocalDate start = LocalDate.now(ZoneId.of("Europe/London")).withDayOfMonth(1).minusMonths(months - 1L);
        return jdbc.sql("""
                WITH scored AS (
                  SELECT r.person_id, r.organisation_id, r.authored, r.id,
                         (SELECT (s->>'value')::numeric FROM jsonb_array_elements(r.scales) s
                          WHERE s->>'code' = 'TOTAL' AND (s->>'scored')::boolean) AS score
                  FROM measure_response r WHERE r.instrument = 'QPR15' AND r.authored >= :from),
                firsts AS (SELECT DISTINCT ON (person_id) person_id, score FROM scored WHERE score IS NOT NULL ORDER BY person_id, authored, id),
                lasts AS (SELECT DISTINCT ON (person_id) person_id, organisation_id, score FROM scored WHERE score IS NOT NULL
                          ORDER BY person_id, authored DESC, id DESC),
                counts AS (SELECT person_id, count(*) AS n FROM scored WHERE score IS NOT NULL GROUP BY person_id)
                SELECT count(*) AS people, count(*) FILTER (WHERE c.n >= 2) AS repeated,
                       coalesce(sum(l.score - f.score) FILTER (WHERE c.n >= 2), 0) AS change_sum,
                       count(*) FILTER (WHERE c.n >= 2 AND abs(l.score - f.score) > :t AND l.score > f.score) AS improved,
                       count(*) FILTER (WHERE c.n >= 2 AND abs(l.score - f.score) > :t AND l.score < f.score) AS worse
                FROM counts c JOIN firsts f USING (person_id) JOIN lasts l USING (person_id)
                WHERE l.organisation_id = :o
                """).param("from", Timestamp.from(start.atStartOfDay(ZoneId.of("Europe/London")).toInstant()))
                .param("t", rule.threshold()).param("o", organisation).query().singleRow();
    }

    void assertMatchesNaive(JsonNode d, Map<String, Object> n) {
        JsonNode o = d.get("overall");
        assertThat(o.get("people").get("count").asInt()).isEqualTo(((Number) n.get("people")).intValue());
        assertThat(o.get("withTwoOrMore").get("count").asInt()).isEqualTo(((Number) n.get("repeated")).intValue());
        int repeated = ((Number) n.get("repeated")).intValue();
        assertThat(o.get("meanChange").decimalValue())
                .isEqualByComparingTo(((BigDecimal) n.get("change_sum")).divide(BigDecimal.valueOf(repeated), 2, RoundingMode.HALF_UP));
        assertThat(o.get("improved").get("count").asInt()).isEqualTo(((Number) n.get("improved")).intValue());
    }

    @Test
    void theOrganisationDashboardAgreesWithFiguresWorkedOutFromScratchAlsoAfterANewResponse() throws Exception {
        JsonNode before = dashboard(lead, "instrument=QPR15&months=12");
        assertThat(before.get("withheld").isNull()).isTrue();
        assertMatchesNaive(before, naive(riverside, 12));
        int alexResponses = jdbc.sql("SELECT responses FROM outcome_person WHERE instrument = 'QPR15' AND months = 12 AND person_id = :p")
                .param("p", alexId).query(Integer.class).single();

        StringBuilder answers = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            answers.append(i == 1 ? "" : ",").append('"').append(i).append("\":4");
        }
        mvc.perform(post("/api/v1/people/" + alexId + "/responses").cookie(sam).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"instrument\":\"QPR15\",\"answers\":{" + answers + "}}")).andExpect(status().isCreated());

        assertThat(jdbc.sql("SELECT responses FROM outcome_person WHERE instrument = 'QPR15' AND months = 12 AND person_id = :p")
                .param("p", alexId).query(Integer.class).single()).isEqualTo(alexResponses + 1);
        JsonNode after = dashboard(lead, "instrument=QPR15&months=12");
        assertMatchesNaive(after, naive(riverside, 12));
        assertThat(after.get("reliableChange").asText()).contains("reliable change index");
        assertThat(after.get("groupedBy").asText()).isEqualTo("team");
        assertThat(after.get("groups").size()).isEqualTo(3);
    }

    @Test
    void aPeriodThatRolledOverToANewMonthIsRebuiltBeforeItIsShown() throws Exception {
        dashboard(lead, "instrument=QPR15&months=6");
        jdbc.sql("UPDATE outcome_window SET window_start = window_start - 31 WHERE instrument = 'QPR15' AND months = 6").update();
        jdbc.sql("DELETE FROM outcome_person WHERE instrument = 'QPR15' AND months = 6 AND person_id = :p").param("p", alexId).update();
        JsonNode d = dashboard(lead, "instrument=QPR15&months=6");
        assertThat(d.get("from").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).withDayOfMonth(1).minusMonths(5).toString());
        assertMatchesNaive(d, naive(riverside, 6));
    }

    @Test
    void theLeadFiltersByTeamAndTheCsvCarriesTheSameFigures() throws Exception {
        JsonNode d = dashboard(lead, "instrument=QPR15&months=12&teamId=" + north);
        assertThat(d.get("scope").asText()).startsWith("North Community");
        String people = d.get("overall").get("people").get("count").asText();
        String csv = mvc.perform(get("/dashboard.csv").param("teamId", north.toString()).cookie(lead)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("table,row,column,value")
                .contains("Whole selection,North Community (caseload today),People with a response in the period," + people)
                .contains("Personal and clinical recovery,Reliably improved,Meets clinical recovery criteria,");
        mvc.perform(get("/dashboard").param("teamId", north.toString()).cookie(lead)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Download these figures (CSV)")))
                .andExpect(content().string(containsString("Personal and clinical recovery")));
    }

    @Test
    void aSelectionOfFewerThanFivePeopleShowsNoFiguresAnywhere() throws Exception {
        UUID site = jdbc.sql("SELECT site_id FROM team WHERE id = :t").param("t", north).query(UUID.class).single();
        UUID tiny = UUID.randomUUID();
        jdbc.sql("INSERT INTO team (id, organisation_id, site_id, name) VALUES (:id, :o, :s, 'Tiny Test Team')")
                .param("id", tiny).param("o", riverside).param("s", site).update();
        List<UUID> two = jdbc.sql("SELECT DISTINCT person_id FROM measure_response WHERE instrument = 'QPR15' AND organisation_id = :o LIMIT 2")
                .param("o", riverside).query(UUID.class).list();
        // Through the administrator's pages, so that the people module tells reporting's copy of the caseloads.
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        String twoDaysAgo = LocalDate.now(ZoneId.of("Europe/London")).minusDays(2).toString();
        for (UUID p : two) {
            mvc.perform(post("/admin/people/" + p + "/caseload").cookie(admin).with(csrf()).param("teamId", tiny.toString())
                    .param("from", twoDaysAgo)).andExpect(status().is3xxRedirection());
        }
        try {
            JsonNode d = dashboard(lead, "instrument=QPR15&teamId=" + tiny);
            assertThat(d.get("withheld").asText()).contains("Fewer than 5 people");
            assertThat(d.get("overall").isNull()).isTrue();
            assertThat(d.get("personalByClinical").isNull()).isTrue();
            mvc.perform(get("/dashboard.csv").param("teamId", tiny.toString()).cookie(lead)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Withheld")))
                    .andExpect(content().string(not(containsString("Reliably improved"))));
            mvc.perform(get("/dashboard").param("teamId", tiny.toString()).cookie(lead)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("no figures are shown")));
            // The organisation's figures leave the small team's people out, so the total minus the other teams gives nothing away.
            JsonNode org = dashboard(lead, "instrument=QPR15&months=24");
            assertThat(org.get("scope").asText()).contains("not counting the people of 1 team");
            for (JsonNode g : org.get("groups")) {
                if (g.get("id").asText().equals(tiny.toString())) {
                    assertThat(g.get("people").get("fewerThan5").asBoolean()).isTrue();
                    assertThat(g.get("people").get("suppressed").asText()).isEqualTo("small");
                }
            }
            int withTiny = org.get("overall").get("people").get("count").asInt();
            int everyone = jdbc.sql("SELECT count(*) FROM outcome_person WHERE instrument = 'QPR15' AND months = 24 AND organisation_id = :o")
                    .param("o", riverside).query(Integer.class).single();
            int tinyPeople = jdbc.sql("""
                    SELECT count(*) FROM outcome_person WHERE instrument = 'QPR15' AND months = 24
                    AND person_id IN (SELECT person_id FROM caseload WHERE team_id = :t)
                    """).param("t", tiny).query(Integer.class).single();
            assertThat(withTiny).isEqualTo(everyone - tinyPeople);
        } finally {
            for (Map<String, Object> c : jdbc.sql("SELECT id, person_id FROM caseload WHERE team_id = :t").param("t", tiny).query().listOfRows()) {
                mvc.perform(post("/admin/people/" + c.get("person_id") + "/caseload/" + c.get("id") + "/end").cookie(admin).with(csrf())
                        .param("to", twoDaysAgo)).andExpect(status().is3xxRedirection());
            }
        }
    }

    @Test
    void aPractitionerSeesTheirOwnTeamsOnlyAndAnotherTeamIsNotFound() throws Exception {
        JsonNode d = dashboard(sam, "");
        assertThat(d.get("scope").asText()).contains("North Community").doesNotContain("South");
        mvc.perform(get("/api/v1/dashboard").param("teamId", south.toString()).cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dashboard").param("teamId", UUID.randomUUID().toString()).cookie(lead)).andExpect(status().isNotFound());
    }

    @Test
    void badFiltersAreNamedAndPeopleWithoutADashboardAreRefused() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("months", "5").param("instrument", "NOPE").cookie(lead))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'months')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'instrument')]").exists());
        mvc.perform(get("/dashboard").param("months", "5").cookie(lead)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a period of 3, 6, 12 or 24 months.")));
        mvc.perform(get("/api/v1/dashboard").cookie(DemoUsers.login(mvc, "alex"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dashboard").cookie(DemoUsers.login(mvc, "researcher"))).andExpect(status().isForbidden());
    }

    @Test
    void theProgrammeLeadComparesOrganisationsAndCannotChooseTeams() throws Exception {
        JsonNode d = dashboard(network, "instrument=QPR15");
        assertThat(d.get("groupedBy").asText()).isEqualTo("organisation");
        assertThat(d.get("groups").size()).isEqualTo(3);
        assertMatchesNaive(dashboard(network, "instrument=QPR15&organisationId=" + riverside), naive(riverside, 12));
        mvc.perform(get("/api/v1/dashboard").param("teamId", north.toString()).cookie(network)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/dashboard").param("organisationId", UUID.randomUUID().toString()).cookie(network))
                .andExpect(status().isNotFound());
    }
}
