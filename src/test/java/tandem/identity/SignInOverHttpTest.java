package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.support.DemoUsers;

/**
 * The throttle and the refusal log on the real server (Tomcat, the real filter order, error pages by an
 * error dispatch), through an HTTP client that keeps cookies as a browser does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@ExtendWith(OutputCaptureExtension.class)
class SignInOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A browser: its own cookies, redirects not followed. */
    final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the login page and signs in; returns where the answer points. */
        String signIn(String username, String password) throws Exception {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).as("the login form carries its CSRF token").isTrue();
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
            return location.getRawQuery() == null ? location.getRawPath() : location.getRawPath() + "?" + location.getRawQuery();
        }

        boolean hasDeviceCookie() {
            return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().startsWith("tandem_device_"));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theAdministratorsOwnBrowserSignsInWhileEveryOtherClientWaits() throws Exception {
        Browser admins = new Browser();
        assertThat(admins.signIn("admin", DemoUsers.PASSWORD)).isEqualTo("/");
        assertThat(admins.hasDeviceCookie()).isTrue();

        Browser guesser = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.signIn("admin", "guess " + i)).isEqualTo("/login?error");
        }
        assertThat(guesser.signIn("admin", DemoUsers.PASSWORD)).isEqualTo("/login?wait");
        assertThat(guesser.get("/login?wait").body()).contains("Wait a few minutes, then try again.");
        assertThat(new Browser().signIn("admin", DemoUsers.PASSWORD)).as("any browser without the cookie").isEqualTo("/login?wait");

        assertThat(admins.signIn("admin", DemoUsers.PASSWORD)).as("the same address, with the device cookie").isEqualTo("/");
    }

    @Test
    void aRefusedPageIsLoggedOnceWithWhoAndFromWhere(CapturedOutput log) throws Exception {
        Browser alex = new Browser();
        assertThat(alex.signIn("alex", DemoUsers.PASSWORD)).isEqualTo("/");
        assertThat(alex.get("/admin/groups?q=not-for-the-log").statusCode()).isEqualTo(403);
        assertThat(new Browser().get("/api/v1/me").statusCode()).isEqualTo(401);

        String account = jdbc.sql("SELECT id FROM account WHERE username = 'alex'").query(String.class).single();
        String out = log.getOut();
        String refused = "for account " + account + " from 127.0.0.1: GET /admin/groups";
        assertThat(out.split(Pattern.quote(refused), -1)).as("logged once, not again by the error page").hasSize(2);
        assertThat(out).contains("for anonymous from 127.0.0.1: GET /api/v1/me").doesNotContain("not-for-the-log");
    }
}
