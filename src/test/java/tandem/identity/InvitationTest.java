package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;

import tandem.people.PeopleAdministration;
import tandem.people.PersonForm;
import tandem.shared.TandemClock;
import tandem.shared.ids.PersonId;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;
import tandem.support.TestSmtp;

/**
 * Invitations to Tandem: a care-team worker sends one through the API, the e-mail arrives through a real SMTP
 * server, and its link makes the person's account once; a used, replaced, revoked, expired or made-up link is 410.
 */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class InvitationTest {

    static final GreenMail SMTP = TestSmtp.start();
    static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/invitations/[A-Za-z0-9_-]+)");
    static final String PASSWORD = "kettle otter lamp 9";
    static final String GONE = "This link has already been used or has expired. Ask the person who invited you to send a new one.";

    /** The application's clock, which a test can move forward (and back again afterwards). */
    static final class MovableClock extends Clock {
        volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    static final MovableClock CLOCK = new MovableClock();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TandemClock movableTandemClock() {
            return new TandemClock(CLOCK);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.use(SMTP, registry);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @AfterEach
    void clockBack() {
        CLOCK.ahead = Duration.ZERO;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleAdministration people;

    @Autowired
    Invitations invitations;

    /** A person without an account, on the caseload of Sam's team (Sam and Pat are their care team). */
    PersonId personOnSamsTeam(String given) {
        UUID team = jdbc.sql("SELECT team_id FROM team_member WHERE staff_id = :s LIMIT 1").param("s", DemoUsers.staffId(jdbc, "sam"))
                .query(UUID.class).single();
        return people.createPerson(PersonFixture.administrator(jdbc), new PersonForm(given, "Invited", "", "", "", "", "", false, false, false,
                team.toString(), "", "", "", false));
    }

    /** A person on no team's caseload: nobody has their care. */
    PersonId personWithoutCare(String given) {
        return people.createPerson(PersonFixture.administrator(jdbc), new PersonForm(given, "Uncared", "", "", "", "", "", false, false, false,
                "", "", "", "", false));
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    String inviteBody(String email) {
        return "{\"email\":\"" + email + "\"}";
    }

    /** Sends an invitation through the API as the worker; its id, from the 201 answer. */
    String invite(Cookie[] worker, PersonId person, String email) throws Exception {
        Instant before = Instant.now();
        String body = mvc.perform(post("/api/v1/people/" + person + "/invitations").with(csrf()).cookie(worker).contentType(MediaType.APPLICATION_JSON)
                .content(inviteBody(email))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Instant expires = Instant.parse(JsonPath.read(body, "$.expiresAt"));
        assertThat(expires).as("the link lasts 7 days").isBetween(before.plus(Duration.ofDays(7)).minusSeconds(5),
                Instant.now().plus(Duration.ofDays(7)).plusSeconds(5));
        return JsonPath.read(body, "$.id");
    }

    /** Waits for the count-th e-mail to the address and returns the path of the link in it. */
    String linkInMail(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (mailTo(address).size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        List<MimeMessage> mail = mailTo(address);
        assertThat(mail).as("the invitation is e-mailed").hasSize(count);
        MimeMessage last = mail.get(mail.size() - 1);
        assertThat(last.getSubject()).isEqualTo("You are invited to Tandem");
        Matcher m = LINK.matcher(GreenMailUtil.getBody(last).replace("=\r\n", ""));
        assertThat(m.find()).as("the e-mail holds the link").isTrue();
        return m.group(1);
    }

    long invitationsOf(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM invitation WHERE person_id = :p").param("p", person.value()).query(Long.class).single();
    }

    long audited(String invitationId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :i").param("i", invitationId).query(Long.class).single();
    }

    @Test
    void aCareTeamWorkerInvitesAndTheLinkMakesThePersonsAccountOnce() throws Exception {
        PersonId person = personOnSamsTeam("Ivy");
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        String id = invite(sam, person, "ivy.invited@example.org");
        String link = linkInMail("ivy.invited@example.org", 1);
        assertThat(jdbc.sql("SELECT token_hash FROM invitation WHERE id = :i").param("i", UUID.fromString(id)).query(String.class).single())
                .as("only a hash of the token is stored").isNotEqualTo(link.substring(link.lastIndexOf('/') + 1)).hasSize(64);

        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sent, not opened yet")))
                .andExpect(content().string(containsString("ivy.invited@example.org")));
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Make your Tandem account")))
                .andExpect(content().string(containsString("value=\"ivy.invited\"")));
        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(content().string(containsString("Opened, no account made yet")));

        // the password rules, and the two passwords must match: named on their fields, nothing made, the link still works
        mvc.perform(post(link).with(csrf()).param("username", "ivy.invited").param("password", "short").param("confirm", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#password\"")));
        mvc.perform(post(link).with(csrf()).param("username", "ivy.invited").param("password", PASSWORD).param("confirm", PASSWORD + "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#confirm\"")));
        mvc.perform(post(link).with(csrf()).param("username", "sam").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That username is already taken")));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE person_id = :p").param("p", person.value()).query(Long.class).single()).isZero();

        mvc.perform(post(link).with(csrf()).param("username", "Ivy.Invited").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(redirectedUrl("/login"));
        assertThat(DemoUsers.personId(jdbc, "ivy.invited")).as("the account is linked to the person's record").isEqualTo(person.value());

        Cookie[] ivy = DemoUsers.login(mvc, "ivy.invited", PASSWORD);
        mvc.perform(get("/api/v1/me").cookie(ivy)).andExpect(status().isOk())
                .andExpect(content().string(containsString(person.value().toString())));
        mvc.perform(get("/me/plan").cookie(ivy)).andExpect(status().isOk());

        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString(GONE)));
        mvc.perform(post(link).with(csrf()).param("username", "ivy.again").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().isGone());
        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(content().string(containsString("Used: the account is made")))
                .andExpect(content().string(containsString("has a Tandem account")));
        assertThat(audited(id)).as("sent, opened and used are audited").isEqualTo(3);

        // now that the person has an account: 409, and nothing is sent
        mvc.perform(post("/api/v1/people/" + person + "/invitations").with(csrf()).cookie(sam).contentType(MediaType.APPLICATION_JSON)
                .content(inviteBody("ivy.invited@example.org"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        Thread.sleep(300);
        assertThat(mailTo("ivy.invited@example.org")).hasSize(1);
        assertThat(invitationsOf(person)).isEqualTo(1);
    }

    @Test
    void aNewInvitationEndsTheOldLink() throws Exception {
        PersonId person = personOnSamsTeam("Ned");
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        String first = invite(sam, person, "ned.invited@example.org");
        String firstLink = linkInMail("ned.invited@example.org", 1);
        invite(DemoUsers.login(mvc, "pat"), person, "ned.invited@example.org");
        String secondLink = linkInMail("ned.invited@example.org", 2);
        mvc.perform(get(firstLink)).andExpect(status().isGone()).andExpect(content().string(containsString(GONE)));
        mvc.perform(get(secondLink)).andExpect(status().isOk());
        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(content().string(containsString("Replaced by a newer invitation")));
        assertThat(audited(first)).as("sent and replaced are audited").isEqualTo(2);
    }

    @Test
    void aRevokedLinkIsGone() throws Exception {
        PersonId person = personOnSamsTeam("Rey");
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        String id = invite(sam, person, "rey.invited@example.org");
        String link = linkInMail("rey.invited@example.org", 1);
        mvc.perform(get("/people/" + person).cookie(sam))
                .andExpect(content().string(containsString("/people/" + person + "/invitations/" + id + "/revoke")));
        // someone who may not invite the person cannot revoke it either
        mvc.perform(post("/people/" + person + "/invitations/" + id + "/revoke").with(csrf()).cookie(DemoUsers.login(mvc, "tutor")))
                .andExpect(status().isNotFound());
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post("/people/" + person + "/invitations/" + id + "/revoke").with(csrf()).cookie(sam))
                .andExpect(redirectedUrl("/people/" + person + "#invitation"));
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString(GONE)));
        mvc.perform(post(link).with(csrf()).param("username", "rey.invited").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().isGone());
        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(content().string(containsString("Revoked")))
                .andExpect(content().string(not(containsString("/invitations/" + id + "/revoke"))));
        assertThat(audited(id)).as("sent, opened and revoked are audited").isEqualTo(3);
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        PersonId person = personOnSamsTeam("Eve");
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        invite(sam, person, "eve.invited@example.org");
        String link = linkInMail("eve.invited@example.org", 1);
        CLOCK.ahead = Duration.ofDays(7).minusMinutes(1);
        mvc.perform(get(link)).andExpect(status().isOk());
        CLOCK.ahead = Duration.ofDays(7).plusMinutes(1);
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString(GONE)));
        mvc.perform(post(link).with(csrf()).param("username", "eve.invited").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().isGone());
        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(content().string(containsString("Expired")));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'eve.invited'").query(Long.class).single()).isZero();
    }

    @Test
    void aBadAddressIs400NamingTheFieldAndNothingIsCreated() throws Exception {
        PersonId person = personOnSamsTeam("Bea");
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        for (String body : List.of(inviteBody("not an address"), inviteBody(""), "{}", inviteBody("a@" + "b".repeat(260) + ".org"))) {
            mvc.perform(post("/api/v1/people/" + person + "/invitations").with(csrf()).cookie(sam).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
        }
        mvc.perform(post("/people/" + person + "/invitations").with(csrf()).cookie(sam).param("email", "bea at example"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#email\"")))
                .andExpect(content().string(containsString("Enter an email address in the right format")));
        assertThat(invitationsOf(person)).isZero();
        // the page's form sends one when the address is good
        mvc.perform(post("/people/" + person + "/invitations").with(csrf()).cookie(sam).param("email", "bea.invited@example.org"))
                .andExpect(redirectedUrl("/people/" + person + "#invitation"));
        linkInMail("bea.invited@example.org", 1);
    }

    @Test
    void onlyAWorkerInThePersonsCareTeamMayInvite() throws Exception {
        PersonId person = personOnSamsTeam("Kit");
        PersonId uncared = personWithoutCare("Lou");
        PersonId alex = PersonId.of(DemoUsers.personId(jdbc, "alex"));
        String body = inviteBody("someone@example.org");
        // not in their care: as if the person did not exist
        for (String who : List.of("tutor", "college", "lead")) {
            int expected = who.equals("lead") ? 403 : 404;
            mvc.perform(post("/api/v1/people/" + person + "/invitations").with(csrf()).cookie(DemoUsers.login(mvc, who))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(expected));
        }
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(post("/api/v1/people/" + uncared + "/invitations").with(csrf()).cookie(sam).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/" + UUID.randomUUID() + "/invitations").with(csrf()).cookie(sam).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isNotFound());
        // the administrator sees the person in the directory, but does not care for them
        mvc.perform(post("/api/v1/people/" + person + "/invitations").with(csrf()).cookie(DemoUsers.login(mvc, "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        // the person themselves and their supporter
        mvc.perform(post("/api/v1/people/" + alex + "/invitations").with(csrf()).cookie(DemoUsers.login(mvc, "alex"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + alex + "/invitations").with(csrf()).cookie(DemoUsers.login(mvc, "robin"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + person + "/invitations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        assertThat(invitationsOf(person) + invitationsOf(uncared) + invitationsOf(alex)).isZero();
        // the form is on the care team's page only
        mvc.perform(get("/people/" + person).cookie(sam)).andExpect(content().string(containsString("Invite to Tandem")));
        mvc.perform(get("/people/" + alex).cookie(DemoUsers.login(mvc, "alex")))
                .andExpect(content().string(not(containsString("Invite to Tandem"))));
        Thread.sleep(300);
        assertThat(mailTo("someone@example.org")).isEmpty();
    }

    @Test
    void twoInvitationsAtOnceLeaveOneLinkThatWorks() throws Exception {
        PersonId person = personOnSamsTeam("Tam");
        UUID org = jdbc.sql("SELECT organisation_id FROM person WHERE id = :p").param("p", person.value()).query(UUID.class).single();
        CurrentUser sam = new CurrentUser(tandem.shared.ids.AccountId.of(jdbc.sql("SELECT id FROM account WHERE username = 'sam'")
                .query(UUID.class).single()), "sam", "Sam", java.util.Set.of(Role.PRACTITIONER), null,
                tandem.shared.ids.StaffId.of(DemoUsers.staffId(jdbc, "sam")), tandem.shared.ids.OrganisationId.of(org));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<SentInvitation>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String to = "tam" + i + "@example.org";
                sent.add(pool.submit(() -> {
                    start.await();
                    return invitations.invite(sam, person, tandem.shared.ids.OrganisationId.of(org), to);
                }));
            }
            start.countDown();
            for (var f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(invitationsOf(person)).isEqualTo(2);
        assertThat(invitations.forPerson(person)).extracting(InvitationStatus::state)
                .containsExactlyInAnyOrder(InvitationStatus.State.SENT, InvitationStatus.State.REPLACED);
    }

    @Test
    void aMadeUpLinkGetsTheSamePage() throws Exception {
        mvc.perform(get("/invitations/" + "x".repeat(43))).andExpect(status().isGone()).andExpect(content().string(containsString(GONE)));
        mvc.perform(get("/invitations/short")).andExpect(status().isGone()).andExpect(content().string(containsString(GONE)));
        mvc.perform(post("/invitations/" + "x".repeat(43)).with(csrf()).param("username", "x1").param("password", PASSWORD)
                .param("confirm", PASSWORD)).andExpect(status().isGone());
    }
}
