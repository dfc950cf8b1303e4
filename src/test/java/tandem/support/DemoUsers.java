package tandem.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in as the demo accounts through the real login form, and finds demo ids. */
public final class DemoUsers {

    public static final String PASSWORD = "tandem-demo-pass";
    public static final List<String> ALL = List.of("alex", "jo", "sam", "pat", "tutor", "college", "lead", "admin", "robin");

    private DemoUsers() {
    }

    /** Signs in and returns the session cookie to send with later requests. */
    public static Cookie[] login(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, PASSWORD);
    }

    public static Cookie[] login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error") || location.contains("wait")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + location);
        }
        Cookie[] cookies = Arrays.stream(result.getResponse().getCookies()).filter(c -> c.getMaxAge() != 0)
                .filter(c -> c.getName().equals("SESSION")).toArray(Cookie[]::new);
        if (cookies.length == 0) {
            throw new IllegalStateException("No session cookie after signing in as " + username);
        }
        return cookies;
    }

    public static UUID personId(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT person_id FROM account WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    public static UUID staffId(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT staff_id FROM account WHERE username = :u").param("u", username).query(UUID.class).single();
    }
}
