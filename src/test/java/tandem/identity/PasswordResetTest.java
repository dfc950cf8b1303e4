package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import tandem.people.PeopleAdministration;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;

/** A forgotten password: a link by e-mail through a real SMTP server, used once within the hour, ending every session. */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class PasswordResetTest {

    static final GreenMail SMTP = tandem.support.TestSmtp.start();
    static final String OLD = "an old password for tests";
    static final String NEW = "a brand new password 42";
    static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/account/reset/[A-Za-z0-9_-]+)");

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
    PeopleAdministration people;

    /** A person with an account and an e-mail address of their own, made for the test. */
    String person(String username) {
        PersonFixture.withAccount(jdbc, people, "Rae", "Reset", username + "@example.org", username, OLD);
        return username;
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

    /** Asks for a link and returns its path, from the e-mail that arrives. */
    String askForLink(String username) throws Exception {
        int before = mailTo(username + "@example.org").size();
        mvc.perform(post("/account/reset").with(csrf()).param("username", username)).andExpect(status().isOk())
                .andExpect(content().string(containsString("If there is a Tandem account with that username")));
        long until = System.currentTimeMillis() + 10_000;
        while (mailTo(username + "@example.org").size() == before && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        List<MimeMessage> mail = mailTo(username + "@example.org");
        assertThat(mail).as("a link is e-mailed").hasSize(before + 1);
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail.get(mail.size() - 1)).replace("=\r\n", ""));
        assertThat(m.find()).as("the e-mail holds the link").isTrue();
        return m.group(1);
    }

    @Test
    void theLinkSetsANewPasswordOnceAndSignsOutEveryDevice() throws Exception {
        String user = person("rae.reset1");
        Cookie[] otherDevice = DemoUsers.login(mvc, user, OLD);
        mvc.perform(get("/api/v1/me").cookie(otherDevice)).andExpect(status().isOk());
        String link = askForLink(user);
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Choose a new password")));
        // two different passwords: shown again, the link still works
        mvc.perform(post(link).with(csrf()).param("password", NEW).param("confirm", NEW + "x")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Type the same new password twice")));
        // a password the rules refuse: named on the field, nothing changed
        mvc.perform(post(link).with(csrf()).param("password", "short").param("confirm", "short")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#password\"")));
        DemoUsers.login(mvc, user, OLD);
        mvc.perform(post(link).with(csrf()).param("password", NEW).param("confirm", NEW)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").cookie(otherDevice)).andExpect(status().isUnauthorized());
        DemoUsers.login(mvc, user, NEW);
        assertThatThrownBy(() -> DemoUsers.login(mvc, user, OLD)).hasMessageContaining("Could not sign in");
        mvc.perform(get(link)).andExpect(status().isGone());
        mvc.perform(post(link).with(csrf()).param("password", "another new password 7").param("confirm", "another new password 7"))
                .andExpect(status().isGone());
        DemoUsers.login(mvc, user, NEW);
    }

    @Test
    void anUnknownUsernameGetsTheSamePageAndNoEmailIsSent() throws Exception {
        int before = SMTP.getReceivedMessages().length;
        mvc.perform(post("/account/reset").with(csrf()).param("username", "nobody-with-this-name")).andExpect(status().isOk())
                .andExpect(content().string(containsString("If there is a Tandem account with that username")));
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        String user = person("rae.reset2");
        String link = askForLink(user);
        jdbc.sql("UPDATE password_reset SET requested_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' "
                + "WHERE account_id = (SELECT id FROM account WHERE username = :u)").param("u", user).update();
        mvc.perform(get(link)).andExpect(status().isGone());
        mvc.perform(post(link).with(csrf()).param("password", NEW).param("confirm", NEW)).andExpect(status().isGone());
        DemoUsers.login(mvc, user, OLD);
    }

    @Test
    void aNewLinkEndsTheOldOneAndNoMoreThanThreeAreSentInAnHour() throws Exception {
        String user = person("rae.reset3");
        String first = askForLink(user);
        String second = askForLink(user);
        mvc.perform(get(first)).andExpect(status().isGone());
        mvc.perform(get(second)).andExpect(status().isOk());
        askForLink(user);
        int sent = mailTo(user + "@example.org").size();
        mvc.perform(post("/account/reset").with(csrf()).param("username", user)).andExpect(status().isOk())
                .andExpect(content().string(containsString("If there is a Tandem account with that username")));
        Thread.sleep(500);
        assertThat(mailTo(user + "@example.org")).as("a fourth request within the hour sends nothing").hasSize(sent);
    }

    @Test
    void aMadeUpLinkIsGone() throws Exception {
        mvc.perform(get("/account/reset/" + "x".repeat(43))).andExpect(status().isGone());
        mvc.perform(get("/account/reset/short")).andExpect(status().isGone());
    }
}
