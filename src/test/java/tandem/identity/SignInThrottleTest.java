package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tandem.shared.TandemClock;
import tandem.support.DemoUsers;

/**
 * The sign-in throttle over real sign-in POSTs (decision 0021): failures from elsewhere slow down untrusted
 * attempts with growing waits, but never a browser that has signed in to the account before; one address
 * cannot try many names. The clock is moved by hand, so the waits are tested without waiting.
 */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class SignInThrottleTest {

    static final MovableClock TIME = new MovableClock(Instant.now());

    @TestBean
    TandemClock tandemClock;

    static TandemClock tandemClock() {
        return new TandemClock(TIME);
    }

    @Autowired
    MockMvc mvc;

    /** One sign-in POST from a client address, with the cookies a browser would send; returns where it was sent. */
    private String attempt(String username, String password, String address, Cookie... cookies) throws Exception {
        return signIn(username, password, address, cookies).getResponse().getRedirectedUrl();
    }

    private MvcResult signIn(String username, String password, String address, Cookie... cookies) throws Exception {
        var request = post("/login").param("username", username).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    /** Signs in with the right password and returns the device cookie the browser was given. */
    private Cookie deviceCookieAfterSigningIn(String username, String address) throws Exception {
        MvcResult result = signIn(username, DemoUsers.PASSWORD, address);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        List<Cookie> device = Arrays.stream(result.getResponse().getCookies()).filter(c -> c.getName().startsWith("tandem_device_")).toList();
        assertThat(device).hasSize(1);
        return device.get(0);
    }

    private void fail(String username, int times, String address) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(attempt(username, "a wrong password " + i, address)).as("failure %d", i + 1).isEqualTo("/login?error");
        }
    }

    @Test
    void aSignedInBrowserGetsALongLivedDeviceCookieOnlyForTheLoginPage() throws Exception {
        MvcResult result = signIn("robin", DemoUsers.PASSWORD, "192.0.2.1");
        String header = result.getResponse().getHeaders("Set-Cookie").stream().filter(h -> h.startsWith("tandem_device_"))
                .findFirst().orElseThrow();
        assertThat(header).contains("Path=/login").contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=15552000")
                .as("the name is not in the cookie").doesNotContain("robin");
    }

    @Test
    void failuresFromElsewhereMakeUntrustedAttemptsWaitLongerEachTimeButNotTheAdministratorsOwnBrowser() throws Exception {
        Cookie adminsBrowser = deviceCookieAfterSigningIn("admin", "198.51.100.10");

        fail("admin", 5, "203.0.113.66");
        assertThat(attempt("admin", "a sixth guess", "203.0.113.66")).isEqualTo("/login?wait");
        assertThat(attempt("admin", DemoUsers.PASSWORD, "203.0.113.67")).as("even the right password waits, from anywhere untrusted")
                .isEqualTo("/login?wait");

        // the administrator's own browser is judged only by its own failures
        assertThat(attempt("admin", DemoUsers.PASSWORD, "198.51.100.10", adminsBrowser)).isEqualTo("/");
        assertThat(attempt("admin", DemoUsers.PASSWORD, "198.51.100.99", adminsBrowser)).as("from another address too").isEqualTo("/");
        assertThat(attempt("admin", DemoUsers.PASSWORD, "198.51.100.10")).as("the same address without the cookie waits")
                .isEqualTo("/login?wait");

        // the wait grows: one minute after the fifth failure, two after the sixth, four after the seventh
        TIME.advance(Duration.ofSeconds(59));
        assertThat(attempt("admin", "a guess", "203.0.113.66")).isEqualTo("/login?wait");
        TIME.advance(Duration.ofSeconds(2));
        assertThat(attempt("admin", "a guess after one minute", "203.0.113.66")).isEqualTo("/login?error");
        TIME.advance(Duration.ofSeconds(110));
        assertThat(attempt("admin", "a guess", "203.0.113.66")).isEqualTo("/login?wait");
        TIME.advance(Duration.ofSeconds(11));
        assertThat(attempt("admin", "a guess after two minutes", "203.0.113.66")).isEqualTo("/login?error");
        TIME.advance(Duration.ofSeconds(230));
        assertThat(attempt("admin", "a guess", "203.0.113.66")).isEqualTo("/login?wait");
        assertThat(attempt("admin", DemoUsers.PASSWORD, "198.51.100.10", adminsBrowser)).isEqualTo("/");
        TIME.advance(Duration.ofSeconds(11));
        assertThat(attempt("admin", DemoUsers.PASSWORD, "203.0.113.68")).as("after the wait, the right password works")
                .isEqualTo("/");
    }

    @Test
    void afterTheWaitTheRightPasswordWorks() throws Exception {
        fail("pat", 5, "203.0.113.20");
        assertThat(attempt("pat", DemoUsers.PASSWORD, "203.0.113.20")).isEqualTo("/login?wait");
        TIME.advance(Duration.ofSeconds(61));
        assertThat(attempt("pat", DemoUsers.PASSWORD, "203.0.113.20")).isEqualTo("/");
    }

    @Test
    void aDeviceCookieForAnotherNameGivesNoHelp() throws Exception {
        Cookie tutorsBrowser = deviceCookieAfterSigningIn("tutor", "198.51.100.30");
        fail("jo", 5, "203.0.113.30");
        assertThat(attempt("jo", DemoUsers.PASSWORD, "198.51.100.30", tutorsBrowser)).isEqualTo("/login?wait");
        Cookie renamed = new Cookie("tandem_device_" + "0".repeat(16), tutorsBrowser.getValue());
        assertThat(attempt("jo", DemoUsers.PASSWORD, "198.51.100.30", renamed)).as("under any cookie name").isEqualTo("/login?wait");
        assertThat(attempt("tutor", DemoUsers.PASSWORD, "198.51.100.30", tutorsBrowser)).as("it still works for its own name")
                .isEqualTo("/");
    }

    @Test
    void aTamperedDeviceCookieGivesNoHelp() throws Exception {
        Cookie real = deviceCookieAfterSigningIn("college", "198.51.100.40");
        fail("college", 5, "203.0.113.40");
        String value = real.getValue();
        String[] parts = value.split("\\.");
        Cookie longer = new Cookie(real.getName(), parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3]);
        assertThat(attempt("college", DemoUsers.PASSWORD, "198.51.100.40", longer)).isEqualTo("/login?wait");
        assertThat(attempt("college", DemoUsers.PASSWORD, "198.51.100.40", real)).isEqualTo("/");
    }

    @Test
    void aDeviceCookieWithTooManyFailuresCountsForNothing() throws Exception {
        Cookie browser = deviceCookieAfterSigningIn("sam", "198.51.100.50");
        for (int i = 0; i < 10; i++) {
            assertThat(attempt("sam", "wrong with the cookie " + i, "198.51.100.50", browser)).isEqualTo("/login?error");
        }
        // the cookie's own ten failures did not count against the name
        assertThat(attempt("sam", "wrong without the cookie", "203.0.113.50")).isEqualTo("/login?error");
        fail("sam", 4, "203.0.113.50");
        assertThat(attempt("sam", DemoUsers.PASSWORD, "198.51.100.50", browser)).as("set aside, so judged like any other client")
                .isEqualTo("/login?wait");
    }

    @Test
    void oneAddressCannotTryManyNamesWhileAnotherAddressIsUnaffected() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(attempt("sprayed-name-" + i, "Password1", "203.0.113.99")).as("name %d", i).isEqualTo("/login?error");
        }
        assertThat(attempt("alex", DemoUsers.PASSWORD, "203.0.113.99")).as("a fresh name from the same address").isEqualTo("/login?wait");
        assertThat(attempt("sprayed-name-31", "Password1", "203.0.113.99")).isEqualTo("/login?wait");
        assertThat(attempt("alex", DemoUsers.PASSWORD, "203.0.113.100")).as("another address").isEqualTo("/");
        TIME.advance(Duration.ofSeconds(61));
        assertThat(attempt("alex", DemoUsers.PASSWORD, "203.0.113.99")).as("after the wait").isEqualTo("/");
    }

    @Test
    void aNameWithNoAccountWaitsExactlyLikeOneWithAnAccount() throws Exception {
        for (String name : List.of("lead", "no-account-by-this-name")) {
            fail(name, 5, "203.0.113.60");
            assertThat(attempt(name, "another guess", "203.0.113.60")).as(name).isEqualTo("/login?wait");
        }
    }

    @Test
    void attemptsSentAllAtOnceWhenAWaitEndsGetOneGuessNotOneEach() throws Exception {
        fail("sent-at-once", 5, "203.0.113.70");
        TIME.advance(Duration.ofSeconds(61));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String guess = "guess sent at once " + i;
                answers.add(pool.submit(() -> attempt("sent-at-once", guess, "203.0.113.71")));
            }
            int checked = 0;
            for (var answer : answers) {
                String where = answer.get();
                assertThat(where).isIn("/login?error", "/login?wait");
                checked += where.equals("/login?error") ? 1 : 0;
            }
            // each attempt counts the ones written before it, so the first takes the one guess and the rest wait;
            // two could only pass if two were written in the same instant
            assertThat(checked).as("passwords checked").isBetween(1, 2);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
