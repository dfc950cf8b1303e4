package tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class AdministeringTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void badRequestsNameTheFieldAndSaveNothing() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        long before = jdbc.sql("SELECT count(*) FROM measure_assignment").query(Long.class).single();
        mvc.perform(post("/people/" + alex + "/measures/assignments").cookie(sam).with(csrf())
                .param("instrument", "NOPE").param("dueOn", "2001-01-01").param("everyMonths", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a questionnaire from the list")))
                .andExpect(content().string(containsString("today or later")))
                .andExpect(content().string(containsString("1 to 24 months")));
        assertThat(jdbc.sql("SELECT count(*) FROM measure_assignment").query(Long.class).single()).isEqualTo(before);
        UUID jo = DemoUsers.personId(jdbc, "jo");
        mvc.perform(post("/people/" + jo + "/measures/assignments").cookie(sam).with(csrf())
                .param("instrument", "QPR15").param("dueOn", java.time.LocalDate.now().toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSingleUseLinkShowsOnlyAFirstNameWorksOnceAndCompletesTheRequest() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        mvc.perform(post("/people/" + alex + "/measures/assignments").cookie(sam).with(csrf())
                .param("instrument", "GAD7").param("dueOn", java.time.LocalDate.now().toString()).param("everyMonths", "0"))
                .andExpect(status().is3xxRedirection());
        UUID assignment = jdbc.sql("SELECT id FROM measure_assignment WHERE person_id = :p AND instrument = 'GAD7' AND ended_at IS NULL ORDER BY assigned_at DESC LIMIT 1")
                .param("p", alex).query(UUID.class).single();
        String page = mvc.perform(post("/people/" + alex + "/measures/assignments/" + assignment + "/link").cookie(sam).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*/q/([A-Za-z0-9_-]+).*", "$1");
        assertThat(token).hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM measure_link WHERE token_hash = :t").param("t", token).query(Long.class).single())
                .as("only a hash is stored").isZero();

        mvc.perform(get("/q/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hello Alex")))
                .andExpect(content().string(not(containsString("Morgan"))));
        mvc.perform(post("/q/" + token).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer at least one question")));
        mvc.perform(post("/q/" + token).with(csrf()).param("q1", "2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you")));
        mvc.perform(post("/q/" + token).with(csrf()).param("q1", "1")).andExpect(status().isGone());
        mvc.perform(get("/q/" + token)).andExpect(status().isGone());
        mvc.perform(get("/q/" + "x".repeat(43))).andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT count(*) FROM measure_response WHERE person_id = :p AND instrument = 'GAD7' AND entered_by = 'single-use link'")
                .param("p", alex).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT ended_at IS NOT NULL FROM measure_assignment WHERE id = :id").param("id", assignment)
                .query(Boolean.class).single()).as("a one-off request ends when completed").isTrue();
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/me/access-log").cookie(alexSession)).andExpect(content().string(containsString("single-use link")));
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID assignment = jdbc.sql("SELECT id FROM measure_assignment WHERE person_id = :p AND instrument = 'CHIME_CHECKIN' AND ended_at IS NULL")
                .param("p", alex).query(UUID.class).single();
        String page = mvc.perform(post("/people/" + alex + "/measures/assignments/" + assignment + "/link").cookie(sam).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*/q/([A-Za-z0-9_-]+).*", "$1");
        jdbc.sql("UPDATE measure_link SET expires_at = now() - interval '1 minute'").update();
        mvc.perform(get("/q/" + token)).andExpect(status().isGone());
    }

    @Test
    void theTeamDueListShowsOverdueRequestsForPeopleTheWorkerMaySee() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/measures/due").cookie(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alex Morgan")))
                .andExpect(content().string(containsString("CHIME_CHECKIN")));
        Cookie[] kim = DemoUsers.login(mvc, "kim");
        mvc.perform(get("/measures/due").cookie(kim)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Alex Morgan"))));
    }

    private UUID scheduled(UUID person, LocalDate due, Integer everyMonths) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO measure_assignment (id, person_id, organisation_id, instrument, due_on, every_months, assigned_by)
                SELECT :id, :p, organisation_id, 'QPR15', :d, :e, 'sam' FROM person WHERE id = :p
                """).param("id", id).param("p", person).param("d", java.sql.Date.valueOf(due)).param("e", everyMonths).update();
        return id;
    }

    private LocalDate dueOn(UUID assignment) {
        return jdbc.sql("SELECT due_on FROM measure_assignment WHERE id = :id").param("id", assignment).query(LocalDate.class).single();
    }

    @Test
    void aResponseMovesEachScheduledRequestItAnswersToItsNextDateAndEndsAOneOff() throws Exception {
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        UUID overdue = scheduled(alex, today.minusMonths(7).minusDays(3), 3);
        UUID early = scheduled(alex, today.plusDays(10), 6);
        UUID later = scheduled(alex, today.plusDays(30), 3);
        UUID oneOff = scheduled(alex, today.plusDays(5), null);

        StringBuilder answers = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            answers.append(i == 1 ? "" : ",").append('"').append(i).append("\":3");
        }
        mvc.perform(post("/api/v1/people/" + alex + "/responses").cookie(alexSession).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"instrument\":\"QPR15\",\"answers\":{" + answers + "}}")).andExpect(status().isCreated());

        // overdue by 7 months on a 3-monthly schedule: 4 and 1 months ago have passed too, so 2 months from now
        assertThat(dueOn(overdue)).isEqualTo(today.minusMonths(7).minusDays(3).plusMonths(3).plusMonths(3).plusMonths(3));
        assertThat(dueOn(early)).as("completed 10 days early: the next one is an interval later").isEqualTo(today.plusDays(10).plusMonths(6));
        assertThat(dueOn(later)).as("not due within 14 days: unchanged").isEqualTo(today.plusDays(30));
        assertThat(jdbc.sql("SELECT ended_at IS NOT NULL FROM measure_assignment WHERE id = :id").param("id", oneOff)
                .query(Boolean.class).single()).isTrue();
        jdbc.sql("DELETE FROM measure_assignment WHERE id IN (:ids)").param("ids", java.util.List.of(overdue, early, later, oneOff)).update();
    }
}
