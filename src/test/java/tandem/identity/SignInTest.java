package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tandem.identity.internal.TotpTestAccess;
import tandem.support.DemoUsers;

/** Sign-in outside the demo profile: throttling, the second factor, sessions in PostgreSQL. */
@SpringBootTest(properties = "tandem.demo.seed=true")
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    tandem.people.PeopleAdministration people;

    private MvcResult attempt(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())).andReturn();
    }

    @Test
    void afterFiveFailuresTheAccountWaitsEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("pat", "wrong password " + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(attempt("pat", DemoUsers.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
    }

    @Test
    void everySpellingOfANameCountsAgainstTheSameAccount() throws Exception {
        tandem.support.PersonFixture.withAccount(jdbc, people, "Spell", "Ing", "", "spelling.one", "the right password here");
        // capitals, spaces around it, full-width letters and a Kelvin sign for the K: one name to the lookup and to the throttle
        String[] spellings = {"SPELLING.ONE", " spelling.one ", "\uFF53\uFF50\uFF45\uFF4C\uFF4C\uFF49\uFF4E\uFF47.one", "Spelling.One",
                "spelling.one"};
        for (String spelling : spellings) {
            assertThat(attempt(spelling, "a wrong password").getResponse().getRedirectedUrl()).as(spelling).isEqualTo("/login?error");
        }
        assertThat(attempt("spelling.one", "the right password here").getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
        assertThat(attempt("SPELLING.ONE", "the right password here").getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
    }

    @Test
    void everySignInAcceptedOrRefusedIsInTheSecurityLog(CapturedOutput log) throws Exception {
        tandem.support.PersonFixture.withAccount(jdbc, people, "Log", "Ged", "", "logged.three", "the right password here");
        String account = jdbc.sql("SELECT id FROM account WHERE username = 'logged.three'").query(String.class).single();
        attempt("Logged.Three", "a wrong password");
        assertThat(log.getOut()).contains("Sign-in refused for account " + account + " from 127.0.0.1: wrong username or password");
        attempt("no-such-name-here", "Summer2024!");
        assertThat(log.getOut()).contains("Sign-in refused for a name with no account from 127.0.0.1")
                .as("what was typed is never logged").doesNotContain("no-such-name-here").doesNotContain("Summer2024");
        attempt("logged.three", "the right password here");
        assertThat(log.getOut()).contains("Password accepted for account " + account + " from 127.0.0.1");
    }

    @Test
    void aNameTypedAnotherWayStillSignsInToItsAccount() throws Exception {
        tandem.support.PersonFixture.withAccount(jdbc, people, "Kel", "Vin", "", "kelvin.two", "the right password here");
        assertThat(attempt("\u212Aelvin.TWO ", "the right password here").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aNameWithNoAccountIsAnsweredExactlyLikeOneWithAnAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("nobody-here", "wrong").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(attempt("nobody-here", "wrong").getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
    }

    @Test
    void sessionsAreKeptInPostgresqlSoAnyNodeCanServeThem() throws Exception {
        DemoUsers.login(mvc, "tutor");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'tutor'").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void serviceLeadsMustSetUpASecondFactorBeforeAnythingElse() throws Exception {
        MvcResult signIn = attempt("lead", DemoUsers.PASSWORD);
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor");
        Cookie session = signIn.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/second-factor"));

        MvcResult setup = mvc.perform(get("/account/second-factor").cookie(session)).andExpect(status().isOk()).andReturn();
        String secret = setup.getResponse().getContentAsString().replaceAll("(?s).*<code class=\"secret\">([A-Z2-7]+)</code>.*", "$1");
        mvc.perform(post("/account/second-factor").param("code", "000000").cookie(session).with(csrf()))
                .andExpect(status().isOk());
        MvcResult confirmed = mvc.perform(post("/account/second-factor")
                .param("code", TotpTestAccess.code(secret, Instant.now())).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie upgraded = confirmed.getResponse().getCookie("SESSION") != null
                ? confirmed.getResponse().getCookie("SESSION") : session;
        mvc.perform(get("/").cookie(upgraded)).andExpect(status().isOk());

        // Next time: password, then the code.
        MvcResult again = attempt("lead", DemoUsers.PASSWORD);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        Cookie pending = again.getResponse().getCookie("SESSION");
        mvc.perform(get("/api/v1/me").cookie(pending)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login/second-factor").param("code", "000000").cookie(pending).with(csrf()))
                .andExpect(status().isOk());
        MvcResult done = mvc.perform(post("/login/second-factor").param("code", TotpTestAccess.code(secret, Instant.now()))
                .cookie(pending).with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        Cookie full = done.getResponse().getCookie("SESSION") != null ? done.getResponse().getCookie("SESSION") : pending;
        mvc.perform(get("/api/v1/me").cookie(full)).andExpect(status().isOk());

        // the device cookie (decision 0021) comes only with the complete sign-in, not with the password alone
        assertThat(again.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("tandem_device_"));
        assertThat(done.getResponse().getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("tandem_device_"));
    }
}
