package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

/** The session store in PostgreSQL: what it writes, and when a session ends. */
@SpringBootTest(properties = "tandem.demo.seed=true")
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class SessionStoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String sessionId(Cookie[] cookies) {
        return new String(Base64.getDecoder().decode(cookies[0].getValue()), StandardCharsets.UTF_8);
    }

    private String principal(String id) {
        return jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?").param(id).query(String.class).single();
    }

    private long lastAccess(String id) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single();
    }

    /** Makes the stored session look last used {@code millis} ago. */
    private void lastUsedAgo(String id, long millis) {
        long at = System.currentTimeMillis() - millis;
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? + 1800000 WHERE session_id = ?")
                .params(at, at, id).update();
    }

    @Test
    void signingInStartsANewSessionNamedForTheUserAndTheOldIdNoLongerWorks() throws Exception {
        Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        Cookie[] signedIn = DemoUsers.login(mvc, "jo");
        String id = sessionId(signedIn);
        assertThat(principal(id)).isEqualTo("jo");
        if (anonymous != null) {
            assertThat(sessionId(new Cookie[] { anonymous })).isNotEqualTo(id);
        }
        mvc.perform(get("/api/v1/me").cookie(signedIn)).andExpect(status().isOk());
    }

    @Test
    void aRequestThatChangesNothingWritesNothingWithinAMinute() throws Exception {
        Cookie[] cookies = DemoUsers.login(mvc, "jo");
        String id = sessionId(cookies);
        mvc.perform(get("/api/v1/me").cookie(cookies)).andExpect(status().isOk());
        long first = lastAccess(id);
        jdbc.sql("UPDATE spring_session SET principal_name = 'marker' WHERE session_id = ?").param(id).update();
        mvc.perform(get("/api/v1/me").cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(cookies)).andExpect(status().isOk());
        assertThat(lastAccess(id)).isEqualTo(first);
        assertThat(principal(id)).isEqualTo("marker");
    }

    @Test
    void theTimeOfLastUseIsWrittenOnceItIsAMinuteOldAndKeepsThePrincipal() throws Exception {
        Cookie[] cookies = DemoUsers.login(mvc, "jo");
        String id = sessionId(cookies);
        lastUsedAgo(id, 120_000);
        long twoMinutesAgo = lastAccess(id);
        mvc.perform(get("/api/v1/me").cookie(cookies)).andExpect(status().isOk());
        assertThat(lastAccess(id)).isGreaterThan(twoMinutesAgo + 60_000);
        assertThat(jdbc.sql("SELECT expiry_time - last_access_time FROM spring_session WHERE session_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1_800_000L);
        assertThat(principal(id)).isEqualTo("jo");
    }

    @Test
    void aSessionUnusedForHalfAnHourIsRefusedAndRemoved() throws Exception {
        Cookie[] cookies = DemoUsers.login(mvc, "jo");
        String id = sessionId(cookies);
        lastUsedAgo(id, 31 * 60_000);
        mvc.perform(get("/api/v1/me").cookie(cookies)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void signingOutRemovesTheSessionFromEveryNode() throws Exception {
        Cookie[] cookies = DemoUsers.login(mvc, "jo");
        String id = sessionId(cookies);
        mvc.perform(post("/logout").cookie(cookies).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single())
                .isZero();
        mvc.perform(get("/api/v1/me").cookie(cookies)).andExpect(status().isUnauthorized());
    }
}
