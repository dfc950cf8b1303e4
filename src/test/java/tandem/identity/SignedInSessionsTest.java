package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tandem.people.PeopleAdministration;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;

/** A person sees the devices signed in to their own account, signs one out, or every other one. */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class SignedInSessionsTest {

    static final String PASSWORD = "a password for device tests";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleAdministration people;

    @Autowired
    Accounts accounts;

    String person(String username) {
        PersonFixture.withAccount(jdbc, people, "Dev", "Ices", "", username, PASSWORD);
        return username;
    }

    /** Signs in from a browser of this kind and returns its session cookie. */
    Cookie[] signIn(String username, String userAgent) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).header("User-Agent", userAgent)
                .with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        return java.util.Arrays.stream(r.getResponse().getCookies()).filter(c -> c.getName().equals("SESSION") && c.getMaxAge() != 0)
                .toArray(Cookie[]::new);
    }

    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0";
    static final String PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Mobile Safari/537.36";

    List<UUID> handles(String username) {
        return jdbc.sql("SELECT d.handle FROM session_device d JOIN account a ON a.id = d.account_id WHERE a.username = :u")
                .param("u", username).query(UUID.class).list();
    }

    @Test
    void theListShowsEachSignedInDeviceAndWhichOneIsThis() throws Exception {
        String user = person("devices.one");
        Cookie[] laptop = signIn(user, FIREFOX);
        signIn(user, PHONE);
        mvc.perform(get("/account/sessions").cookie(laptop)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Firefox on Windows <strong>(this device)</strong>")))
                .andExpect(content().string(containsString("Chrome on Android")))
                .andExpect(content().string(containsString("Sign out every other device")));
    }

    @Test
    void signingOutOneDeviceEndsThatSessionOnly() throws Exception {
        String user = person("devices.two");
        Cookie[] laptop = signIn(user, FIREFOX);
        Cookie[] phone = signIn(user, PHONE);
        UUID phoneHandle = jdbc.sql("SELECT d.handle FROM session_device d WHERE d.user_agent = :ua AND d.account_id = "
                + "(SELECT id FROM account WHERE username = :u)").param("ua", PHONE).param("u", user).query(UUID.class).single();
        mvc.perform(post("/account/sessions/" + phoneHandle + "/end").cookie(laptop).with(csrf())).andExpect(redirectedUrl("/account/sessions"));
        mvc.perform(get("/api/v1/me").cookie(phone)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account/sessions").cookie(laptop)).andExpect(content().string(not(containsString("Chrome on Android"))));
    }

    @Test
    void nobodyEndsAnotherAccountsSession() throws Exception {
        String user = person("devices.three");
        Cookie[] theirs = signIn(user, PHONE);
        UUID handle = handles(user).get(0);
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(post("/account/sessions/" + handle + "/end").cookie(sam).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").cookie(theirs)).andExpect(status().isOk());
        mvc.perform(get("/account/sessions").cookie(sam)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Chrome on Android"))));
    }

    @Test
    void signingOutEveryOtherDeviceKeepsThisOne() throws Exception {
        String user = person("devices.four");
        Cookie[] laptop = signIn(user, FIREFOX);
        Cookie[] phone = signIn(user, PHONE);
        Cookie[] tablet = signIn(user, PHONE);
        mvc.perform(post("/account/sessions/end-others").cookie(laptop).with(csrf())).andExpect(redirectedUrl("/account/sessions"));
        mvc.perform(get("/api/v1/me").cookie(phone)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").cookie(tablet)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").cookie(laptop)).andExpect(status().isOk());
    }

    @Test
    void aChangeOfRolesSignsTheAccountOutEverywhere() throws Exception {
        String user = person("devices.five");
        Cookie[] phone = signIn(user, PHONE);
        AccountSummary account = accounts.byUsername(user).orElseThrow();
        accounts.setRoles(account.id(), account.roles());
        mvc.perform(get("/api/v1/me").cookie(phone)).andExpect(status().isOk());
        accounts.setRoles(account.id(), Set.of(Role.PERSON, Role.STUDENT));
        mvc.perform(get("/api/v1/me").cookie(phone)).andExpect(status().isUnauthorized());
        assertThat(accounts.byUsername(user).orElseThrow().roles()).contains(Role.STUDENT);
    }
}
