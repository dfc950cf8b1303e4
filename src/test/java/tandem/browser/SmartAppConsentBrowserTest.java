package tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tandem.identity.ApiClientSecret;
import tandem.identity.NewSmartApp;
import tandem.identity.SmartApps;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;

/**
 * A person lets an app in, in a real browser on a 375 px wide screen: the app sends them to Tandem, they sign in,
 * read the consent page (scanned with axe) and say yes; the browser goes back to the app with a code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
class SmartAppConsentBrowserTest extends BrowserJourney {

    static final String REDIRECT = "https://diary.example.test/callback";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmartApps apps;

    @Test
    void aPersonReadsTheConsentPageAndLetsTheAppIn() throws Exception {
        ApiClientSecret app = apps.register(PersonFixture.administrator(jdbc), new NewSmartApp("Recovery diary", List.of(REDIRECT), true,
                List.of("openid", "fhirUser", "launch/patient", "patient/Patient.read", "patient/QuestionnaireResponse.read")));
        String verifier = "a-verifier-that-is-long-enough-for-pkce-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = base() + "/oauth2/authorize?response_type=code&client_id=" + app.clientId()
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&state=browser-1&code_challenge=" + challenge
                + "&code_challenge_method=S256&scope=" + URLEncoder.encode("openid fhirUser launch/patient patient/Patient.read", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        AtomicReference<String> back = new AtomicReference<>();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 740))) {
            Page page = phone.newPage();
            // the app's address does not exist: the request the browser makes to it is what counts
            page.onRequest(r -> {
                if (r.url().startsWith(REDIRECT)) {
                    back.set(r.url());
                }
            });
            page.navigate(authorize);
            assertThat(page.url()).endsWith("/login");
            page.getByLabel("Username").fill("alex");
            page.getByLabel("Password").fill(DemoUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForLoadState();
            assertThat(page.url()).as(page.content()).contains("/oauth2/consent");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                    .isEqualTo("Recovery diary wants to use your Tandem account");
            assertThat(page.content()).contains("see your name, date of birth", "It will not be able to", "see anyone else's record");
            problems.addAll(Browsers.axe(page));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, let Recovery diary do this")).click();
            page.waitForCondition(() -> back.get() != null, new Page.WaitForConditionOptions().setTimeout(10_000));
        }
        assertThat(back.get()).startsWith(REDIRECT + "?code=").contains("state=browser-1");
        assertThat(problems).isEmpty();
    }
}
