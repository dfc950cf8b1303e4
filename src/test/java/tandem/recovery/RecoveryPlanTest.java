package tandem.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecoveryPlanTest {

    static final String LEVELS = "{\"-2\":\"Never\",\"-1\":\"Once a month\",\"0\":\"Every week\",\"1\":\"Twice a week\",\"2\":\"Every day\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie[] alex;
    Cookie[] jo;
    Cookie[] sam;
    Cookie[] pat;
    Cookie[] robin;
    Cookie[] lead;
    UUID alexId;
    UUID joId;

    @BeforeAll
    void signIn() throws Exception {
        alex = DemoUsers.login(mvc, "alex");
        jo = DemoUsers.login(mvc, "jo");
        sam = DemoUsers.login(mvc, "sam");
        pat = DemoUsers.login(mvc, "pat");
        robin = DemoUsers.login(mvc, "robin");
        lead = DemoUsers.login(mvc, "lead");
        alexId = DemoUsers.personId(jdbc, "alex");
        joId = DemoUsers.personId(jdbc, "jo");
    }

    ResultActions postJson(Cookie[] who, String path, String json) throws Exception {
        return mvc.perform(post(path).cookie(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    UUID newGoal(Cookie[] who, UUID person, String text) throws Exception {
        String body = postJson(who, "/api/v1/people/" + person + "/goals",
                "{\"text\":\"" + text + "\",\"chime\":[\"HOPE\"],\"levels\":" + LEVELS + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    @Test
    void staffCanNeverWriteThePersonsWordsThroughTheApiOrThePages() throws Exception {
        int goals = count("goal");
        int values = count("plan_values");
        postJson(sam, "/api/v1/people/" + alexId + "/goals", "{\"text\":\"Sam's words\",\"levels\":" + LEVELS + "}")
                .andExpect(status().isForbidden());
        postJson(pat, "/api/v1/people/" + alexId + "/goals", "{\"text\":\"Pat's words\",\"levels\":" + LEVELS + "}")
                .andExpect(status().isForbidden());
        postJson(robin, "/api/v1/people/" + alexId + "/goals", "{\"text\":\"x\",\"levels\":" + LEVELS + "}")
                .andExpect(status().isNotFound());
        // Staff have no "my plan", and the person-only pages have no staff address.
        mvc.perform(post("/me/plan/values").cookie(sam).with(csrf()).param("whatMatters", "Sam's words"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/people/" + alexId + "/plan/values").cookie(sam).with(csrf()).param("whatMatters", "x"))
                .andExpect(status().isNotFound());
        UUID goal = jdbc.sql("SELECT id FROM goal WHERE person_id = :p ORDER BY created_at LIMIT 1").param("p", alexId)
                .query(UUID.class).single();
        mvc.perform(post("/people/" + alexId + "/plan/goals/" + goal).cookie(sam).with(csrf()).param("text", "x"))
                .andExpect(status().isNotFound());
        assertThat(count("goal")).isEqualTo(goals);
        assertThat(count("plan_values")).isEqualTo(values);
        assertThat(jdbc.sql("SELECT count(*) FROM goal_version WHERE text LIKE '%Sam%' OR text LIKE '%Pat%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badGoalsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        int before = count("goal");
        postJson(alex, "/api/v1/people/" + alexId + "/goals", "{\"text\":\"\",\"levels\":{\"0\":\"Every week\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("level-2")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("level2")));
        postJson(alex, "/api/v1/people/" + alexId + "/goals",
                "{\"text\":\"Walk\",\"levels\":{\"-2\":\"a\",\"-1\":\"b\",\"0\":\"c\",\"1\":\"d\",\"2\":\"e\",\"3\":\"f\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("levels"));
        postJson(alex, "/api/v1/people/" + alexId + "/goals",
                "{\"text\":\"Walk\",\"levels\":{\"-2\":\"same\",\"-1\":\"Same\",\"0\":\"c\",\"1\":\"d\",\"2\":\"e\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level-1"));
        postJson(alex, "/api/v1/people/" + alexId + "/goals",
                "{\"text\":\"" + "x".repeat(1001) + "\",\"levels\":" + LEVELS + ",\"weight\":-1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("weight")));
        postJson(alex, "/api/v1/people/" + joId + "/goals", "{\"text\":\"x\",\"levels\":" + LEVELS + "}")
                .andExpect(status().isNotFound());
        assertThat(count("goal")).isEqualTo(before);
    }

    @Test
    void aSuggestionBecomesAStepOnlyWhenThePersonAcceptsItAndBothRatingsAreKeptApart() throws Exception {
        UUID goal = newGoal(alex, alexId, "Walk to the park");
        String s = postJson(sam, "/api/v1/people/" + alexId + "/goals/" + goal + "/suggestions", "{\"text\":\"Walk with Robin\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID suggestion = UUID.fromString(JsonPath.read(s, "$.id"));
        postJson(alex, "/api/v1/people/" + alexId + "/goals/" + goal + "/suggestions", "{\"text\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM goal_step WHERE goal_id = :g").param("g", goal).query(Integer.class).single())
                .isZero();
        mvc.perform(post("/me/plan/goals/" + goal + "/steps").cookie(alex).with(csrf())
                .param("what", "Walk with Robin on Sundays").param("suggestion", suggestion.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT what FROM goal_step WHERE goal_id = :g").param("g", goal).query(String.class).single())
                .isEqualTo("Walk with Robin on Sundays");
        assertThat(jdbc.sql("SELECT status FROM goal_suggestion WHERE id = :s").param("s", suggestion).query(String.class)
                .single()).isEqualTo("ACCEPTED");

        postJson(alex, "/api/v1/people/" + alexId + "/goals/" + goal + "/reviews", "{\"level\":1,\"note\":\"Going well\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.raterKind").value("PERSON"));
        postJson(sam, "/api/v1/people/" + alexId + "/goals/" + goal + "/reviews", "{\"level\":0}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.raterKind").value("STAFF"));
        postJson(sam, "/api/v1/people/" + alexId + "/goals/" + goal + "/reviews", "{\"level\":3}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/people/" + alexId + "/goals").cookie(pat)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + goal + "')].reviews.length()").value(2));
        String page = mvc.perform(get("/me/plan/goals/" + goal).cookie(alex)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Going well", "(the person)", "(worker)", "Walk with Robin on Sundays");

        mvc.perform(get("/api/v1/people/" + alexId + "/goal-attainment").param("rater", "PERSON")
                .param("from", java.time.LocalDate.now().minusDays(1).toString()).cookie(sam))
                .andExpect(status().isOk()).andExpect(jsonPath("$.goals").value(1)).andExpect(jsonPath("$.tScore").value(60.0));
        mvc.perform(get("/api/v1/people/" + alexId + "/goal-attainment").param("rater", "STAFF")
                .param("from", java.time.LocalDate.now().minusDays(1).toString()).cookie(alex))
                .andExpect(jsonPath("$.goals").value(1)).andExpect(jsonPath("$.tScore").value(50.0));
        mvc.perform(get("/api/v1/people/" + alexId + "/goal-attainment").param("rater", "BOTH").cookie(alex))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aReviewOfSomeoneElsesGoalOrAStepDueBeforeTheGoalIsRefused() throws Exception {
        UUID joGoal = newGoal(jo, joId, "Cook twice a week");
        postJson(alex, "/api/v1/people/" + alexId + "/goals/" + joGoal + "/reviews", "{\"level\":1}")
                .andExpect(status().isNotFound());
        postJson(sam, "/api/v1/people/" + joId + "/goals/" + joGoal + "/reviews", "{\"level\":1}")
                .andExpect(status().isNotFound());
        String page = mvc.perform(post("/me/plan/goals/" + joGoal + "/steps").cookie(jo).with(csrf()).param("what", "Shop")
                .param("dueOn", java.time.LocalDate.now().minusDays(3).toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The step can't be due before the goal was set");
        assertThat(jdbc.sql("SELECT count(*) FROM goal_step WHERE goal_id = :g").param("g", joGoal).query(Integer.class).single())
                .isZero();
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsToldThePlanChangedAndNothingIsLost() throws Exception {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) FROM plan_values WHERE person_id = :p").param("p", joId)
                .query(Integer.class).single();
        mvc.perform(post("/me/plan/values").cookie(jo).with(csrf()).param("version", String.valueOf(version))
                .param("whatMatters", "From my phone")).andExpect(status().is3xxRedirection());
        String second = mvc.perform(post("/me/plan/values").cookie(jo).with(csrf()).param("version", String.valueOf(version))
                .param("whatMatters", "From my laptop")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Your plan was changed since you opened it", "From my laptop");
        assertThat(jdbc.sql("SELECT what_matters FROM plan_values WHERE person_id = :p ORDER BY version DESC LIMIT 1")
                .param("p", joId).query(String.class).single()).isEqualTo("From my phone");
        String empty = mvc.perform(post("/me/plan/values").cookie(jo).with(csrf()).param("version", String.valueOf(version + 1))
                .param("whatMatters", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Enter what matters to you");
    }

    @Test
    void aSupporterSeesOnlyTheCrisisPlanAndOnlyWhileThePersonSharesIt() throws Exception {
        mvc.perform(get("/supporting/" + alexId + "/crisis-plan").cookie(robin)).andExpect(status().isOk());
        byte[] pdf = mvc.perform(get("/supporting/" + alexId + "/crisis-plan.pdf").cookie(robin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/people/" + alexId + "/plan").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + alexId + "/plan/values").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + alexId + "/plan/crisis").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/" + alexId + "/goals").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/supporting/" + joId + "/crisis-plan").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/supporting/" + alexId + "/crisis-plan").cookie(lead)).andExpect(status().isNotFound());

        UUID link = jdbc.sql("SELECT l.id FROM supporter_link l JOIN account a ON a.id = l.supporter_account "
                + "WHERE a.username = 'robin' AND l.person_id = :p").param("p", alexId).query(UUID.class).single();
        mvc.perform(post("/me/plan/crisis/sharing").cookie(alex).with(csrf()).param("supporter", UUID.randomUUID().toString())
                .param("share", "no")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/supporting/" + alexId + "/crisis-plan").cookie(robin)).andExpect(status().isOk());
        mvc.perform(post("/me/plan/crisis/sharing").cookie(alex).with(csrf()).param("supporter", link.toString())
                .param("share", "no")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/supporting/" + alexId + "/crisis-plan").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(post("/me/plan/crisis/sharing").cookie(alex).with(csrf()).param("supporter", link.toString())
                .param("share", "yes")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/supporting/" + alexId + "/crisis-plan").cookie(robin)).andExpect(status().isOk());
    }

    @Test
    void anAdministratorCannotShareThePersonsCrisisPlanOnTheirBehalf() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        int links = count("supporter_link");
        String page = mvc.perform(post("/admin/people/" + alexId + "/supporters").cookie(admin).with(csrf())
                .param("username", "robin").param("relationship", "Friend").param("shares", "CRISIS_PLAN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Only the person can share their wellness and crisis plan");
        assertThat(count("supporter_link")).isEqualTo(links);
    }

    @Test
    void aSuggestionIsAcceptedOnceAndLevelsComeBackInOrder() throws Exception {
        UUID goal = newGoal(jo, joId, "Swim once a week");
        String body = mvc.perform(get("/api/v1/people/" + joId + "/goals").cookie(jo)).andReturn().getResponse().getContentAsString();
        int from = body.indexOf("Swim once a week");
        assertThat(body.indexOf("\"-2\"", from)).isLessThan(body.indexOf("\"-1\"", from));
        assertThat(body.indexOf("\"-1\"", from)).isLessThan(body.indexOf("\"0\"", from));
        assertThat(body.indexOf("\"1\"", from)).isLessThan(body.indexOf("\"2\"", from));
        Cookie[] kim = DemoUsers.login(mvc, "kim");
        String s = postJson(kim, "/api/v1/people/" + joId + "/goals/" + goal + "/suggestions", "{\"text\":\"Go with a friend\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String suggestion = JsonPath.read(s, "$.id");
        mvc.perform(post("/me/plan/goals/" + goal + "/steps").cookie(jo).with(csrf()).param("what", "Ask Sue to come")
                .param("suggestion", suggestion)).andExpect(status().is3xxRedirection());
        // taking it up twice (a second tab, a double click) shows the goal again and says why nothing was added
        String again = mvc.perform(post("/me/plan/goals/" + goal + "/steps").cookie(jo).with(csrf()).param("what", "Ask Sue to come")
                .param("suggestion", suggestion)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("This suggestion has already been accepted or declined.");
        assertThat(jdbc.sql("SELECT count(*) FROM goal_step WHERE goal_id = :g").param("g", goal).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void theJournalIsPrivateUntilThePersonSharesIt() throws Exception {
        mvc.perform(get("/people/" + alexId + "/plan/journal").cookie(sam)).andExpect(status().isNotFound());
        mvc.perform(post("/me/plan/journal").cookie(alex).with(csrf()).param("way", "GIVE")
                .param("on", java.time.LocalDate.now().toString()).param("note", "Helped a neighbour"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/me/plan/journal").cookie(alex).with(csrf()).param("way", "SLEEP").param("on", "tomorrow"))
                .andExpect(status().isOk());
        mvc.perform(post("/me/plan/journal/sharing").cookie(alex).with(csrf()).param("share", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/people/" + alexId + "/plan/journal").cookie(sam)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Helped a neighbour");
        mvc.perform(post("/me/plan/journal/sharing").cookie(alex).with(csrf()).param("share", "no"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + alexId + "/plan/journal").cookie(sam)).andExpect(status().isNotFound());
    }

    @Test
    void aRiskPlanIsAgreedOnlyWhenBothAgreedTheSameVersion() throws Exception {
        String review = java.time.LocalDate.now().plusMonths(1).toString();
        mvc.perform(post("/me/plan/risk").cookie(jo).with(csrf()).param("goal", "Go swimming alone")
                .param("risks", "Panic in the changing room").param("smaller", "Go at quiet times")
                .param("whoDoesWhat", "Jo books; Kim checks in").param("reviewOn", review)).andExpect(status().is3xxRedirection());
        UUID plan = jdbc.sql("SELECT id FROM risk_plan WHERE person_id = :p").param("p", joId).query(UUID.class).single();
        mvc.perform(post("/me/plan/risk/" + plan + "/agree").cookie(jo).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        Cookie[] kim = DemoUsers.login(mvc, "kim");
        assertThat(mvc.perform(get("/people/" + joId + "/plan/risk/" + plan).cookie(kim)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Not agreed yet", "The person has agreed this version.");
        mvc.perform(post("/people/" + joId + "/plan/risk/" + plan + "/agree").cookie(kim).with(csrf()).param("version", "1"));
        assertThat(mvc.perform(get("/me/plan/risk/" + plan).cookie(jo)).andReturn().getResponse().getContentAsString())
                .contains("Agreed</span> by the person and a worker");
        mvc.perform(post("/people/" + joId + "/plan/risk/" + plan).cookie(kim).with(csrf()).param("version", "1")
                .param("goal", "Go swimming alone").param("risks", "Panic").param("smaller", "Quiet times, a friend nearby")
                .param("whoDoesWhat", "Jo books").param("reviewOn", review)).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/me/plan/risk/" + plan).cookie(jo)).andReturn().getResponse().getContentAsString())
                .contains("Not agreed yet");
        assertThat(jdbc.sql("SELECT count(*) FROM risk_plan_version WHERE plan_id = :p").param("p", plan).query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void peerNotesGetAGentleWordingCheckAndThePersonReadsAndReflects() throws Exception {
        var result = mvc.perform(post("/people/" + alexId + "/plan/sessions").cookie(pat).with(csrf())
                .param("heldOn", java.time.LocalDate.now().toString()).param("style", "CO_LEARNING")
                .param("notes", "Alex was non-compliant with the plan but we laughed a lot.")).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((String) result.getFlashMap().get("flash")).contains("\"non-compliant\" (perhaps: chose not to)");
        String page = mvc.perform(get("/me/plan/sessions").cookie(alex)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("we laughed a lot", "Co-learning", "(peer session)");
        mvc.perform(post("/people/" + alexId + "/plan/sessions").cookie(pat).with(csrf()).param("heldOn", "2099-01-01")
                .param("notes", "")).andExpect(status().isOk());
    }

    @Test
    void writesAreAuditedAndTeamParticipationShowsCountsNotNames() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'goal' AND action = 'CREATE'")
                .query(Integer.class).single();
        newGoal(alex, alexId, "Call my sister");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'goal' AND action = 'CREATE' AND actor = 'alex'")
                .query(Integer.class).single()).isEqualTo(before + 1);
        String page = mvc.perform(get("/plan/participation").cookie(lead)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("North Community", "With goals").doesNotContain("Alex", "Morgan");
        mvc.perform(get("/plan/participation").cookie(robin)).andExpect(status().isNotFound());
        mvc.perform(get("/me/plan/chime").cookie(alex)).andExpect(status().isOk());
        mvc.perform(get("/people/" + alexId + "/plan/crisis.pdf").cookie(sam)).andExpect(status().isOk());
    }
}
