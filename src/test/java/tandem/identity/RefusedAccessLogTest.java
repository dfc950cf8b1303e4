package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

/** Every refused authorisation is in the security log: when (UTC), who, from where, and the method and path. */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ExtendWith(OutputCaptureExtension.class)
class RefusedAccessLogTest {

    static final String WHEN = "at \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String accountOf(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = :u").param("u", username).query(String.class).single();
    }

    @Test
    void aPageRefusedByTheAdministrationRuleIsLoggedWithTheAccountAndWithoutTheQuery(CapturedOutput log) throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/admin/groups").queryParam("token", "a-secret-in-the-query").cookie(alex).with(r -> {
            r.setRemoteAddr("192.0.2.44");
            return r;
        })).andExpect(status().isForbidden());
        assertThat(log.getOut()).containsPattern("Access refused \\(403\\) " + WHEN + " for account " + accountOf("alex")
                + " from 192\\.0\\.2\\.44: GET /admin/groups\\R").doesNotContain("a-secret-in-the-query");
    }

    @Test
    void anApiCallWithoutSignInIsLoggedAsAnonymous(CapturedOutput log) throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        assertThat(log.getOut()).containsPattern("Access refused \\(401\\) " + WHEN + " for anonymous from 127\\.0\\.0\\.1: GET /api/v1/me");
    }

    @Test
    void aRefusalFromAModuleIsLoggedToo(CapturedOutput log) throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/api/v1/workforce/dashboard").cookie(alex)).andExpect(status().isForbidden());
        assertThat(log.getOut()).containsPattern("Access refused \\(403\\) " + WHEN + " for account " + accountOf("alex")
                + " from 127\\.0\\.0\\.1: GET /api/v1/workforce/dashboard");
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsLogged(CapturedOutput log) throws Exception {
        Cookie[] jo = DemoUsers.login(mvc, "jo");
        mvc.perform(post("/logout").cookie(jo)).andExpect(status().isForbidden());
        assertThat(log.getOut()).containsPattern("Access refused \\(403\\) " + WHEN + " for account " + accountOf("jo")
                + " from 127\\.0\\.0\\.1: POST /logout");
    }

    @Test
    void whatIsAllowedIsNotLoggedAsRefused(CapturedOutput log) throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        mvc.perform(get("/admin/groups").cookie(admin)).andExpect(status().isOk());
        mvc.perform(post("/login").param("username", "admin").param("password", "wrong").with(csrf()));
        assertThat(log.getOut()).doesNotContain("Access refused");
    }
}
