package tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import tandem.support.DemoUsers;

/**
 * PHQ-9's item 9 (help first for the person, the care team told at once: home page, duty e-mail, event)
 * and who completes what (requests only for self-report instruments with wording; clinician-rated ones
 * on the worker's form), over real HTTP on the demo data.
 */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@RecordApplicationEvents
class SafetyAndRatersTest {

    static final GreenMail SMTP = tandem.support.TestSmtp.start();
    static final String DUTY = "duty.desk@riverside.example";

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
    ApplicationEvents events;

    MockHttpServletRequestBuilder phq9(MockHttpServletRequestBuilder b, int item9) {
        for (int i = 1; i <= 8; i++) {
            b = b.param("q" + i, "1");
        }
        return b.param("q9", Integer.toString(item9));
    }

    long openAlerts(UUID person) {
        return jdbc.sql("SELECT count(*) FROM measure_safety_alert WHERE person_id = :p AND seen_at IS NULL").param("p", person)
                .query(Long.class).single();
    }

    long requests(UUID person) {
        return jdbc.sql("SELECT count(*) FROM measure_assignment WHERE person_id = :p").param("p", person).query(Long.class).single();
    }

    MimeMessage[] mailTo(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void aSafetyAnswerShowsHelpFirstAndTellsTheCareTeamAtOnceWithoutTheAnswers() throws Exception {
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        jdbc.sql("UPDATE measure_safety_alert SET seen_at = now(), seen_by = 'test' WHERE person_id = :p").param("p", alex).update();
        int mailBefore = mailTo(DUTY).length;

        mvc.perform(phq9(post("/me/measures/PHQ9").cookie(alexSession).with(csrf()), 2))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/me/measures/PHQ9/help"));
        String help = mvc.perform(get("/me/measures/PHQ9/help").cookie(alexSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(help).contains("If you need help now").contains("999").contains("NHS 111").contains("116 123").contains("85258")
                .contains("Your answers are not watched as they arrive").contains("/me/plan/crisis")
                .contains("Your care team has been told");
        assertThat(help.indexOf("If you need help now")).as("help comes before the link to the results")
                .isLessThan(help.indexOf("See your results"));
        assertThat(help).doesNotContain("moderate").doesNotContain("Depression symptoms");

        assertThat(openAlerts(alex)).isEqualTo(1);
        assertThat(events.stream(SafetyAlertRaised.class).filter(e -> e.personId().value().equals(alex)))
                .singleElement().satisfies(e -> assertThat(e.instrument()).isEqualTo("PHQ9"));

        // the worker: first on their home page, and on the person's questionnaires page
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        String home = mvc.perform(get("/").cookie(sam)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int first = home.indexOf("<h2");
        assertThat(home.substring(first, home.indexOf("</h2>", first))).contains("Needs attention today");
        assertThat(home).contains("Alex Morgan: a safety answer on PHQ9");
        mvc.perform(get("/measures/due").cookie(sam)).andExpect(content().string(containsString("Needs attention today")));

        // the duty contact's e-mail: that it happened, when, and a link; no answers, no name
        assertThat(SMTP.waitForIncomingEmail(10_000, mailBefore + 1)).isTrue();
        MimeMessage[] mails = mailTo(DUTY);
        assertThat(mails.length).isGreaterThan(mailBefore);
        String body = GreenMailUtil.getBody(mails[mails.length - 1]);
        assertThat(mails[mails.length - 1].getSubject()).contains("safety answer");
        assertThat(body).contains("/people/" + alex + "/measures").contains("PHQ-9")
                .doesNotContain("Alex").doesNotContain("Morgan").doesNotContain("Thoughts that you would")
                .doesNotContain("Nearly every day").doesNotContain("Several days").doesNotContain("q9");

        // marked seen: audited, and gone from the worker's home page
        UUID alert = jdbc.sql("SELECT id FROM measure_safety_alert WHERE person_id = :p AND seen_at IS NULL").param("p", alex)
                .query(UUID.class).single();
        mvc.perform(post("/people/" + alex + "/measures/safety-alerts/" + alert + "/seen").cookie(sam).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(openAlerts(alex)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'safety alert' AND object_id = :id AND actor = 'sam'")
                .param("id", alert.toString()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/").cookie(sam)).andExpect(content().string(not(containsString("Needs attention today"))));
        // a second time: nothing left to mark
        mvc.perform(post("/people/" + alex + "/measures/safety-alerts/" + alert + "/seen").cookie(sam).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void item9AtZeroRaisesNothing() throws Exception {
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        long alertsBefore = jdbc.sql("SELECT count(*) FROM measure_safety_alert").query(Long.class).single();
        Thread.sleep(1000); // lets any e-mail of an earlier test arrive first
        int mailBefore = SMTP.getReceivedMessages().length;
        mvc.perform(phq9(post("/me/measures/PHQ9").cookie(alexSession).with(csrf()), 0))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/me/measures/PHQ9"));
        assertThat(jdbc.sql("SELECT count(*) FROM measure_safety_alert").query(Long.class).single()).isEqualTo(alertsBefore);
        assertThat(events.stream(SafetyAlertRaised.class)).isEmpty();
        mvc.perform(get("/me/measures/PHQ9").cookie(alexSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("If you need help now"))));
        Thread.sleep(500); // an e-mail, if one were wrongly sent, goes out on its own thread
        assertThat(SMTP.getReceivedMessages()).hasSize(mailBefore);
    }

    @Test
    void aSafetyAnswerEnteredTogetherTellsTheWorkerAndTheTeam() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        long alertsBefore = openAlerts(alex);
        mvc.perform(phq9(post("/people/" + alex + "/measures/PHQ9").cookie(sam).with(csrf()), 1))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/people/" + alex + "/measures/PHQ9"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash",
                        containsString("safety answer")));
        assertThat(events.stream(SafetyAlertRaised.class)).hasSize(1);
        assertThat(openAlerts(alex)).as("one new alert for the team").isEqualTo(alertsBefore + 1);
    }

    @Test
    void aSafetyAnswerThroughASingleUseLinkShowsHelpToo() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID request = jdbc.sql("SELECT id FROM measure_assignment WHERE person_id = :p AND instrument = 'PHQ9' AND ended_at IS NULL LIMIT 1")
                .param("p", alex).query(UUID.class).single();
        String page = mvc.perform(post("/people/" + alex + "/measures/assignments/" + request + "/link").cookie(sam).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*/q/([A-Za-z0-9_-]+).*", "$1");
        mvc.perform(get("/q/" + token)).andExpect(content().string(containsString("Over the last 2 weeks, how often have you been bothered")));
        String done = mvc.perform(phq9(post("/q/" + token).with(csrf()), 3)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(done).contains("If you need help now").contains("116 123").contains("not watched as they arrive");
        assertThat(events.stream(SafetyAlertRaised.class)).hasSize(1);
    }

    @Test
    void staffAskOnlyForSelfReportQuestionnairesWithWordingAndAreRefusedOtherwise() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        long before = requests(alex);
        for (String[] refused : new String[][] {{"HONOS", "Health of the Nation Outcome Scales"}, {"BPRS", "Brief Psychiatric Rating Scale"},
                {"STAR_C", "STAR-C"}, {"QPR15", "QPR"}}) {
            mvc.perform(post("/api/v1/people/" + alex + "/measures/requests").cookie(sam).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"instrument\":\"" + refused[0] + "\",\"from\":\"" + today + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("instrument"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString(refused[1])));
        }
        // the page form too: an error naming it, nothing stored
        mvc.perform(post("/people/" + alex + "/measures/assignments").cookie(sam).with(csrf())
                .param("instrument", "HONOS").param("dueOn", today))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is rated by a worker, not by the person")));
        assertThat(requests(alex)).isEqualTo(before);

        // the form offers only what the person can complete
        String list = mvc.perform(get("/people/" + alex + "/measures").cookie(sam)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<option value=\"PHQ9\">").contains("<option value=\"GAD7\">").contains("<option value=\"CHIME_CHECKIN\">")
                .doesNotContain("<option value=\"HONOS\">").doesNotContain("<option value=\"BPRS\">").doesNotContain("<option value=\"QPR15\">");

        String created = mvc.perform(post("/api/v1/people/" + alex + "/measures/requests").cookie(sam).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"instrument\":\"GAD7\",\"from\":\"" + today + "\",\"everyMonths\":3}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists()).andReturn().getResponse().getContentAsString();
        assertThat(requests(alex)).isEqualTo(before + 1);
        jdbc.sql("DELETE FROM measure_assignment WHERE id = :id").param("id", UUID.fromString(
                com.jayway.jsonpath.JsonPath.read(created, "$.id"))).update();

        // the person sees their requests with a link to fill each in, and nothing they cannot open
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        String mine = mvc.perform(get("/me/measures").cookie(alexSession)).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Patient Health Questionnaire (PHQ-9)").contains("href=\"/me/measures/PHQ9/new\"")
                .contains("href=\"/me/measures/GAD7/new\"");
        mvc.perform(get("/me/measures/PHQ9/new").cookie(alexSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Feeling down, depressed, or hopeless")))
                .andExpect(content().string(containsString("More than half the days")));
        mvc.perform(get("/me/measures/HONOS/new").cookie(alexSession)).andExpect(status().isNotFound());
    }

    @Test
    void aWorkerRatesAClinicianRatedInstrumentOnTheirOwnFormWithNotKnownLeftOut() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        mvc.perform(get("/people/" + alex + "/measures").cookie(sam))
                .andExpect(content().string(containsString("href=\"/people/" + alex + "/measures/HONOS/new\">Rate")));
        mvc.perform(get("/people/" + alex + "/measures/HONOS/new").cookie(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This is rated by a worker. You are rating Alex Morgan")))
                .andExpect(content().string(containsString("Not known")))
                .andExpect(content().string(not(containsString("completed together"))));
        var form = post("/people/" + alex + "/measures/HONOS").cookie(sam).with(csrf());
        for (int i = 1; i <= 12; i++) {
            form = form.param("q" + i, i == 3 ? "9" : "2");
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        var row = jdbc.sql("""
                SELECT id, entered_by, completed_together, headline ->> 'value' AS total, answers ->> '3' AS item3
                  FROM measure_response WHERE person_id = :p AND instrument = 'HONOS' ORDER BY authored DESC LIMIT 1
                """).param("p", alex).query().singleRow();
        assertThat(row.get("entered_by")).isEqualTo("sam");
        assertThat(row.get("completed_together")).isEqualTo(false);
        assertThat(row.get("total")).as("11 items of 2; the not-known item is left out").isEqualTo("22");
        assertThat(row.get("item3")).isEqualTo("9");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'questionnaire response' AND object_id = :id")
                .param("id", row.get("id").toString()).query(Long.class).single()).isEqualTo(1);
        // someone who may not see the person gets nothing
        Cookie[] kim = DemoUsers.login(mvc, "kim");
        mvc.perform(get("/people/" + alex + "/measures/HONOS/new").cookie(kim)).andExpect(status().isNotFound());
    }

    @Test
    void answersMayArriveAsNumericStringsInTheApi() throws Exception {
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        mvc.perform(post("/api/v1/people/" + alex + "/responses").cookie(alexSession).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"instrument\":\"GAD7\",\"answers\":{\"1\":\"3\",\"2\":2,\"3\":\"2\",\"4\":1,\"5\":\"0\",\"6\":1,\"7\":\"1\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scales[0].value").value(10)).andExpect(jsonPath("$.scales[0].band").value("moderate"));
        mvc.perform(post("/api/v1/score").cookie(alexSession).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"instrument\":\"GAD7\",\"answers\":{\"1\":\"three\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answers.1"));
    }

    @Test
    void aServiceLeadSetsATeamsDutyContact() throws Exception {
        Cookie[] lead = DemoUsers.login(mvc, "lead");
        UUID team = jdbc.sql("SELECT team_id FROM measure_duty_contact ORDER BY team_id LIMIT 1").query(UUID.class).single();
        mvc.perform(put("/api/v1/teams/" + team + "/duty-contact").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not an address\"}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/teams/" + team + "/duty-contact").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"night.desk@riverside.example\"}")).andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT email FROM measure_duty_contact WHERE team_id = :t").param("t", team).query(String.class).single())
                .isEqualTo("night.desk@riverside.example");
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(put("/api/v1/teams/" + team + "/duty-contact").cookie(sam).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"x@example.org\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/teams/" + team + "/duty-contact").cookie(lead).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + DUTY + "\"}")).andExpect(status().isNoContent());
    }
}
